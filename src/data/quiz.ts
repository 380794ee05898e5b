import { getCollection } from 'astro:content';
import { toQuizQuestion } from '../lib/quiz/question.ts';
import { stableHash } from '../lib/quiz/random.ts';
import { planQuiz } from '../lib/quiz/plan.ts';
import type { QuizQuestion } from '../lib/quiz/types.ts';
import type { QuizDefinition } from '../schemas/content.ts';
import { citationLinkOf } from './statutes.ts';

export { quotasOf, rulesOf } from '../lib/quiz/plan.ts';

/** Every public question in the engine's form, sorted by id. */
export async function publicQuestions(): Promise<QuizQuestion[]> {
  return (await getCollection('questions')).map((q) => toQuizQuestion(q.data, citationLinkOf)).sort((a, b) => a.id.localeCompare(b.id));
}

/** Version hash of the whole bank: attempts of bank-wide modes are discarded when it changes. */
export async function bankHash(): Promise<string> {
  return stableHash(await publicQuestions());
}

/** Questions of sealed banks, with answers: only for answer keys, never for a page. */
export async function sealedQuestions(): Promise<QuizQuestion[]> {
  return (await getCollection('sealedQuestions')).map((q) => toQuizQuestion(q.data, citationLinkOf)).sort((a, b) => a.id.localeCompare(b.id));
}

/** The questions a quiz draws from: sealed banks for a sealed quiz, the public banks otherwise. */
export async function questionsFor(quiz: QuizDefinition): Promise<QuizQuestion[]> {
  return quiz.sealed ? sealedQuestions() : publicQuestions();
}

/** planQuiz over this build's question banks; used by the quiz pages so a bad quota stops the build. */
export async function prepareQuiz(id: string, quiz: QuizDefinition) {
  return planQuiz(id, quiz, await questionsFor(quiz));
}

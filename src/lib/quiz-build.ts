import { getCollection } from 'astro:content';
import { toQuizQuestion } from './quiz-data';
import { checkQuotas, matchesQuota } from './quiz/draw';
import { stableHash } from './quiz/random';
import type { QuizQuestion, Quota, ScoringRules } from './quiz/types';
import type { QuizDefinition } from '../schemas/content';

/** Every public question in the engine's form, sorted by id. */
export async function publicQuestions(): Promise<QuizQuestion[]> {
  return (await getCollection('questions')).map((q) => toQuizQuestion(q.data)).sort((a, b) => a.id.localeCompare(b.id));
}

/** Version hash of the whole bank: attempts of bank-wide modes are discarded when it changes. */
export async function bankHash(): Promise<string> {
  return stableHash(await publicQuestions());
}

/** The quotas of a definition in the engine's form (schema defaults stripped of undefined). */
export function quotasOf(quiz: QuizDefinition): Quota[] {
  return quiz.quotas.map((q) => JSON.parse(JSON.stringify(q)) as Quota);
}

export function rulesOf(quiz: QuizDefinition): ScoringRules {
  return { points: quiz.points, multipleChoiceScoring: quiz.multipleChoiceScoring, partialCredit: quiz.partialCredit };
}

/**
 * Checks at build time that a quiz can always be drawn, and returns its version hash.
 * A quota the banks cannot fill stops the build, naming the file and the quota.
 */
export async function prepareQuiz(id: string, quiz: QuizDefinition): Promise<{ definitionHash: string; total: number }> {
  const questions = await publicQuestions();
  const quotas = quotasOf(quiz);
  const problem = checkQuotas(questions, quotas);
  if (problem) throw new Error(`content/quizzes/${id}.yaml 抽题规则有误：${problem.message}`);
  const pool = questions.filter((q) => quotas.some((quota) => matchesQuota(q, quota)));
  return {
    definitionHash: stableHash({ quiz: { ...quiz, opens: quiz.opens?.toISOString(), closes: quiz.closes?.toISOString() }, pool }),
    total: quotas.reduce((n, q) => n + q.count, 0),
  };
}

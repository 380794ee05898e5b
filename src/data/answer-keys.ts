/**
 * The organiser's answer keys of sealed quizzes (build time, Node only), read from the content
 * files with the same schemas and conversion as the content collections, so a key's pool and
 * version hash are those of the quiz page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionBankSchema, quizSchema } from '../schemas/content.ts';
import { matchesQuota } from '../lib/quiz/draw.ts';
import { planQuiz, quotasOf } from '../lib/quiz/plan.ts';
import { toQuizQuestion } from '../lib/quiz/question.ts';
import type { QuizQuestion } from '../lib/quiz/types.ts';
import { readYamlCollection } from './content-files.ts';
import { schemas } from './schemas.ts';
import { citationLinkOf } from './statutes.ts';

/** Where the build writes answer keys of sealed quizzes: outside dist/, never deployed. */
export const ANSWER_KEY_DIR = 'private/answer-keys';

export interface AnswerKey {
  quizId: string;
  title: string;
  definitionHash: string;
  questions: QuizQuestion[];
}

/** The questions of every sealed bank, in the engine's form, sorted by id (as the collection is). */
function sealedQuestions(root: string): QuizQuestion[] {
  const out: QuizQuestion[] = [];
  for (const file of readYamlCollection(join(root, 'content/questions'))) {
    const bank = questionBankSchema.safeParse(file.data);
    if (!bank.success || !bank.data.sealed) continue;
    for (const raw of bank.data.questions) {
      const q = schemas.question.safeParse(raw);
      if (q.success) out.push(toQuizQuestion(q.data, citationLinkOf));
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** The answer key of every sealed quiz definition. */
export function sealedAnswerKeys(root = process.cwd()): AnswerKey[] {
  const questions = sealedQuestions(root);
  return readYamlCollection(join(root, 'content/quizzes')).flatMap((file) => {
    const quiz = quizSchema.safeParse(file.data);
    if (!quiz.success || !quiz.data.sealed) return [];
    const quotas = quotasOf(quiz.data);
    const pool = questions.filter((q) => quotas.some((quota) => matchesQuota(q, quota)));
    const { definitionHash } = planQuiz(file.id, quiz.data, pool);
    return [{ quizId: file.id, title: quiz.data.title, definitionHash, questions: pool }];
  });
}

/** Writes the keys to private/answer-keys/<quiz>.json; returns their paths. */
export function writeAnswerKeys(keys: readonly AnswerKey[], root = process.cwd()): string[] {
  const dir = join(root, ANSWER_KEY_DIR);
  mkdirSync(dir, { recursive: true });
  return keys.map((key) => {
    const file = join(dir, `${key.quizId}.json`);
    writeFileSync(file, JSON.stringify(key, null, 1));
    return file;
  });
}

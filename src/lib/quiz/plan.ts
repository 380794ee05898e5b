import { checkQuotas, matchesQuota } from './draw.ts';
import { stableHash } from './random.ts';
import type { QuizQuestion, Quota, ScoringRules } from './types.ts';
import type { QuizDefinition } from '../../schemas/content.ts';

/** The quotas of a definition in the engine's form (schema defaults stripped of undefined). */
export function quotasOf(quiz: Pick<QuizDefinition, 'quotas'>): Quota[] {
  return quiz.quotas.map((q) => JSON.parse(JSON.stringify(q)) as Quota);
}

export function rulesOf(quiz: QuizDefinition): ScoringRules {
  return { points: quiz.points, multipleChoiceScoring: quiz.multipleChoiceScoring, partialCredit: quiz.partialCredit };
}

/**
 * Checks that a quiz can always be drawn from these questions and returns its version hash.
 * A quota the banks cannot fill throws, naming the quiz file and the quota.
 */
export function planQuiz(id: string, quiz: QuizDefinition, questions: readonly QuizQuestion[]): { definitionHash: string; total: number } {
  const quotas = quotasOf(quiz);
  const problem = checkQuotas(questions, quotas);
  if (problem) throw new Error(`content/quizzes/${id}.yaml（${quiz.title}）抽题规则有误：${problem.message}`);
  const pool = questions.filter((q) => quotas.some((quota) => matchesQuota(q, quota)));
  return {
    definitionHash: stableHash({ quiz: { ...quiz, opens: quiz.opens?.toISOString(), closes: quiz.closes?.toISOString() }, pool }),
    total: quotas.reduce((n, q) => n + q.count, 0),
  };
}

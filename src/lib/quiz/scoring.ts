/** Scoring of single questions and of whole attempts. */
import type { Attempt, AttemptResult, PaperItem, QuestionScore, QuizQuestion, ScoringRules, TopicScore } from './types.ts';

/** Default rules: 1 point per question, 多选 all-or-nothing, half credit if partial is enabled. */
export const DEFAULT_RULES: ScoringRules = {
  points: { 单选: 1, 多选: 1, 判断: 1 },
  multipleChoiceScoring: 'all-or-nothing',
  partialCredit: 0.5,
};

/** Rounds to 2 decimals; the epsilon keeps 1.005 from rounding down to 1.00. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

/** Sorted unique copy of a choice list. */
function normalise(chosen: readonly number[]): number[] {
  return [...new Set(chosen)].sort((a, b) => a - b);
}

/** Whether the chosen options are exactly the answer (as sets: order and repeats don't matter). */
export function isCorrect(q: QuizQuestion, chosen: readonly number[]): boolean {
  const picked = new Set(chosen);
  return picked.size === new Set(q.answer).size && q.answer.every((i) => picked.has(i));
}

/**
 * Score of one question. 单选/判断 and all-or-nothing 多选: full points iff exactly right.
 * Partial 多选: a non-empty proper subset of the answer with no wrong option earns
 * points × partialCredit (rounded to 2 decimals, `partial: true`, still `correct: false`).
 */
export function scoreQuestion(q: QuizQuestion, chosen: readonly number[], rules: ScoringRules): QuestionScore {
  const maxPoints = rules.points[q.type];
  const picked = normalise(chosen);
  const base = { id: q.id, topic: q.topic, chosen: picked, maxPoints };
  if (isCorrect(q, picked)) return { ...base, correct: true, partial: false, points: maxPoints };

  if (q.type === '多选' && rules.multipleChoiceScoring === 'partial' && picked.length > 0) {
    const answer = new Set(q.answer);
    // Not exact (checked above), so a subset with no wrong option is a proper subset.
    if (picked.every((i) => answer.has(i))) {
      const share = Math.min(1, Math.max(0, rules.partialCredit));
      return { ...base, correct: false, partial: true, points: round2(maxPoints * share) };
    }
  }
  return { ...base, correct: false, partial: false, points: 0 };
}

/**
 * Result of an attempt on its paper. Paper items whose question is missing from `questions`
 * (banks changed under a stored attempt) are left out rather than crashing. Time used is
 * (submittedAt ?? now) − startedAt, clamped to [0, timeLimitMs]. byTopic follows the order in
 * which topics first appear on the paper.
 */
export function scoreAttempt(
  attempt: Attempt,
  paper: readonly PaperItem[],
  questions: ReadonlyMap<string, QuizQuestion>,
  rules: ScoringRules,
  passMark: number,
  now: number,
): AttemptResult {
  const items: QuestionScore[] = [];
  const topics = new Map<string, TopicScore>();
  let score = 0;
  let maxScore = 0;
  let correctCount = 0;
  let answeredCount = 0;

  for (const item of paper) {
    const q = questions.get(item.id);
    if (!q) continue;
    const chosen = attempt.answers[item.id] ?? [];
    const result = scoreQuestion(q, chosen, rules);
    items.push(result);
    score += result.points;
    maxScore += result.maxPoints;
    if (result.correct) correctCount++;
    if (result.chosen.length > 0) answeredCount++;

    let topic = topics.get(q.topic);
    if (!topic) {
      topic = { topic: q.topic, correct: 0, total: 0, points: 0, maxPoints: 0 };
      topics.set(q.topic, topic);
    }
    topic.total++;
    if (result.correct) topic.correct++;
    topic.points += result.points;
    topic.maxPoints += result.maxPoints;
  }

  let timeUsedMs = Math.max(0, (attempt.submittedAt ?? now) - attempt.startedAt);
  if (attempt.timeLimitMs !== undefined) timeUsedMs = Math.min(timeUsedMs, attempt.timeLimitMs);

  const total = round2(score);
  return {
    score: total,
    maxScore: round2(maxScore),
    passed: total >= passMark,
    correctCount,
    answeredCount,
    total: items.length,
    timeUsedMs,
    byTopic: [...topics.values()].map((t) => ({ ...t, points: round2(t.points), maxPoints: round2(t.maxPoints) })),
    items,
  };
}

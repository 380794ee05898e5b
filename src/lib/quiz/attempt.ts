/**
 * Pure transitions on an Attempt. Each returns a new object (or the same one when nothing
 * changes) and never mutates its input. Time comes from `now`, so a reload or a backgrounded tab
 * neither stops nor resets the clock: the deadline is fixed by startedAt + timeLimitMs.
 */
import { isCorrect } from './scoring.ts';
import type { Attempt, PaperItem, QuizMode, QuizQuestion, SubmitReason } from './types.ts';
import { chinaDateKey } from '../time.ts';

/** Sets an own property even for keys like "__proto__" (question ids come from content files). */
function withEntry<T>(record: Record<string, T>, key: string, value: T): Record<string, T> {
  const copy = { ...record };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Starts an attempt; a time limit that is not a positive finite number means no limit. */
export function startAttempt(init: {
  quizId: string;
  mode: QuizMode;
  definitionHash: string;
  seed: string;
  now: number;
  timeLimitMs?: number;
}): Attempt {
  const attempt: Attempt = {
    version: 1,
    quizId: init.quizId,
    mode: init.mode,
    definitionHash: init.definitionHash,
    seed: init.seed,
    answers: {},
    checked: [],
    current: 0,
    startedAt: init.now,
  };
  if (init.timeLimitMs !== undefined && Number.isFinite(init.timeLimitMs) && init.timeLimitMs > 0) {
    attempt.timeLimitMs = init.timeLimitMs;
  }
  return attempt;
}

/** The moment the time runs out, or undefined without a time limit. */
export function deadline(attempt: Attempt): number | undefined {
  return attempt.timeLimitMs === undefined ? undefined : attempt.startedAt + attempt.timeLimitMs;
}

/**
 * Time left in ms (never negative, never more than the limit), or undefined without a limit.
 * After submission it stays at what was left when the attempt was submitted.
 */
export function remainingMs(attempt: Attempt, now: number): number | undefined {
  const end = deadline(attempt);
  if (end === undefined || attempt.timeLimitMs === undefined) return undefined;
  const at = attempt.submittedAt ?? now;
  return Math.min(attempt.timeLimitMs, Math.max(0, end - at));
}

/** Whether the time limit has been reached at `now` (false without a limit). */
export function isExpired(attempt: Attempt, now: number): boolean {
  const end = deadline(attempt);
  return end !== undefined && now >= end;
}

/**
 * Submits the attempt with reason 'timeout' if its time is up and it is not submitted yet
 * (answers kept, submittedAt = the deadline); otherwise returns it unchanged. Call it on every
 * tick and on load, so a reload after the deadline shows the submitted result.
 */
export function expire(attempt: Attempt, now: number): Attempt {
  if (attempt.submittedAt !== undefined || !isExpired(attempt, now)) return attempt;
  return { ...attempt, submittedAt: deadline(attempt)!, submitReason: 'timeout' };
}

/**
 * Records the chosen ORIGINAL option indices (stored sorted and unique; anything that is not a
 * non-negative integer is dropped). Unchanged if the attempt is submitted or the question was
 * checked (a checked answer is final); after the deadline it returns expire(attempt, now).
 */
export function answerQuestion(attempt: Attempt, id: string, chosen: readonly number[], now: number): Attempt {
  if (attempt.submittedAt !== undefined) return attempt;
  if (isExpired(attempt, now)) return expire(attempt, now);
  if (attempt.checked.includes(id)) return attempt;
  const clean = [...new Set(chosen.filter((i) => Number.isInteger(i) && i >= 0))].sort((a, b) => a - b);
  return { ...attempt, answers: withEntry(attempt.answers, id, clean) };
}

/**
 * Marks a question as checked (immediate-feedback modes): its feedback is shown and its answer
 * becomes final. Unchanged if submitted or already checked; after the deadline, expire().
 */
export function checkQuestion(attempt: Attempt, id: string, now: number): Attempt {
  if (attempt.submittedAt !== undefined) return attempt;
  if (isExpired(attempt, now)) return expire(attempt, now);
  if (attempt.checked.includes(id)) return attempt;
  return { ...attempt, checked: [...attempt.checked, id] };
}

/** Moves to question `index`, clamped to the paper. Unchanged if submitted or already there. */
export function goTo(attempt: Attempt, index: number, paperLength: number): Attempt {
  if (attempt.submittedAt !== undefined) return attempt;
  const last = Math.max(0, Math.floor(paperLength) - 1);
  const target = Number.isFinite(index) ? Math.min(last, Math.max(0, Math.trunc(index))) : attempt.current;
  return target === attempt.current ? attempt : { ...attempt, current: target };
}

/**
 * Submits the attempt. A timeout is stamped at the deadline exactly; so is any submission that
 * arrives after the deadline (it becomes a timeout, since the time had already run out).
 * Unchanged if already submitted.
 */
export function submitAttempt(attempt: Attempt, now: number, reason: SubmitReason = 'user'): Attempt {
  if (attempt.submittedAt !== undefined) return attempt;
  const end = deadline(attempt);
  if (end !== undefined && (reason === 'timeout' || now >= end)) {
    return { ...attempt, submittedAt: end, submitReason: 'timeout' };
  }
  return { ...attempt, submittedAt: now, submitReason: reason };
}

const FIVE_MINUTES = 5 * 60_000;
const ONE_MINUTE = 60_000;

/**
 * Text for a screen-reader live region when the remaining time crosses a threshold downward
 * between two ticks: 5 minutes, 1 minute, and 0. If one step crosses several, the smallest wins.
 * No previous value (first tick after a load) announces nothing, so a reload stays quiet.
 */
export function timeAnnouncement(previousRemainingMs: number | undefined, remainingMs: number): string | null {
  if (previousRemainingMs === undefined) return null;
  if (previousRemainingMs > 0 && remainingMs <= 0) return '时间到，已自动交卷';
  if (previousRemainingMs > ONE_MINUTE && remainingMs <= ONE_MINUTE) return '剩余 1 分钟';
  if (previousRemainingMs > FIVE_MINUTES && remainingMs <= FIVE_MINUTES) return '剩余 5 分钟';
  return null;
}

/**
 * 挑战答题 progress: `streak` counts the checked correct answers from the start of the paper up
 * to the first question that is unchecked or wrong; `ended` once a checked answer is wrong, the
 * whole paper has been checked, or the attempt was submitted. Items whose question is missing
 * from `questions` are skipped.
 */
export function challengeProgress(
  attempt: Attempt,
  paper: readonly PaperItem[],
  questions: ReadonlyMap<string, QuizQuestion>,
): { streak: number; ended: boolean } {
  const checked = new Set(attempt.checked);
  let streak = 0;
  let counting = true;
  let allChecked = true;
  for (const item of paper) {
    const q = questions.get(item.id);
    if (!q) continue;
    if (!checked.has(item.id)) {
      counting = false;
      allChecked = false;
      continue;
    }
    if (!isCorrect(q, attempt.answers[item.id] ?? [])) return { streak, ended: true };
    if (counting) streak++;
  }
  return { streak, ended: allChecked || attempt.submittedAt !== undefined };
}

/** The calendar date in China (UTC+8 all year, no DST) at `now`, as YYYY-MM-DD. */
export const dateKey = chinaDateKey;

/** Seed of 每日一练: the same for everyone on the same China calendar day. */
export function dailySeed(now: number): string {
  return `daily:${dateKey(now)}`;
}

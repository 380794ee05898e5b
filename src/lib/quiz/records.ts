/**
 * 错题本 and local history, as pure functions on plain data, plus validation of what is read back
 * from storage: anything corrupt or of another version becomes null, and nothing here throws.
 */
import { QUIZ_MODES } from '../../schemas/taxonomy.ts';
import type { Attempt, History, HistoryEntry, MistakeBook, QuizMode, SubmitReason } from './types.ts';

/** Attempts kept in the history; older ones drop off. */
export const HISTORY_LIMIT = 100;

/** Consecutive correct answers that take a question out of the 错题本. */
export const MISTAKE_CLEAR_STREAK = 2;

type MistakeEntry = MistakeBook['entries'][string];

/** An empty 错题本 (also what a reset stores). */
export function emptyMistakeBook(): MistakeBook {
  return { version: 1, entries: {} };
}

/** Own-property write that is safe for any key, including "__proto__". */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Records answers from any mode. A wrong answer adds the question (or counts it again and
 * resets its streak); a correct one on a listed question extends its streak and removes it at
 * two in a row; a correct one on an unlisted question changes nothing.
 */
export function recordAnswers(book: MistakeBook, results: ReadonlyArray<{ id: string; correct: boolean }>, now: number): MistakeBook {
  const entries: Record<string, MistakeEntry> = { ...book.entries };
  for (const { id, correct } of results) {
    const entry = hasOwn(entries, id) ? entries[id] : undefined;
    if (!correct) {
      setOwn(entries, id, { wrongCount: (entry?.wrongCount ?? 0) + 1, lastWrongAt: now, correctStreak: 0 });
    } else if (entry) {
      const correctStreak = entry.correctStreak + 1;
      if (correctStreak >= MISTAKE_CLEAR_STREAK) delete entries[id];
      else setOwn(entries, id, { ...entry, correctStreak });
    }
  }
  return { version: 1, entries };
}

/** Ids in the 错题本, most recently missed first (ties by id, for a stable order). */
export function mistakeIds(book: MistakeBook): string[] {
  return Object.keys(book.entries).sort((a, b) => {
    const diff = book.entries[b]!.lastWrongAt - book.entries[a]!.lastWrongAt;
    return diff !== 0 ? diff : a < b ? -1 : a > b ? 1 : 0;
  });
}

/** An empty history (also what a reset stores). */
export function emptyHistory(): History {
  return { version: 1, attempts: [], bestStreak: 0, seen: [] };
}

/**
 * Adds a finished attempt: newest first, at most HISTORY_LIMIT kept; `answeredIds` join the
 * questions seen (no duplicates); a 挑战答题 `streak` may raise the best streak.
 */
export function recordAttempt(history: History, entry: HistoryEntry, answeredIds: readonly string[], streak?: number): History {
  const seenSet = new Set(history.seen);
  const seen = history.seen.slice();
  for (const id of answeredIds) {
    if (!seenSet.has(id)) {
      seenSet.add(id);
      seen.push(id);
    }
  }
  const bestStreak = streak !== undefined && Number.isFinite(streak) ? Math.max(history.bestStreak, streak) : history.bestStreak;
  return {
    version: 1,
    attempts: [entry, ...history.attempts].slice(0, HISTORY_LIMIT),
    bestStreak,
    seen,
  };
}

// ---- Validation of stored data ----

const MODES: readonly QuizMode[] = QUIZ_MODES;
const REASONS: readonly SubmitReason[] = ['user', 'timeout', 'challenge-ended'];

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isMode(value: unknown): value is QuizMode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

/** Parses stored JSON text; undefined for null (nothing stored) or invalid JSON. Never throws. */
export function decodeJson(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A stored attempt, validated field by field and copied (unknown fields dropped), or null if it
 * is not a version-1 attempt of the right shape.
 */
/**
 * Times an attempt may carry: from 1970 to the last second a result code can hold (32-bit Unix
 * seconds, early 2106). A stored attempt outside it is corrupt, and would make its code fail.
 */
export const MAX_ATTEMPT_TIME_MS = (2 ** 32 - 1) * 1000;
const isAttemptTime = (value: unknown): value is number => isFiniteNumber(value) && value >= 0 && value <= MAX_ATTEMPT_TIME_MS;

export function parseAttempt(value: unknown): Attempt | null {
  if (!isObject(value) || value.version !== 1) return null;
  const { quizId, mode, definitionHash, seed, answers, checked, current, startedAt, timeLimitMs, submittedAt, submitReason } = value;
  if (typeof quizId !== 'string' || !isMode(mode) || typeof definitionHash !== 'string' || typeof seed !== 'string') {
    return null;
  }
  if (!isObject(answers) || !isStringArray(checked) || !isCount(current) || !isAttemptTime(startedAt)) return null;
  if (timeLimitMs !== undefined && !(isFiniteNumber(timeLimitMs) && timeLimitMs > 0)) return null;
  if (submittedAt !== undefined && !isAttemptTime(submittedAt)) return null;
  if (submitReason !== undefined && !(REASONS as readonly unknown[]).includes(submitReason)) return null;
  // Both or neither: a reason without a time (or the reverse) is not something the engine writes.
  if ((submittedAt === undefined) !== (submitReason === undefined)) return null;

  const cleanAnswers: Record<string, number[]> = {};
  for (const [id, chosen] of Object.entries(answers)) {
    if (!Array.isArray(chosen) || !chosen.every(isCount)) return null;
    setOwn(cleanAnswers, id, chosen.slice());
  }

  const attempt: Attempt = {
    version: 1,
    quizId,
    mode,
    definitionHash,
    seed,
    answers: cleanAnswers,
    checked: checked.slice(),
    current,
    startedAt,
  };
  if (timeLimitMs !== undefined) attempt.timeLimitMs = timeLimitMs;
  if (submittedAt !== undefined) attempt.submittedAt = submittedAt;
  if (submitReason !== undefined) attempt.submitReason = submitReason as SubmitReason;
  return attempt;
}

/** A stored 错题本, validated and copied, or null. */
export function parseMistakeBook(value: unknown): MistakeBook | null {
  if (!isObject(value) || value.version !== 1 || !isObject(value.entries)) return null;
  const entries: Record<string, MistakeEntry> = {};
  for (const [id, entry] of Object.entries(value.entries)) {
    if (!isObject(entry)) return null;
    const { wrongCount, lastWrongAt, correctStreak } = entry;
    if (!isCount(wrongCount) || !isFiniteNumber(lastWrongAt) || !isCount(correctStreak)) return null;
    setOwn(entries, id, { wrongCount, lastWrongAt, correctStreak });
  }
  return { version: 1, entries };
}

function parseHistoryEntry(value: unknown): HistoryEntry | null {
  if (!isObject(value)) return null;
  const { quizId, mode, title, score, maxScore, passed, correctCount, total, startedAt, submittedAt, code, graded } = value;
  if (typeof quizId !== 'string' || !isMode(mode) || typeof title !== 'string' || typeof passed !== 'boolean') {
    return null;
  }
  if (!isFiniteNumber(score) || !isFiniteNumber(maxScore) || !isCount(correctCount) || !isCount(total)) return null;
  if (!isFiniteNumber(startedAt) || !isFiniteNumber(submittedAt)) return null;
  if ((code !== undefined && typeof code !== 'string') || (graded !== undefined && typeof graded !== 'boolean')) return null;
  return {
    quizId,
    mode,
    title,
    score,
    maxScore,
    passed,
    correctCount,
    total,
    startedAt,
    submittedAt,
    ...(code === undefined ? {} : { code }),
    ...(graded === undefined ? {} : { graded }),
  };
}

/** A stored history, validated and copied, or null. */
export function parseHistory(value: unknown): History | null {
  if (!isObject(value) || value.version !== 1) return null;
  const { attempts, bestStreak, seen } = value;
  if (!Array.isArray(attempts) || !isCount(bestStreak) || !isStringArray(seen)) return null;
  const entries: HistoryEntry[] = [];
  for (const item of attempts) {
    const entry = parseHistoryEntry(item);
    if (!entry) return null;
    entries.push(entry);
  }
  return { version: 1, attempts: entries, bestStreak, seen: seen.slice() };
}

import { describe, expect, it } from 'vitest';
import { answerQuestion, checkQuestion, startAttempt, submitAttempt } from './attempt.ts';
import {
  decodeJson,
  emptyHistory,
  emptyMistakeBook,
  HISTORY_LIMIT,
  mistakeIds,
  parseAttempt,
  parseHistory,
  parseMistakeBook,
  recordAnswers,
  recordAttempt,
} from './records.ts';
import type { HistoryEntry, MistakeBook } from './types.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function entry(i: number, fields: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    quizId: `exam:${i}`,
    mode: 'exam',
    title: `考试 ${i}`,
    score: 80,
    maxScore: 100,
    passed: true,
    correctCount: 40,
    total: 50,
    startedAt: 1000 * i,
    submittedAt: 1000 * i + 500,
    ...fields,
  };
}

describe('mistake book', () => {
  it('adds wrong answers and counts them again', () => {
    const empty = deepFreeze(emptyMistakeBook());
    const a = deepFreeze(
      recordAnswers(
        empty,
        [
          { id: 'q1', correct: false },
          { id: 'q2', correct: true },
        ],
        100,
      ),
    );
    expect(empty.entries).toEqual({});
    expect(a.entries).toEqual({ q1: { wrongCount: 1, lastWrongAt: 100, correctStreak: 0 } });
    const b = recordAnswers(a, [{ id: 'q1', correct: false }], 200);
    expect(b.entries.q1).toEqual({ wrongCount: 2, lastWrongAt: 200, correctStreak: 0 });
  });

  it('removes a question after two correct answers in a row, and a wrong one resets the run', () => {
    let book: MistakeBook = recordAnswers(emptyMistakeBook(), [{ id: 'q1', correct: false }], 100);
    book = deepFreeze(recordAnswers(book, [{ id: 'q1', correct: true }], 200));
    expect(book.entries.q1).toEqual({ wrongCount: 1, lastWrongAt: 100, correctStreak: 1 });
    const reset = deepFreeze(recordAnswers(book, [{ id: 'q1', correct: false }], 300));
    expect(reset.entries.q1).toEqual({ wrongCount: 2, lastWrongAt: 300, correctStreak: 0 });
    const once = recordAnswers(reset, [{ id: 'q1', correct: true }], 400);
    expect(once.entries.q1?.correctStreak).toBe(1);
    const cleared = recordAnswers(once, [{ id: 'q1', correct: true }], 500);
    expect(cleared.entries).toEqual({});
    expect(once.entries.q1?.correctStreak).toBe(1);
  });

  it('lists the most recently missed first', () => {
    const book = recordAnswers(
      emptyMistakeBook(),
      [
        { id: 'a', correct: false },
        { id: 'b', correct: false },
      ],
      100,
    );
    const later = recordAnswers(book, [{ id: 'c', correct: false }], 300);
    expect(mistakeIds(recordAnswers(later, [{ id: 'a', correct: false }], 200))).toEqual(['c', 'a', 'b']);
  });

  it('handles an id like __proto__ as plain data', () => {
    const book = recordAnswers(emptyMistakeBook(), [{ id: '__proto__', correct: false }], 1);
    expect(Object.keys(book.entries)).toEqual(['__proto__']);
    expect(parseMistakeBook(decodeJson(JSON.stringify(book)))).toEqual(book);
  });
});

describe('history', () => {
  it('prepends attempts and keeps at most 100', () => {
    let history = deepFreeze(emptyHistory());
    for (let i = 0; i < 120; i++) history = deepFreeze(recordAttempt(history, entry(i), []));
    expect(history.attempts).toHaveLength(HISTORY_LIMIT);
    expect(history.attempts[0]?.quizId).toBe('exam:119');
    expect(history.attempts[99]?.quizId).toBe('exam:20');
  });

  it('unions the questions seen and keeps the best streak', () => {
    const a = deepFreeze(recordAttempt(emptyHistory(), entry(1), ['q1', 'q2', 'q1'], 4));
    expect(a.seen).toEqual(['q1', 'q2']);
    expect(a.bestStreak).toBe(4);
    const b = recordAttempt(a, entry(2, { mode: 'challenge' }), ['q2', 'q3'], 2);
    expect(b.seen).toEqual(['q1', 'q2', 'q3']);
    expect(b.bestStreak).toBe(4);
    expect(recordAttempt(b, entry(3), [], 9).bestStreak).toBe(9);
    expect(recordAttempt(b, entry(3), []).bestStreak).toBe(4);
  });
});

describe('stored data', () => {
  const attempt = submitAttempt(
    checkQuestion(
      answerQuestion(
        startAttempt({ quizId: 'exam:x', mode: 'exam', definitionHash: 'h', seed: 's', now: 1000, timeLimitMs: 60_000 }),
        'q1',
        [0, 2],
        2000,
      ),
      'q1',
      2500,
    ),
    3000,
  );
  const book = recordAnswers(emptyMistakeBook(), [{ id: 'q1', correct: false }], 1);
  const history = recordAttempt(emptyHistory(), entry(1), ['q1'], 3);

  it('refuses stored times a result code cannot carry (at or past 2³² seconds, or before 1970)', () => {
    expect(parseAttempt({ ...attempt, startedAt: 2 ** 32 * 1000 })).toBeNull();
    expect(parseAttempt({ ...attempt, startedAt: -1 })).toBeNull();
    expect(parseAttempt({ ...attempt, submittedAt: 2 ** 32 * 1000 + 5 })).toBeNull();
    expect(parseAttempt({ ...attempt, startedAt: (2 ** 32 - 1) * 1000 })).not.toBeNull();
  });

  it('round-trips through JSON', () => {
    expect(parseAttempt(decodeJson(JSON.stringify(attempt)))).toEqual(attempt);
    const running = startAttempt({ quizId: 'daily:2026-11-21', mode: 'daily', definitionHash: 'h', seed: 'd', now: 5 });
    expect(parseAttempt(decodeJson(JSON.stringify(running)))).toEqual(running);
    expect(parseMistakeBook(decodeJson(JSON.stringify(book)))).toEqual(book);
    expect(parseHistory(decodeJson(JSON.stringify(history)))).toEqual(history);
    expect(parseHistory(decodeJson(JSON.stringify(emptyHistory())))).toEqual(emptyHistory());
  });

  it('returns copies without unknown fields', () => {
    const parsed = parseAttempt({ ...attempt, extra: 'x' });
    expect(parsed).toEqual(attempt);
    expect(parsed).not.toBe(attempt);
  });

  it('decodes invalid JSON to undefined', () => {
    expect(decodeJson('{bad json')).toBeUndefined();
    expect(decodeJson(null)).toBeUndefined();
    expect(decodeJson('')).toBeUndefined();
    expect(decodeJson('{"a":1}')).toEqual({ a: 1 });
  });

  const junk: unknown[] = [null, undefined, 'a string', 42, [], true, { version: 2 }, decodeJson('{bad json')];

  it.each(junk)('rejects %j everywhere', (value) => {
    expect(parseAttempt(value)).toBeNull();
    expect(parseMistakeBook(value)).toBeNull();
    expect(parseHistory(value)).toBeNull();
  });

  it('rejects old versions and broken attempts', () => {
    const cases: unknown[] = [
      { ...attempt, version: 0 },
      { ...attempt, version: 2 },
      { ...attempt, version: '1' },
      { ...attempt, quizId: undefined },
      { ...attempt, seed: 3 },
      { ...attempt, mode: 'quiz' },
      { ...attempt, answers: undefined },
      { ...attempt, answers: [] },
      { ...attempt, answers: { q1: [0, '2'] } },
      { ...attempt, answers: { q1: 0 } },
      { ...attempt, answers: { q1: [-1] } },
      { ...attempt, checked: [1] },
      { ...attempt, checked: 'q1' },
      { ...attempt, current: -1 },
      { ...attempt, startedAt: Number.NaN },
      { ...attempt, startedAt: '1000' },
      { ...attempt, startedAt: Infinity },
      { ...attempt, timeLimitMs: 0 },
      { ...attempt, submittedAt: Number.NaN },
      { ...attempt, submitReason: 'bored' },
      { ...attempt, submitReason: undefined },
    ];
    for (const value of cases) expect(parseAttempt(value), JSON.stringify(value)).toBeNull();
    // NaN survives only in memory; after JSON it is null, which is rejected too.
    expect(parseAttempt(decodeJson(JSON.stringify({ ...attempt, startedAt: Number.NaN })))).toBeNull();
  });

  it('rejects broken mistake books and histories', () => {
    const books: unknown[] = [
      { version: 0, entries: {} },
      { version: 1 },
      { version: 1, entries: [] },
      { version: 1, entries: { q1: { wrongCount: 1, lastWrongAt: 1 } } },
      { version: 1, entries: { q1: { wrongCount: '1', lastWrongAt: 1, correctStreak: 0 } } },
      { version: 1, entries: { q1: { wrongCount: 1, lastWrongAt: Number.NaN, correctStreak: 0 } } },
      { version: 1, entries: { q1: null } },
    ];
    for (const value of books) expect(parseMistakeBook(value), JSON.stringify(value)).toBeNull();

    const histories: unknown[] = [
      { ...history, version: 0 },
      { version: 1, attempts: [], seen: [] },
      { ...history, bestStreak: Number.NaN },
      { ...history, seen: ['q1', 2] },
      { ...history, attempts: {} },
      { ...history, attempts: [{ ...entry(1), score: '80' }] },
      { ...history, attempts: [{ ...entry(1), passed: 1 }] },
      { ...history, attempts: [{ ...entry(1), mode: 'unknown' }] },
      { ...history, attempts: [{ ...entry(1), submittedAt: undefined }] },
      { ...history, attempts: [null] },
    ];
    for (const value of histories) expect(parseHistory(value), JSON.stringify(value)).toBeNull();
  });
});

describe('history entries of competitions', () => {
  it('keep the result code and the not-graded flag, and reject wrong types', () => {
    const entry = {
      quizId: 'exam:x',
      mode: 'exam',
      title: 't',
      score: 0,
      maxScore: 0,
      passed: false,
      correctCount: 0,
      total: 20,
      startedAt: 1,
      submittedAt: 2,
      code: 'RS1ABC',
      graded: false,
    };
    expect(parseHistory({ version: 1, attempts: [entry], bestStreak: 0, seen: [] })?.attempts[0]).toEqual(entry);
    expect(parseHistory({ version: 1, attempts: [{ ...entry, code: 5 }], bestStreak: 0, seen: [] })).toBeNull();
  });
});

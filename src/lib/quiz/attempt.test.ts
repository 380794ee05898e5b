import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  challengeProgress,
  checkQuestion,
  dailySeed,
  dateKey,
  deadline,
  expire,
  goTo,
  isExpired,
  remainingMs,
  startAttempt,
  submitAttempt,
  timeAnnouncement,
} from './attempt.ts';
import type { Attempt, PaperItem, QuizQuestion } from './types.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const T0 = Date.UTC(2026, 10, 20, 2, 0, 0);
const LIMIT = 30 * 60_000;

function exam(): Attempt {
  return deepFreeze(startAttempt({ quizId: 'exam:annual', mode: 'exam', definitionHash: 'abcd1234', seed: 'seed', now: T0, timeLimitMs: LIMIT }));
}

function practice(): Attempt {
  return deepFreeze(startAttempt({ quizId: 'practice:试用期', mode: 'practice', definitionHash: 'h', seed: 's', now: T0 }));
}

describe('startAttempt', () => {
  it('creates a plain version-1 attempt', () => {
    const a = exam();
    expect(a).toEqual({
      version: 1,
      quizId: 'exam:annual',
      mode: 'exam',
      definitionHash: 'abcd1234',
      seed: 'seed',
      answers: {},
      checked: [],
      current: 0,
      startedAt: T0,
      timeLimitMs: LIMIT,
    });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect('timeLimitMs' in practice()).toBe(false);
  });
});

describe('transitions', () => {
  it('never mutate their input', () => {
    const a = exam();
    const b = answerQuestion(a, 'q1', [2, 0, 2], T0 + 1000);
    expect(b).not.toBe(a);
    expect(b.answers).toEqual({ q1: [0, 2] });
    expect(a.answers).toEqual({});
    const c = checkQuestion(deepFreeze(b), 'q1', T0 + 2000);
    expect(c.checked).toEqual(['q1']);
    expect(b.checked).toEqual([]);
    const d = goTo(deepFreeze(c), 3, 10);
    expect(d.current).toBe(3);
    expect(c.current).toBe(0);
    const e = submitAttempt(deepFreeze(d), T0 + 5000);
    expect(e).toMatchObject({ submittedAt: T0 + 5000, submitReason: 'user' });
    expect(d.submittedAt).toBeUndefined();
  });

  it('drops invalid indices from answers', () => {
    const a = answerQuestion(exam(), 'q1', [3, -1, 1.5, Number.NaN, 1], T0);
    expect(a.answers.q1).toEqual([1, 3]);
  });

  it('keeps a checked answer final', () => {
    const checked = deepFreeze(checkQuestion(answerQuestion(practice(), 'q1', [1], T0 + 1), 'q1', T0 + 2));
    expect(answerQuestion(checked, 'q1', [0], T0 + 3)).toBe(checked);
    expect(checkQuestion(checked, 'q1', T0 + 4)).toBe(checked);
    // Other questions can still be answered.
    expect(answerQuestion(checked, 'q2', [0], T0 + 5).answers).toEqual({ q1: [1], q2: [0] });
  });

  it('ignores everything once submitted', () => {
    const submitted = deepFreeze(submitAttempt(answerQuestion(practice(), 'q1', [1], T0 + 1), T0 + 2));
    expect(answerQuestion(submitted, 'q1', [0], T0 + 3)).toBe(submitted);
    expect(answerQuestion(submitted, 'q2', [0], T0 + 3)).toBe(submitted);
    expect(checkQuestion(submitted, 'q1', T0 + 3)).toBe(submitted);
    expect(goTo(submitted, 2, 5)).toBe(submitted);
    expect(submitAttempt(submitted, T0 + 9, 'timeout')).toBe(submitted);
    expect(expire(submitted, T0 + 10 * LIMIT)).toBe(submitted);
  });

  it('clamps goTo to the paper', () => {
    const a = exam();
    expect(goTo(a, 99, 10).current).toBe(9);
    expect(goTo(goTo(a, 5, 10), -3, 10).current).toBe(0);
    expect(goTo(a, 2.7, 10).current).toBe(2);
    expect(goTo(a, 4, 0).current).toBe(0);
    expect(goTo(a, 0, 10)).toBe(a);
  });
});

describe('timer', () => {
  it('keeps counting across a reload (same stored attempt, later now)', () => {
    const a = answerQuestion(exam(), 'q1', [1], T0 + 60_000);
    expect(deadline(a)).toBe(T0 + LIMIT);
    expect(remainingMs(a, T0 + 60_000)).toBe(LIMIT - 60_000);
    const reloaded = JSON.parse(JSON.stringify(a)) as Attempt;
    expect(remainingMs(reloaded, T0 + 20 * 60_000)).toBe(10 * 60_000);
    expect(remainingMs(reloaded, T0 + LIMIT + 5000)).toBe(0);
    expect(remainingMs(practice(), T0 + 1)).toBeUndefined();
    expect(deadline(practice())).toBeUndefined();
    expect(isExpired(practice(), T0 + 1e12)).toBe(false);
  });

  it('submits at the deadline on expiry and keeps the answers', () => {
    const a = deepFreeze(answerQuestion(answerQuestion(exam(), 'q1', [1], T0 + 1000), 'q2', [0, 2], T0 + 2000));
    expect(isExpired(a, T0 + LIMIT - 1)).toBe(false);
    expect(expire(a, T0 + LIMIT - 1)).toBe(a);
    expect(isExpired(a, T0 + LIMIT)).toBe(true);
    const expired = expire(a, T0 + LIMIT + 3 * 3_600_000); // tab was in the background for hours
    expect(expired.submittedAt).toBe(T0 + LIMIT);
    expect(expired.submitReason).toBe('timeout');
    expect(expired.answers).toEqual({ q1: [1], q2: [0, 2] });
    expect(remainingMs(expired, T0 + LIMIT + 10_000_000)).toBe(0);
  });

  it('ignores answers after the deadline and submits instead', () => {
    const a = deepFreeze(answerQuestion(exam(), 'q1', [1], T0 + 1000));
    const late = answerQuestion(a, 'q1', [0], T0 + LIMIT + 1);
    expect(late.answers).toEqual({ q1: [1] });
    expect(late.submittedAt).toBe(T0 + LIMIT);
    expect(answerQuestion(a, 'q2', [0], T0 + LIMIT).answers).toEqual({ q1: [1] });
    expect(checkQuestion(a, 'q1', T0 + LIMIT + 1).checked).toEqual([]);
  });

  it('stamps timeouts at the deadline, also for a late user submit', () => {
    expect(submitAttempt(exam(), T0 + LIMIT + 50, 'timeout').submittedAt).toBe(T0 + LIMIT);
    expect(submitAttempt(exam(), T0 + LIMIT + 50)).toMatchObject({ submittedAt: T0 + LIMIT, submitReason: 'timeout' });
    expect(submitAttempt(exam(), T0 + 100)).toMatchObject({ submittedAt: T0 + 100, submitReason: 'user' });
    expect(remainingMs(submitAttempt(exam(), T0 + 100), T0 + 1e9)).toBe(LIMIT - 100);
  });

  it('announces 5 minutes, 1 minute and time up once each', () => {
    expect(timeAnnouncement(300_001, 300_000)).toBe('剩余 5 分钟');
    expect(timeAnnouncement(301_000, 299_000)).toBe('剩余 5 分钟');
    expect(timeAnnouncement(300_000, 299_000)).toBeNull();
    expect(timeAnnouncement(61_000, 60_000)).toBe('剩余 1 分钟');
    expect(timeAnnouncement(60_000, 59_000)).toBeNull();
    expect(timeAnnouncement(1000, 0)).toBe('时间到，已自动交卷');
    expect(timeAnnouncement(0, 0)).toBeNull();
    expect(timeAnnouncement(400_000, 30_000)).toBe('剩余 1 分钟');
    expect(timeAnnouncement(400_000, 0)).toBe('时间到，已自动交卷');
    expect(timeAnnouncement(undefined, 200_000)).toBeNull();
    expect(timeAnnouncement(200_000, 250_000)).toBeNull();
  });
});

describe('challengeProgress', () => {
  const qs: QuizQuestion[] = ['c1', 'c2', 'c3'].map((id) => ({
    id,
    type: '单选',
    stem: id,
    options: ['甲', '乙'],
    answer: [0],
    explanation: '',
    basis: [],
    topic: 't',
    difficulty: '易',
    audience: [],
  }));
  const map = new Map(qs.map((q) => [q.id, q]));
  const paper: PaperItem[] = qs.map((q) => ({ id: q.id, optionOrder: [1, 0] }));
  const start = startAttempt({ quizId: 'challenge', mode: 'challenge', definitionHash: 'h', seed: 's', now: T0 });
  const play = (a: Attempt, id: string, chosen: number[]) => checkQuestion(answerQuestion(a, id, chosen, T0), id, T0);

  it('counts the streak until the first wrong answer', () => {
    expect(challengeProgress(start, paper, map)).toEqual({ streak: 0, ended: false });
    let a = play(start, 'c1', [0]);
    expect(challengeProgress(a, paper, map)).toEqual({ streak: 1, ended: false });
    // Answered but not checked does not count yet.
    expect(challengeProgress(answerQuestion(a, 'c2', [1], T0), paper, map)).toEqual({ streak: 1, ended: false });
    a = play(a, 'c2', [1]);
    expect(challengeProgress(a, paper, map)).toEqual({ streak: 1, ended: true });
  });

  it('ends when the paper is exhausted', () => {
    const a = play(play(play(start, 'c1', [0]), 'c2', [0]), 'c3', [0]);
    expect(challengeProgress(a, paper, map)).toEqual({ streak: 3, ended: true });
    expect(challengeProgress(start, [], map)).toEqual({ streak: 0, ended: true });
  });
});

describe('daily seed', () => {
  it('uses the calendar date in China', () => {
    expect(dateKey(Date.parse('2026-11-20T15:59:59.999Z'))).toBe('2026-11-20');
    expect(dateKey(Date.parse('2026-11-20T16:00:00Z'))).toBe('2026-11-21');
    expect(dailySeed(Date.parse('2026-11-20T16:30:00Z'))).toBe('daily:2026-11-21');
    expect(dailySeed(Date.parse('2026-11-21T15:00:00Z'))).toBe('daily:2026-11-21');
    expect(dateKey(Date.parse('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(dateKey(Date.parse('2028-02-28T16:00:00Z'))).toBe('2028-02-29');
  });
});

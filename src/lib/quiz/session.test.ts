import { describe, expect, it } from 'vitest';
import { answerQuestion, checkQuestion, dailySeed, submitAttempt } from './attempt.ts';
import { emptyHistory, emptyMistakeBook, recordAnswers } from './records.ts';
import {
  availability,
  beginAttempt,
  canRestart,
  codePayload,
  finishAttempt,
  needsTopic,
  paperFor,
  poolFor,
  resultTitle,
  resumeAttempt,
  showsScore,
  startsAtOnce,
  type ExamSession,
  type QuizSession,
} from './session.ts';
import type { QuizQuestion } from './types.ts';

function question(id: string, topic: string, type: QuizQuestion['type'] = '单选'): QuizQuestion {
  const options = type === '判断' ? ['正确', '错误'] : ['甲', '乙', '丙', '丁'];
  return { id, type, stem: `题 ${id}`, options, answer: [0], explanation: '', basis: [], topic, difficulty: '易', audience: ['公众'] };
}

const bank = [
  ...Array.from({ length: 6 }, (_, i) => question(`a-${i}`, '试用期')),
  ...Array.from({ length: 6 }, (_, i) => question(`b-${i}`, '工伤保险', '判断')),
];
const byId = new Map(bank.map((q) => [q.id, q]));
const T0 = Date.UTC(2026, 11, 3, 2, 0, 0);

const exam: ExamSession = {
  mode: 'exam',
  quizId: 'exam:annual',
  title: '年度考试',
  definitionHash: 'h1',
  quotas: [{ count: 4, topic: '试用期' }],
  timeLimitMinutes: 30,
  passMark: 6,
  attemptsAllowed: 2,
  opens: '2026-12-01T00:00:00.000Z',
  closes: '2026-12-31T00:00:00.000Z',
};

describe('which questions a session draws from', () => {
  it('exams draw from their quotas, topic practice from its topic, embedded practice from its ids, 错题本 from the book', () => {
    expect(poolFor(exam, bank, emptyMistakeBook()).map((q) => q.topic)).toEqual(Array(6).fill('试用期'));
    expect(poolFor({ mode: 'practice', quizId: 'p', title: 't', definitionHash: 'h', topic: '工伤保险' }, bank, emptyMistakeBook())).toHaveLength(6);
    expect(
      poolFor({ mode: 'practice', quizId: 'p', title: 't', definitionHash: 'h', ids: ['a-1', 'b-2'] }, bank, emptyMistakeBook()).map((q) => q.id),
    ).toEqual(['a-1', 'b-2']);
    const book = recordAnswers(emptyMistakeBook(), [{ id: 'b-3', correct: false }], T0);
    expect(poolFor({ mode: 'mistakes', quizId: 'm', title: 't', definitionHash: 'h' }, bank, book).map((q) => q.id)).toEqual(['b-3']);
    expect(poolFor({ mode: 'challenge', quizId: 'c', title: 't', definitionHash: 'h' }, bank, emptyMistakeBook())).toHaveLength(12);
  });
  it('draws the same paper from the same seed, with the counts of each mode', () => {
    const pool = poolFor(exam, bank, emptyMistakeBook());
    expect(paperFor(exam, pool, 's1')).toEqual(paperFor(exam, pool, 's1'));
    expect(paperFor(exam, pool, 's1')).toHaveLength(4);
    expect(paperFor({ mode: 'daily', quizId: 'd', title: 't', definitionHash: 'h' }, bank, 'x')).toHaveLength(5);
    expect(paperFor({ mode: 'practice', quizId: 'p', title: 't', definitionHash: 'h', topic: '试用期', count: 3 }, bank, 'x')).toHaveLength(3);
    expect(paperFor({ mode: 'challenge', quizId: 'c', title: 't', definitionHash: 'h' }, bank, 'x')).toHaveLength(12);
    expect(paperFor(exam, [], 'x')).toEqual([]);
  });
});

describe('starting and resuming', () => {
  const practiceWithoutTopic: QuizSession = { mode: 'practice', quizId: 'practice:', title: '专项练习', definitionHash: 'h' };
  it('starts practice at once but waits for 开始答题 in exams and for a topic on the practice page', () => {
    expect(startsAtOnce({ mode: 'daily', quizId: 'd', title: 't', definitionHash: 'h' })).toBe(true);
    expect(startsAtOnce(exam)).toBe(false);
    expect(needsTopic(practiceWithoutTopic)).toBe(true);
    expect(startsAtOnce(practiceWithoutTopic)).toBe(false);
  });
  it('gives an exam its time limit and 每日一练 the China date as its seed', () => {
    expect(beginAttempt(exam, T0, 'r').timeLimitMs).toBe(30 * 60_000);
    expect(beginAttempt({ mode: 'daily', quizId: 'd', title: 't', definitionHash: 'h' }, T0, 'r').seed).toBe(dailySeed(T0));
  });
  it('resumes an attempt of the same version, discards another version and yesterday’s 每日一练', () => {
    const a = beginAttempt(exam, T0, 'r');
    expect(resumeAttempt(exam, a, T0 + 60_000).attempt).toEqual(a);
    expect(resumeAttempt({ ...exam, definitionHash: 'h2' }, a, T0)).toEqual({ attempt: null, discard: true });
    const daily: QuizSession = { mode: 'daily', quizId: 'd', title: 't', definitionHash: 'h' };
    const today = beginAttempt(daily, T0, 'r');
    expect(resumeAttempt(daily, today, T0 + 86_400_000)).toEqual({ attempt: null, discard: true });
    expect(resumeAttempt(exam, null, T0)).toEqual({ attempt: null, discard: false });
  });
  it('resumes an exam whose time ran out as submitted at the deadline', () => {
    const a = beginAttempt(exam, T0, 'r');
    const resumed = resumeAttempt(exam, a, T0 + 31 * 60_000).attempt!;
    expect(resumed).toMatchObject({ submittedAt: T0 + 30 * 60_000, submitReason: 'timeout' });
  });
  it('says when an exam is not open, closed or out of attempts', () => {
    expect(availability(exam, emptyHistory(), Date.UTC(2026, 10, 30))).toMatchObject({ notOpen: true, closed: false });
    expect(availability(exam, emptyHistory(), Date.UTC(2027, 0, 1))).toMatchObject({ closed: true });
    const history = { ...emptyHistory(), attempts: [1, 2].map((i) => ({ ...finishedEntry(), startedAt: i })) };
    expect(availability(exam, history, T0)).toMatchObject({ exhausted: true, used: 2 });
    expect(canRestart(exam, history)).toBe(false);
    expect(canRestart({ mode: 'daily', quizId: 'd', title: 't', definitionHash: 'h' }, emptyHistory())).toBe(false);
  });
});

function finishedEntry() {
  return {
    quizId: exam.quizId,
    mode: 'exam' as const,
    title: 't',
    score: 0,
    maxScore: 0,
    passed: false,
    correctCount: 0,
    total: 0,
    startedAt: 0,
    submittedAt: 1,
  };
}

describe('finishAttempt: score once, record once', () => {
  const pool = poolFor(exam, bank, emptyMistakeBook());
  const start = beginAttempt(exam, T0, 'seed-1');
  const paper = paperFor(exam, pool, start.seed);
  // Right (option 0) on the first two, wrong on the others.
  let attempt = start;
  paper.forEach((p, i) => (attempt = answerQuestion(attempt, p.id, [i < 2 ? 0 : 1], T0 + i)));
  const submitted = submitAttempt(attempt, T0 + 600_000);

  it('scores the paper and records the history entry and the 错题本', () => {
    const done = finishAttempt(exam, submitted, paper, byId, { history: emptyHistory(), mistakes: emptyMistakeBook() });
    expect(done.result).toMatchObject({ correctCount: 2, total: 4, score: 2, maxScore: 4, passed: false });
    expect(done.entry).toMatchObject({ quizId: 'exam:annual', score: 2, passed: false, total: 4 });
    expect(done.history.attempts).toHaveLength(1);
    expect(Object.keys(done.mistakes.entries)).toHaveLength(2);
    // A reload of the result finds it recorded and changes nothing.
    const again = finishAttempt(exam, submitted, paper, byId, { history: done.history, mistakes: done.mistakes });
    expect(again.alreadyRecorded).toBe(true);
    expect(again.history).toBe(done.history);
    expect(again.result).toEqual(done.result);
  });
  it('records no score for a sealed quiz and teaches the 错题本 nothing', () => {
    const sealed: ExamSession = { ...exam, sealed: true };
    const done = finishAttempt(sealed, submitted, paper, byId, { history: emptyHistory(), mistakes: emptyMistakeBook() }, 'RS1CODE');
    expect(done.entry).toMatchObject({ score: 0, maxScore: 0, graded: false, code: 'RS1CODE' });
    expect(done.mistakes.entries).toEqual({});
    expect(showsScore(sealed)).toBe(false);
  });
  it('counts only the answered questions of 挑战答题, and its streak', () => {
    const challenge: QuizSession = { mode: 'challenge', quizId: 'challenge', title: '挑战答题', definitionHash: 'h' };
    const a0 = beginAttempt(challenge, T0, 'c');
    const p = paperFor(challenge, bank, a0.seed);
    const a1 = checkQuestion(answerQuestion(a0, p[0]!.id, [0], T0), p[0]!.id, T0);
    const a2 = submitAttempt(checkQuestion(answerQuestion(a1, p[1]!.id, [1], T0), p[1]!.id, T0), T0 + 1, 'challenge-ended');
    const done = finishAttempt(challenge, a2, p, byId, { history: emptyHistory(), mistakes: emptyMistakeBook() });
    expect(done.paper).toHaveLength(2);
    expect(done.streak).toBe(1);
    expect(done.history.bestStreak).toBe(1);
  });
  it('builds the result code payload with trimmed registration values, only for coded quizzes', () => {
    const coded: ExamSession = { ...exam, fileId: 'annual', registration: [{ key: 'name', label: '姓名', required: true, allowOther: false }] };
    const payload = codePayload(coded, submitted, paper, { name: ' 张三 ', unit: '' })!;
    expect(payload).toMatchObject({ quizId: 'annual', definitionHash: 'h1', registration: { name: '张三' }, seed: 'seed-1' });
    expect(payload.answers).toHaveLength(4);
    expect(codePayload(exam, submitted, paper, {})).toBeUndefined();
  });
  it('titles a topic practice by its topic', () => {
    expect(resultTitle({ mode: 'practice', quizId: 'p', title: '专项练习', definitionHash: 'h', topic: '试用期' })).toBe('专项练习：试用期');
    expect(resultTitle({ mode: 'practice', quizId: 'p', title: '学完练一练', definitionHash: 'h', ids: ['a-1'] })).toBe('学完练一练');
  });
});

import { describe, expect, it } from 'vitest';
import { startAttempt, answerQuestion, submitAttempt } from './attempt.ts';
import { DEFAULT_RULES, isCorrect, scoreAttempt, scoreQuestion } from './scoring.ts';
import type { PaperItem, QuizQuestion, ScoringRules } from './types.ts';

function question(id: string, fields: Partial<QuizQuestion> = {}): QuizQuestion {
  const type = fields.type ?? '单选';
  return {
    id,
    type,
    stem: id,
    options: type === '判断' ? ['正确', '错误'] : ['甲', '乙', '丙', '丁'],
    answer: type === '多选' ? [0, 2, 3] : [1],
    explanation: '',
    basis: [],
    topic: '劳动合同',
    difficulty: '中',
    audience: ['劳动者'],
    ...fields,
  };
}

const single = question('s', { type: '单选' });
const judge = question('j', { type: '判断', answer: [0] });
const multi = question('m', { type: '多选' });

const PARTIAL: ScoringRules = {
  points: { 单选: 2, 多选: 4, 判断: 1 },
  multipleChoiceScoring: 'partial',
  partialCredit: 0.5,
};
const STRICT: ScoringRules = { ...PARTIAL, multipleChoiceScoring: 'all-or-nothing' };

describe('isCorrect', () => {
  it('compares as sets', () => {
    expect(isCorrect(multi, [3, 0, 2])).toBe(true);
    expect(isCorrect(multi, [0, 2, 3, 3])).toBe(true);
    expect(isCorrect(multi, [0, 2])).toBe(false);
    expect(isCorrect(multi, [0, 1, 2, 3])).toBe(false);
    expect(isCorrect(single, [1])).toBe(true);
    expect(isCorrect(single, [])).toBe(false);
  });
});

describe('scoreQuestion', () => {
  it('scores 单选 and 判断 all or nothing', () => {
    expect(scoreQuestion(single, [1], PARTIAL)).toMatchObject({ correct: true, partial: false, points: 2, maxPoints: 2 });
    expect(scoreQuestion(single, [0], PARTIAL)).toMatchObject({ correct: false, points: 0 });
    expect(scoreQuestion(single, [], PARTIAL)).toMatchObject({ correct: false, points: 0, chosen: [] });
    expect(scoreQuestion(judge, [0], PARTIAL)).toMatchObject({ correct: true, points: 1 });
    expect(scoreQuestion(judge, [1], PARTIAL)).toMatchObject({ correct: false, points: 0 });
  });

  it('scores 多选 all-or-nothing by default', () => {
    expect(scoreQuestion(multi, [0, 2, 3], STRICT)).toMatchObject({ correct: true, points: 4 });
    expect(scoreQuestion(multi, [0, 2], STRICT)).toMatchObject({ correct: false, partial: false, points: 0 });
    expect(DEFAULT_RULES.multipleChoiceScoring).toBe('all-or-nothing');
    expect(scoreQuestion(multi, [0, 2], DEFAULT_RULES)).toMatchObject({ points: 0, maxPoints: 1 });
  });

  it('gives partial credit for a correct subset only', () => {
    expect(scoreQuestion(multi, [3, 0, 2], PARTIAL)).toMatchObject({
      correct: true,
      partial: false,
      points: 4,
      chosen: [0, 2, 3],
    });
    expect(scoreQuestion(multi, [2, 0], PARTIAL)).toMatchObject({ correct: false, partial: true, points: 2 });
    expect(scoreQuestion(multi, [3], PARTIAL)).toMatchObject({ correct: false, partial: true, points: 2 });
    expect(scoreQuestion(multi, [0, 1], PARTIAL)).toMatchObject({ correct: false, partial: false, points: 0 });
    expect(scoreQuestion(multi, [0, 1, 2, 3], PARTIAL)).toMatchObject({ partial: false, points: 0 });
    expect(scoreQuestion(multi, [], PARTIAL)).toMatchObject({ partial: false, points: 0 });
  });

  it('rounds partial points to 2 decimals', () => {
    const rules: ScoringRules = { ...PARTIAL, points: { ...PARTIAL.points, 多选: 1 }, partialCredit: 1 / 3 };
    expect(scoreQuestion(multi, [0], rules).points).toBe(0.33);
  });
});

describe('scoreAttempt', () => {
  const questions = [
    question('a1', { topic: '工资', type: '单选' }),
    question('a2', { topic: '试用期', type: '多选' }),
    question('a3', { topic: '工资', type: '判断', answer: [1] }),
    question('a4', { topic: '试用期', type: '单选' }),
    question('a5', { topic: '社会保险', type: '多选' }),
  ];
  const map = new Map(questions.map((q) => [q.id, q]));
  const paper: PaperItem[] = questions.map((q) => ({ id: q.id, optionOrder: q.type === '判断' ? [0, 1] : [0, 1, 2, 3] }));

  function answered(now: number) {
    let a = startAttempt({ quizId: 'exam:t', mode: 'exam', definitionHash: 'h', seed: 's', now: 0, timeLimitMs: 600_000 });
    a = answerQuestion(a, 'a1', [1], 10); // right, 2
    a = answerQuestion(a, 'a2', [0, 3], 20); // subset, partial 2 / 0
    a = answerQuestion(a, 'a3', [0], 30); // wrong
    a = answerQuestion(a, 'a4', [1], 40); // right, 2
    return submitAttempt(a, now); // a5 unanswered
  }

  it('totals the score, counts and per-topic breakdown in paper order', () => {
    const result = scoreAttempt(answered(120_000), paper, map, PARTIAL, 6, 999_999);
    expect(result.score).toBe(6);
    expect(result.maxScore).toBe(13);
    expect(result.correctCount).toBe(2);
    expect(result.answeredCount).toBe(4);
    expect(result.total).toBe(5);
    expect(result.timeUsedMs).toBe(120_000);
    expect(result.items.map((i) => i.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(result.items[1]).toMatchObject({ partial: true, points: 2 });
    expect(result.byTopic).toEqual([
      { topic: '工资', correct: 1, total: 2, points: 2, maxPoints: 3 },
      { topic: '试用期', correct: 1, total: 2, points: 4, maxPoints: 6 },
      { topic: '社会保险', correct: 0, total: 1, points: 0, maxPoints: 4 },
    ]);
    const strict = scoreAttempt(answered(120_000), paper, map, STRICT, 6, 0);
    expect(strict.score).toBe(4);
    expect(strict.byTopic[1]).toMatchObject({ points: 2 });
  });

  it('passes at exactly the pass mark', () => {
    const a = answered(1000);
    expect(scoreAttempt(a, paper, map, PARTIAL, 6, 0).passed).toBe(true);
    expect(scoreAttempt(a, paper, map, PARTIAL, 6.01, 0).passed).toBe(false);
  });

  it('measures time from now while running, and clamps it to the limit', () => {
    const running = startAttempt({ quizId: 'q', mode: 'exam', definitionHash: 'h', seed: 's', now: 1000, timeLimitMs: 60_000 });
    expect(scoreAttempt(running, paper, map, PARTIAL, 0, 31_000).timeUsedMs).toBe(30_000);
    expect(scoreAttempt(running, paper, map, PARTIAL, 0, 500_000).timeUsedMs).toBe(60_000);
    expect(scoreAttempt(running, paper, map, PARTIAL, 0, 0).timeUsedMs).toBe(0);
  });

  it('skips paper items whose question is gone', () => {
    const result = scoreAttempt(answered(10), [...paper, { id: 'gone', optionOrder: [0, 1] }], map, PARTIAL, 0, 0);
    expect(result.total).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { seedOf, syntheticPool, syntheticQuiz } from '../../../tests/fixtures/results/synthetic.ts';
import type { OrganizerQuiz } from './types.ts';
import { drawQuestions } from '../quiz/draw.ts';
import { planQuiz, quotasOf } from '../quiz/plan.ts';
import { DEFAULT_REGISTRATION_FIELDS, encodeResult, formatCode } from '../results/index.ts';
import { Engine, whoOf } from './engine.ts';

const pool = syntheticPool(120);
const definition = syntheticQuiz();
const { definitionHash, total } = planQuiz('kaoshi', definition, pool);
const quiz: OrganizerQuiz = {
  id: 'kaoshi',
  title: '合成考试',
  kind: 'exam',
  sealed: false,
  definitionHash,
  total,
  quiz: { ...definition, opens: undefined, closes: undefined },
  poolUrl: '/x.json',
};
const byId = new Map(pool.map((q) => [q.id, q]));
const T0 = Date.UTC(2026, 5, 1, 1);

/** A code whose first `right` questions are answered right, the rest left empty. */
function code(n: number, name: string, unit: string, right: number) {
  const seed = seedOf(n);
  const paper = drawQuestions(pool, quotasOf(definition), seed, { shuffleQuestions: true });
  return encodeResult(
    {
      version: 1,
      quizId: 'kaoshi',
      definitionHash,
      registration: { name, unit },
      seed,
      answers: paper.map((p, i) => (i < right ? byId.get(p.id)!.answer : [])),
      startedAt: T0 + n * 60_000,
      submittedAt: T0 + n * 60_000 + 600_000,
    },
    { fields: DEFAULT_REGISTRATION_FIELDS, optionCounts: paper.map((p) => byId.get(p.id)!.options.length) },
  );
}

describe('Engine', () => {
  const a = code(1, '张三', '办公室', 50);
  const b = code(2, '李四', '办公室', 20);
  const broken = a.slice(0, 20) + (a[20] === 'A' ? 'B' : 'A') + a.slice(21);

  it('finds codes in a chat and says who sent the first', () => {
    const engine = new Engine();
    expect(engine.extract(`张三：\n${formatCode(a)}\n好的`, quiz)).toEqual({ codes: [a], who: '张三，办公室' });
    expect(whoOf(broken, DEFAULT_REGISTRATION_FIELDS)).toBe('');
  });

  it('grades only with a checked pool, and gives the page a small view and the exports', () => {
    const engine = new Engine();
    expect(() => engine.grade(quiz, [a], undefined, 10)).toThrow('尚未载入');
    expect(engine.loadPool(quiz, pool.slice(1))).toMatchObject({ ok: false });
    expect(engine.loadPool(quiz, pool)).toEqual({ ok: true, count: pool.length });
    const view = engine.grade(quiz, [a, b, broken], '姓名,单位\n张三,办公室\n王五,办公室', 10, Date.UTC(2026, 5, 1, 4, 30));
    expect(view).toMatchObject({ collected: 3, gradedCount: 2, rejectedCount: 1, madeAt: '2026-06-01 12:30' });
    expect(view.rejected).toEqual([{ label: '校验失败', line: expect.stringContaining('校验失败：凭证码有错字') }]);
    expect(view.results.map((r) => [r.name, r.score, r.passed])).toEqual([
      ['张三', 100, true],
      ['李四', 40, false],
    ]);
    expect(view.report.overall).toMatchObject({ participants: 2, passed: 1, expected: 2, participated: 1 });
    expect(view.report.missing).toEqual([{ name: '王五', unit: '办公室' }]);
    const csv = engine.csv('results');
    expect(csv.startsWith('\uFEFF序号,姓名,单位')).toBe(true);
    expect(csv).toContain(',张三,办公室,100,100,是,');
    expect(engine.csv('rejected')).toContain('校验失败');
    expect(engine.csv('report')).toContain('合成考试');
    expect(engine.roster('姓名,单位\n张三,办公室\n王五,政策法规科')).toEqual({ count: 2, units: 2 });
    engine.forget();
    expect(() => engine.csv('results')).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { syntheticPool, syntheticQuiz } from '../../../tests/fixtures/results/synthetic.ts';
import type { OrganizerQuiz } from './types.ts';
import { planQuiz } from '../quiz/plan.ts';
import { checkAnswerKey, checkPublicPool } from './answer-key.ts';

const pool = syntheticPool(120);
const definition = syntheticQuiz({ sealed: true, kind: 'competition' });
const { definitionHash, total } = planQuiz('jingsai', definition, pool);
const quiz: OrganizerQuiz = {
  id: 'jingsai',
  title: '合成竞赛',
  kind: 'competition',
  sealed: true,
  definitionHash,
  total,
  quiz: { ...definition, opens: undefined, closes: undefined },
};
const key = { quizId: 'jingsai', title: '合成竞赛', definitionHash, questions: pool };
const read = (value: unknown) => checkAnswerKey(JSON.stringify(value), quiz);

describe('checkAnswerKey', () => {
  it('accepts the key the build writes for this quiz, with a BOM too', () => {
    expect(read(key)).toEqual({ ok: true, questions: pool });
    expect(checkAnswerKey('\uFEFF' + JSON.stringify(key), quiz).ok).toBe(true);
    expect(read({ ...key, definitionHash: definitionHash.toUpperCase() }).ok).toBe(true);
  });

  it('refuses, in Chinese, what is not a key, a key of another quiz or another version, and an edited key', () => {
    const message = (value: unknown) => {
      const r = typeof value === 'string' ? checkAnswerKey(value, quiz) : read(value);
      return r.ok ? '' : r.message;
    };
    expect(message('{')).toMatch(/不是有效的答案文件/);
    expect(message([1, 2])).toMatch(/不是答案文件/);
    expect(message({ quizId: 'jingsai' })).toMatch(/缺少答题编号、题目版本或题目/);
    expect(message({ ...key, quizId: 'other', title: '别的竞赛' })).toBe(
      '这是“别的竞赛”（other）的答案文件，不是“合成竞赛”的。请选择 jingsai.json。',
    );
    expect(message({ ...key, definitionHash: '00000000' })).toMatch(/题目版本是 00000000.*不是同一次构建生成的/);
    expect(message({ ...key, questions: pool.map((q, i) => (i === 3 ? { ...q, answer: [] } : q)) })).toMatch(/题目不完整/);
    expect(message({ ...key, questions: pool.map((q, i) => (i === 3 ? { ...q, answer: [9] } : q)) })).toMatch(/题目不完整/);
    const edited = pool.map((q, i) => (i === 3 ? { ...q, answer: q.answer[0] === 0 ? [1] : [0] } : q));
    expect(message({ ...key, questions: edited })).toMatch(/与其题目版本不符/);
    // Cut short so the quotas cannot be drawn: refused, not thrown.
    expect(message({ ...key, questions: pool.slice(0, 5) })).toMatch(/与其题目版本不符/);
  });
});

describe('checkPublicPool', () => {
  const open: OrganizerQuiz = { ...quiz, sealed: false, kind: 'exam' };
  it('accepts the pool of this version and refuses another or a redacted one', () => {
    expect(checkPublicPool(pool, open).ok).toBe(true);
    expect(checkPublicPool(pool.slice(1), open)).toMatchObject({ ok: false, message: expect.stringMatching(/版本不一致/) });
    expect(
      checkPublicPool(
        pool.map((q) => ({ ...q, answer: [] })),
        open,
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/不完整/) });
    expect(checkPublicPool({}, open).ok).toBe(false);
  });
});

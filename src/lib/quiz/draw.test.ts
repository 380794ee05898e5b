import { describe, expect, it } from 'vitest';
import { checkQuotas, drawQuestions, drawSequence, matchesQuota, QuotaError } from './draw.ts';
import { createRandom, hashString, shuffle, stableHash } from './random.ts';
import type { QuestionType, QuizQuestion, Quota } from './types.ts';

const TYPES: QuestionType[] = ['单选', '多选', '判断'];
const DIFFICULTIES = ['易', '中', '难'] as const;

function question(id: string, fields: Partial<QuizQuestion> = {}): QuizQuestion {
  const type = fields.type ?? '单选';
  return {
    id,
    type,
    stem: `题干 ${id}`,
    options: type === '判断' ? ['正确', '错误'] : ['甲', '乙', '丙', '丁'],
    answer: type === '多选' ? [0, 2] : [0],
    explanation: '',
    basis: [],
    topic: '劳动合同',
    difficulty: '中',
    audience: ['劳动者'],
    ...fields,
  };
}

/** 50 questions spread over topics, types, difficulties and audiences. */
function pool50(): QuizQuestion[] {
  return Array.from({ length: 50 }, (_, i) =>
    question(`q${String(i).padStart(2, '0')}`, {
      topic: ['劳动合同', '试用期', '工资'][i % 3]!,
      type: TYPES[Math.floor(i / 3) % 3]!,
      difficulty: DIFFICULTIES[Math.floor(i / 9) % 3]!,
      audience: i % 4 === 0 ? ['劳动者', '用人单位'] : i % 4 === 1 ? ['用人单位'] : ['劳动者'],
    }),
  );
}

describe('random', () => {
  it('hashes strings stably', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('daily:2026-11-20')).not.toBe(hashString('daily:2026-11-21'));
    expect(Number.isInteger(hashString('劳动合同'))).toBe(true);
    expect(hashString('劳动合同')).toBeGreaterThanOrEqual(0);
    expect(hashString('劳动合同')).toBeLessThan(2 ** 32);
  });

  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = createRandom('seed');
    const b = createRandom('seed');
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const c = createRandom('other');
    expect(Array.from({ length: 10 }, () => c())).not.toEqual(xs.slice(0, 10));
  });

  it('pins the sequence so a change of algorithm is noticed (papers would change)', () => {
    const r = createRandom('pin');
    expect([r(), r(), r()]).toEqual([0.8406468918547034, 0.7504769782535732, 0.8439177456311882]);
    expect(hashString('abc')).toBe(482950588);
    expect(hashString('')).toBe(2872998923);
    expect(stableHash({ b: null, a: [1, '劳动'] })).toBe('f7038617');
  });

  it('is roughly uniform', () => {
    const r = createRandom('uniform');
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[Math.floor(r() * 10)]! += 1;
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it('shuffles a copy into a permutation', () => {
    const items = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const out = shuffle(items, createRandom('s'));
    expect([...out].sort()).toEqual([...items]);
    expect(out).not.toBe(items);
    expect(shuffle(items, createRandom('s'))).toEqual(out);
  });

  it('hashes JSON values independently of key order', () => {
    const a = stableHash({ b: 1, a: [1, { y: 2, x: 'z' }], c: undefined });
    const b = stableHash({ a: [1, { x: 'z', y: 2 }], b: 1 });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }));
    expect(stableHash([1, 2])).not.toBe(stableHash([2, 1]));
  });
});

describe('matchesQuota', () => {
  const q = question('x', { topic: '试用期', type: '多选', difficulty: '难', audience: ['劳动者', '用人单位'] });
  it('matches on every given condition', () => {
    expect(matchesQuota(q, { count: 1 })).toBe(true);
    expect(matchesQuota(q, { count: 1, topic: '试用期', type: '多选', difficulty: '难', audience: '用人单位' })).toBe(true);
    expect(matchesQuota(q, { count: 1, topic: '工资' })).toBe(false);
    expect(matchesQuota(q, { count: 1, type: '单选' })).toBe(false);
    expect(matchesQuota(q, { count: 1, difficulty: '易' })).toBe(false);
    expect(matchesQuota(q, { count: 1, audience: '人社干部' })).toBe(false);
  });
});

describe('drawQuestions', () => {
  const quotas: Quota[] = [
    { count: 3, topic: '试用期', type: '单选' },
    { count: 4, type: '多选' },
    { count: 2, difficulty: '难' },
    { count: 3, audience: '用人单位' },
    { count: 5 },
  ];

  it('gives the same paper for the same seed whatever the pool order', () => {
    const pool = pool50();
    const paper = drawQuestions(pool, quotas, 'exam:2026|abc');
    const reordered = shuffle(pool, createRandom('reorder'));
    expect(reordered.map((q) => q.id)).not.toEqual(pool.map((q) => q.id));
    expect(drawQuestions(reordered, quotas, 'exam:2026|abc')).toEqual(paper);
    expect(drawQuestions([...pool].reverse(), quotas, 'exam:2026|abc')).toEqual(paper);
  });

  it('gives a different paper for a different seed', () => {
    const pool = pool50();
    const a = drawQuestions(pool, quotas, 'seed-a');
    const b = drawQuestions(pool, quotas, 'seed-b');
    expect(b.map((p) => p.id)).not.toEqual(a.map((p) => p.id));
    // Not only the order: the selection differs too.
    expect(new Set(b.map((p) => p.id))).not.toEqual(new Set(a.map((p) => p.id)));
  });

  it('respects every quota and never repeats a question', () => {
    const pool = pool50();
    const byId = new Map(pool.map((q) => [q.id, q]));
    for (let s = 0; s < 50; s++) {
      const paper = drawQuestions(pool, quotas, `s${s}`, { shuffleQuestions: false });
      expect(paper).toHaveLength(17);
      expect(new Set(paper.map((p) => p.id)).size).toBe(17);
      // With question shuffling off, the paper is in quota order.
      let offset = 0;
      for (const quota of quotas) {
        const part = paper.slice(offset, offset + quota.count);
        for (const item of part) expect(matchesQuota(byId.get(item.id)!, quota)).toBe(true);
        offset += quota.count;
      }
      // Shuffled paper: same questions, other order.
      const shuffled = drawQuestions(pool, quotas, `s${s}`);
      expect(shuffled.map((p) => p.id).sort()).toEqual(paper.map((p) => p.id).sort());
    }
  });

  it('counts per topic, type, difficulty and audience', () => {
    const pool = pool50();
    const byId = new Map(pool.map((q) => [q.id, q]));
    const exact: Quota[] = [
      { count: 4, topic: '工资' },
      { count: 3, type: '判断', topic: '劳动合同' },
      { count: 2, difficulty: '易', topic: '试用期' },
      { count: 2, audience: '用人单位', topic: '试用期' },
    ];
    expect(checkQuotas(pool, exact)).toBeNull();
    const paper = drawQuestions(pool, exact, 'counts', { shuffleQuestions: false }).map((p) => byId.get(p.id)!);
    expect(paper.slice(0, 4).every((q) => q.topic === '工资')).toBe(true);
    expect(paper.slice(4, 7).every((q) => q.type === '判断' && q.topic === '劳动合同')).toBe(true);
    expect(paper.slice(7, 9).every((q) => q.difficulty === '易' && q.topic === '试用期')).toBe(true);
    expect(paper.slice(9, 11).every((q) => q.audience.includes('用人单位') && q.topic === '试用期')).toBe(true);
  });

  it('shuffles options stably under the seed, as a true permutation; 判断 stays put', () => {
    const pool = pool50();
    const byId = new Map(pool.map((q) => [q.id, q]));
    const paper = drawSequence(pool, 'options');
    expect(drawSequence(pool, 'options')).toEqual(paper);
    let moved = 0;
    for (const item of paper) {
      const q = byId.get(item.id)!;
      if (q.type === '判断') {
        expect(item.optionOrder).toEqual([0, 1]);
      } else {
        expect([...item.optionOrder].sort()).toEqual([0, 1, 2, 3]);
        if (item.optionOrder.join() !== '0,1,2,3') moved++;
      }
    }
    expect(moved).toBeGreaterThan(10);
    const plain = drawSequence(pool, 'options', { shuffleOptions: false });
    for (const item of plain) expect(item.optionOrder).toEqual(byId.get(item.id)!.type === '判断' ? [0, 1] : [0, 1, 2, 3]);
  });

  it('keeps a question’s option order whatever else is on the paper', () => {
    const pool = pool50();
    const full = new Map(drawQuestions(pool, [{ count: 50 }], 'same').map((p) => [p.id, p.optionOrder]));
    for (const item of drawQuestions(pool, [{ count: 5, type: '多选' }], 'same')) {
      expect(item.optionOrder).toEqual(full.get(item.id));
    }
  });

  it('throws a QuotaError naming the quota when the banks cannot fill it', () => {
    const pool = [
      question('a', { topic: '试用期', type: '多选' }),
      question('b', { topic: '试用期', type: '单选' }),
      question('c', { topic: '工资', type: '多选' }),
    ];
    let error: unknown;
    try {
      drawQuestions(
        pool,
        [
          { count: 1, type: '单选' },
          { count: 3, topic: '试用期', type: '多选' },
        ],
        'x',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuotaError);
    const qe = error as QuotaError;
    expect(qe.quotaIndex).toBe(1);
    expect(qe.needed).toBe(3);
    expect(qe.available).toBe(1);
    expect(qe.message).toBe('第 2 个抽题规则（主题“试用期”、题型“多选”）要 3 题，题库中符合条件且不与其他规则冲突的只有 1 题');
  });

  it('ignores duplicate ids and draws an empty paper for no quotas', () => {
    const pool = [question('a'), question('a'), question('b')];
    expect(drawSequence(pool, 'd')).toHaveLength(2);
    expect(drawQuestions(pool, [], 'd')).toEqual([]);
    expect(() => drawQuestions(pool, [{ count: 3 }], 'd')).toThrow(QuotaError);
  });

  it('draws 100 of 10,000 quickly', () => {
    const big = Array.from({ length: 10_000 }, (_, i) =>
      question(`b${i}`, { topic: `t${i % 10}`, type: TYPES[i % 3]!, difficulty: DIFFICULTIES[(i >> 3) % 3]! }),
    );
    const q5: Quota[] = [
      { count: 20, topic: 't1' },
      { count: 20, type: '多选' },
      { count: 20, difficulty: '难' },
      { count: 20, audience: '劳动者' },
      { count: 20 },
    ];
    drawQuestions(big, q5, 'warm-up');
    const start = performance.now();
    for (let i = 0; i < 10; i++) expect(drawQuestions(big, q5, `p${i}`)).toHaveLength(100);
    // Generous bound for slow CI machines; the benchmark script measures properly.
    expect((performance.now() - start) / 10).toBeLessThan(50);
  });
});

describe('drawSequence', () => {
  it('orders the whole pool by seed, independent of input order', () => {
    const pool = pool50();
    const a = drawSequence(pool, 'challenge:1');
    expect(a.map((p) => p.id).sort()).toEqual(pool.map((q) => q.id).sort());
    expect(drawSequence([...pool].reverse(), 'challenge:1')).toEqual(a);
    expect(drawSequence(pool, 'challenge:2').map((p) => p.id)).not.toEqual(a.map((p) => p.id));
    expect(drawSequence(pool, 'x', { shuffleQuestions: false }).map((p) => p.id)).toEqual(pool.map((q) => q.id).sort());
  });
});

describe('checkQuotas', () => {
  // 3 questions 试用期·单选, 2 工资·单选, 2 试用期·判断
  const pool = [
    question('p1', { topic: '试用期' }),
    question('p2', { topic: '试用期' }),
    question('p3', { topic: '试用期' }),
    question('w1', { topic: '工资' }),
    question('w2', { topic: '工资' }),
    question('j1', { topic: '试用期', type: '判断' }),
    question('j2', { topic: '试用期', type: '判断' }),
  ];

  it('accepts a feasible definition with overlapping quotas', () => {
    const quotas: Quota[] = [{ count: 2, topic: '试用期', type: '单选' }, { count: 3, type: '单选' }, { count: 2 }];
    expect(checkQuotas(pool, quotas)).toBeNull();
    for (let s = 0; s < 50; s++) expect(drawQuestions(pool, quotas, `ok${s}`)).toHaveLength(7);
  });

  it('rejects an overlapping definition that a draw could fail, saying why', () => {
    // 单选 first may take all three 试用期·单选, leaving 试用期 only the two 判断.
    const quotas: Quota[] = [
      { count: 3, type: '单选' },
      { count: 3, topic: '试用期' },
    ];
    const error = checkQuotas(pool, quotas);
    expect(error).toBeInstanceOf(QuotaError);
    expect(error!.quotaIndex).toBe(1);
    expect(error!.needed).toBe(6);
    expect(error!.available).toBe(5);
    expect(error!.message).toContain('第 2 个抽题规则（主题“试用期”）要 3 题');
    expect(error!.message).toContain('第 1 个规则最多可能先抽走其中 3 题');
    // And a draw really can fail with it: some seed makes 单选 take all of 试用期·单选.
    let failures = 0;
    for (let s = 0; s < 200; s++) {
      try {
        drawQuestions(pool, quotas, `try${s}`);
      } catch (e) {
        expect(e).toBeInstanceOf(QuotaError);
        failures++;
      }
    }
    expect(failures).toBeGreaterThan(0);
  });

  it('rejects a quota that is too big on its own', () => {
    const error = checkQuotas(pool, [{ count: 1, type: '多选' }]);
    expect(error?.quotaIndex).toBe(0);
    expect(error?.message).toBe('第 1 个抽题规则（题型“多选”）要 1 题，题库中符合条件的只有 0 题');
  });

  it('does not count quotas that share no question', () => {
    // 工资 and 判断 are disjoint: 判断 can use both of its questions.
    expect(
      checkQuotas(pool, [
        { count: 2, topic: '工资' },
        { count: 2, type: '判断' },
      ]),
    ).toBeNull();
  });

  it('guarantees a draw for 200 random seeds', () => {
    const big = pool50();
    const quotas: Quota[] = [
      { count: 3, topic: '试用期', type: '单选' },
      { count: 6, type: '单选' },
      { count: 4, audience: '用人单位' },
      { count: 3, type: '判断' },
      { count: 10 },
    ];
    expect(checkQuotas(big, quotas)).toBeNull();
    const r = createRandom('property');
    for (let s = 0; s < 200; s++) {
      const seed = Math.floor(r() * 2 ** 32).toString(36);
      expect(() => drawQuestions(big, quotas, seed)).not.toThrow();
    }
  });

  it('property: for random definitions it accepts, no seed fails', () => {
    const big = pool50();
    const r = createRandom('definitions');
    const pick = <T>(xs: readonly T[]): T | undefined => (r() < 0.5 ? undefined : xs[Math.floor(r() * xs.length)]);
    let accepted = 0;
    for (let d = 0; d < 100; d++) {
      const quotas: Quota[] = Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
        const quota: Quota = { count: 1 + Math.floor(r() * 8) };
        const topic = pick(['劳动合同', '试用期', '工资']);
        const type = pick(TYPES);
        const audience = pick(['劳动者', '用人单位']);
        if (topic) quota.topic = topic;
        if (type) quota.type = type;
        if (audience) quota.audience = audience;
        return quota;
      });
      if (checkQuotas(big, quotas) !== null) continue;
      accepted++;
      for (let s = 0; s < 20; s++) expect(() => drawQuestions(big, quotas, `d${d}s${s}`)).not.toThrow();
    }
    expect(accepted).toBeGreaterThan(10);
  });
});

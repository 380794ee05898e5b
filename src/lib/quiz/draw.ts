/**
 * Seeded, reproducible drawing of papers from the question banks. The same seed and the same
 * banks give the same paper on every device, whatever order the banks are passed in.
 */
import { createRandom, shuffle } from './random.ts';
import type { PaperItem, QuizQuestion, Quota } from './types.ts';

/** Options of drawQuestions and drawSequence. */
export interface DrawOptions {
  /** Show the options of 单选/多选 questions in a seeded order (default true; 判断 never moves) */
  shuffleOptions?: boolean;
  /** Shuffle the order of the questions on the paper (default true) */
  shuffleQuestions?: boolean;
}

/** Whether a question satisfies every condition of a quota (audience: one of the question's). */
export function matchesQuota(q: QuizQuestion, quota: Quota): boolean {
  return (
    (quota.topic === undefined || q.topic === quota.topic) &&
    (quota.type === undefined || q.type === quota.type) &&
    (quota.difficulty === undefined || q.difficulty === quota.difficulty) &&
    (quota.audience === undefined || q.audience.includes(quota.audience))
  );
}

/** The conditions of a quota in words: 主题“试用期”、题型“多选”. */
export function describeQuota(quota: Quota): string {
  const parts: string[] = [];
  if (quota.topic !== undefined) parts.push(`主题“${quota.topic}”`);
  if (quota.type !== undefined) parts.push(`题型“${quota.type}”`);
  if (quota.difficulty !== undefined) parts.push(`难度“${quota.difficulty}”`);
  if (quota.audience !== undefined) parts.push(`对象“${quota.audience}”`);
  return parts.length > 0 ? parts.join('、') : '不限条件';
}

/**
 * A quota the banks cannot fill. `quotaIndex` is 0-based (the message counts from 1);
 * `needed` and `available` are the numbers the message compares.
 */
export class QuotaError extends Error {
  /** Position of the failing quota in the definition, from 0 */
  readonly quotaIndex: number;
  /** The failing quota */
  readonly quota: Quota;
  /** Questions the quota needs (checkQuotas: plus what overlapping earlier quotas may take) */
  readonly needed: number;
  /** Questions that were (drawQuestions) or are (checkQuotas) available to it */
  readonly available: number;

  constructor(quotaIndex: number, quota: Quota, needed: number, available: number, message?: string) {
    super(
      message ??
        `第 ${quotaIndex + 1} 个抽题规则（${describeQuota(quota)}）要 ${needed} 题，` + `题库中符合条件且不与其他规则冲突的只有 ${available} 题`,
    );
    this.name = 'QuotaError';
    this.quotaIndex = quotaIndex;
    this.quota = quota;
    this.needed = needed;
    this.available = available;
  }
}

function byId(a: QuizQuestion, b: QuizQuestion): number {
  // Code-unit order, not localeCompare: it must not depend on the device's locale.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Graders draw thousands of papers from one pool array: sort it once. Pools are never mutated.
const canonicalCache = new WeakMap<readonly QuizQuestion[], QuizQuestion[]>();

/** The pool sorted by id with duplicate ids dropped, so input order never matters. */
function canonicalPool(pool: readonly QuizQuestion[]): QuizQuestion[] {
  const cached = canonicalCache.get(pool);
  if (cached) return cached;
  const out = sortedUnique(pool);
  canonicalCache.set(pool, out);
  return out;
}

function sortedUnique(pool: readonly QuizQuestion[]): QuizQuestion[] {
  const sorted = pool.slice().sort(byId);
  const out: QuizQuestion[] = [];
  for (const q of sorted) {
    if (out.length === 0 || out[out.length - 1]!.id !== q.id) out.push(q);
  }
  return out;
}

function quotaCount(quota: Quota): number {
  return Number.isFinite(quota.count) ? Math.max(0, Math.floor(quota.count)) : 0;
}

/**
 * Display order of a question's options. Seeded per question (not from a shared stream), so a
 * question's options keep their order whatever else is on the paper.
 */
function optionOrderFor(q: QuizQuestion, seed: string, shuffleOptions: boolean): number[] {
  if (q.type === '判断') return [0, 1];
  const identity = q.options.map((_, i) => i);
  return shuffleOptions ? shuffle(identity, createRandom(`${seed}|options|${q.id}`)) : identity;
}

/**
 * Draws a paper: quotas are filled in order, each with `count` seeded random picks among the
 * questions that match it and were not drawn by an earlier quota. The paper is then shuffled
 * (unless `shuffleQuestions` is false, which keeps quota order) and each 单选/多选 question gets
 * a seeded option order. Throws QuotaError when a quota cannot be filled; checkQuotas at build
 * time guarantees that never happens for any seed.
 */
export function drawQuestions(pool: readonly QuizQuestion[], quotas: readonly Quota[], seed: string, options?: DrawOptions): PaperItem[] {
  const questions = canonicalPool(pool);
  const drawn = new Uint8Array(questions.length);
  const random = createRandom(`${seed}|draw`);
  const picked: QuizQuestion[] = [];
  const candidates: number[] = [];

  quotas.forEach((quota, quotaIndex) => {
    const count = quotaCount(quota);
    candidates.length = 0;
    for (let i = 0; i < questions.length; i++) {
      if (drawn[i] === 0 && matchesQuota(questions[i]!, quota)) candidates.push(i);
    }
    if (candidates.length < count) throw new QuotaError(quotaIndex, quota, count, candidates.length);
    // Partial Fisher–Yates: only the first `count` slots are settled, O(count) swaps.
    for (let k = 0; k < count; k++) {
      const j = k + Math.floor(random() * (candidates.length - k));
      const chosen = candidates[j]!;
      candidates[j] = candidates[k]!;
      candidates[k] = chosen;
      drawn[chosen] = 1;
      picked.push(questions[chosen]!);
    }
  });

  const ordered = options?.shuffleQuestions === false ? picked : shuffle(picked, createRandom(`${seed}|order`));
  const shuffleOptions = options?.shuffleOptions !== false;
  return ordered.map((q) => ({ id: q.id, optionOrder: optionOrderFor(q, seed, shuffleOptions) }));
}

/**
 * Build-time guarantee that drawQuestions succeeds for EVERY seed. Quota i can lose questions
 * only to earlier quotas j that share a question with it, and quota j takes at most
 * min(count_j, |M_i ∩ M_j|) of them (M = the pool questions a quota matches), never more than
 * |M_i ∩ (M_1 ∪ … ∪ M_{i-1})| in total. So quota i is safe when |M_i| ≥ count_i + that worst case.
 * Returns the first quota that is not safe, as a QuotaError explaining why, or null.
 * (`needed` = count_i + worst case, `available` = |M_i|.)
 */
export function checkQuotas(pool: readonly QuizQuestion[], quotas: readonly Quota[]): QuotaError | null {
  const questions = canonicalPool(pool);
  const matches: boolean[][] = quotas.map((quota) => questions.map((q) => matchesQuota(q, quota)));

  for (let i = 0; i < quotas.length; i++) {
    const quota = quotas[i]!;
    const mi = matches[i]!;
    const count = quota.count;
    if (!Number.isInteger(count) || count < 0) {
      return new QuotaError(i, quota, count, 0, `第 ${i + 1} 个抽题规则（${describeQuota(quota)}）的题数必须是非负整数，现在是 ${count}`);
    }
    const available = mi.reduce((n, m) => n + (m ? 1 : 0), 0);

    let takenBySum = 0;
    let sharedWithAny = 0;
    const overlapping: number[] = [];
    const overlapSizes = new Array<number>(i).fill(0);
    for (let k = 0; k < questions.length; k++) {
      if (!mi[k]) continue;
      let shared = false;
      for (let j = 0; j < i; j++) {
        if (matches[j]![k]) {
          overlapSizes[j]! += 1;
          shared = true;
        }
      }
      if (shared) sharedWithAny++;
    }
    for (let j = 0; j < i; j++) {
      const size = overlapSizes[j]!;
      if (size > 0) {
        overlapping.push(j);
        takenBySum += Math.min(quotaCount(quotas[j]!), size);
      }
    }
    const worstTaken = Math.min(takenBySum, sharedWithAny);
    const needed = count + worstTaken;
    if (available >= needed) continue;

    const head = `第 ${i + 1} 个抽题规则（${describeQuota(quota)}）要 ${count} 题`;
    const message =
      worstTaken === 0
        ? `${head}，题库中符合条件的只有 ${available} 题`
        : `${head}，但与它有重叠的第 ${overlapping.map((j) => j + 1).join('、')} 个规则最多可能先抽走其中 ${worstTaken} 题，` +
          `所以题库中符合条件的题至少要有 ${needed} 题，现在只有 ${available} 题`;
    return new QuotaError(i, quota, needed, available, message);
  }
  return null;
}

/**
 * The whole pool as a paper in seeded order (挑战答题, practice by topic, 错题本: the caller
 * filters the pool first). Input order of `pool` does not matter.
 */
export function drawSequence(pool: readonly QuizQuestion[], seed: string, options?: DrawOptions): PaperItem[] {
  const questions = canonicalPool(pool);
  const ordered = options?.shuffleQuestions === false ? questions : shuffle(questions, createRandom(`${seed}|order`));
  const shuffleOptions = options?.shuffleOptions !== false;
  return ordered.map((q) => ({ id: q.id, optionOrder: optionOrderFor(q, seed, shuffleOptions) }));
}

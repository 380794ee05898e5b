import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../schemas/content.ts';
import { answerQuestion, startAttempt, submitAttempt } from '../quiz/attempt.ts';
import { drawQuestions } from '../quiz/draw.ts';
import { createRandom } from '../quiz/random.ts';
import { scoreAttempt } from '../quiz/scoring.ts';
import type { QuizQuestion } from '../quiz/types.ts';
import { planQuiz, quotasOf, rulesOf } from '../quiz/plan.ts';
import type { QuizDefinition } from '../../schemas/content.ts';
import { SYNTHETIC_QUIZ_INPUT, randomChoice, seedOf, syntheticPool, syntheticQuiz } from '../../../tests/fixtures/results/synthetic.ts';
import { encodeResult } from './codec.ts';
import { extractCodes } from './extract.ts';
import { DEFAULT_REGISTRATION_FIELDS, duplicatePolicyOf } from './fields.ts';
import { formatRejection } from './format.ts';
import { gradeCodes } from './grade.ts';
import type { RegistrationField } from './types.ts';

const QUIZ_ID = 'hecheng-kaoshi';
const pool = syntheticPool(200);
const questions = new Map(pool.map((q) => [q.id, q]));
const T0 = Date.UTC(2026, 5, 1, 1, 0, 0);

interface Taker {
  n: number;
  name?: string;
  unit?: string;
  /** minutes from T0 to the start */
  at?: number;
  /** minutes taken (may be fractional) */
  minutes?: number;
  answers?: (q: QuizQuestion, r: () => number) => number[];
  quizId?: string;
  definitionHash?: string;
  /** Put this many minutes after the start into the code as the submission time, bypassing the engine (an altered code) */
  alteredMinutes?: number;
}

/** What the quiz page does: start, answer each question of the drawn paper, submit; then the code. */
function takeQuiz(quiz: QuizDefinition, t: Taker, fields: readonly RegistrationField[] = DEFAULT_REGISTRATION_FIELDS) {
  const definitionHash = t.definitionHash ?? planQuiz(QUIZ_ID, quiz, pool).definitionHash;
  const seed = seedOf(t.n);
  const startedAt = T0 + (t.at ?? t.n) * 60_000 + 317;
  const timeLimitMs = quiz.timeLimitMinutes ? quiz.timeLimitMinutes * 60_000 : undefined;
  let attempt = startAttempt({
    quizId: `exam:${QUIZ_ID}`,
    mode: 'exam',
    definitionHash,
    seed,
    now: startedAt,
    ...(timeLimitMs ? { timeLimitMs } : {}),
  });
  const paper = drawQuestions(pool, quotasOf(quiz), seed, { shuffleQuestions: quiz.shuffleQuestions });
  const r = createRandom(`answers:${t.n}`);
  for (const item of paper) attempt = answerQuestion(attempt, item.id, (t.answers ?? randomChoice)(questions.get(item.id)!, r), startedAt + 1000);
  const submittedAt = startedAt + Math.round((t.minutes ?? 20) * 60_000);
  attempt = submitAttempt(attempt, submittedAt);
  const code = encodeResult(
    {
      version: 1,
      quizId: t.quizId ?? QUIZ_ID,
      definitionHash,
      registration: { name: t.name ?? `人员${t.n}`, unit: t.unit ?? '办公室' },
      seed,
      answers: paper.map((p) => attempt.answers[p.id] ?? []),
      startedAt,
      submittedAt: t.alteredMinutes === undefined ? attempt.submittedAt! : startedAt + t.alteredMinutes * 60_000,
    },
    { fields, optionCounts: paper.map((p) => questions.get(p.id)!.options.length) },
  );
  const expected = scoreAttempt(attempt, paper, questions, rulesOf(quiz), quiz.passMark, submittedAt);
  return { code, attempt, paper, expected };
}

describe('the synthetic definition', () => {
  it('is what quizSchema makes of its input', () => {
    expect(quizSchema.parse(SYNTHETIC_QUIZ_INPUT)).toEqual(syntheticQuiz());
  });
});

describe('gradeCodes equals the engine', () => {
  const variants: Array<[string, QuizDefinition]> = [
    ['default rules', syntheticQuiz()],
    [
      'partial 多选 credit, uneven points, fixed question order',
      syntheticQuiz({
        multipleChoiceScoring: 'partial',
        partialCredit: 0.4,
        points: { 单选: 1, 多选: 3, 判断: 0.5 },
        shuffleQuestions: false,
        passMark: 40,
      }),
    ],
  ];
  for (const [label, quiz] of variants) {
    it(`scores 150 random attempts exactly as scoreAttempt does (${label})`, () => {
      const takers = Array.from({ length: 150 }, (_, n) => takeQuiz(quiz, { n, minutes: 5 + (n % 50) + 0.37 }));
      const { graded, rejected } = gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes: takers.map((t) => t.code) });
      expect(rejected).toEqual([]);
      expect(graded).toHaveLength(150);
      let passed = 0;
      graded.forEach((g, i) => {
        const { expected, paper, attempt } = takers[i]!;
        expect(g.score).toBe(expected.score);
        expect(g.maxScore).toBe(expected.maxScore);
        expect(g.passed).toBe(expected.passed);
        expect(g.correctCount).toBe(expected.correctCount);
        expect(g.total).toBe(50);
        expect(g.items).toEqual(expected.items.map((item) => ({ id: item.id, correct: item.correct })));
        expect(g.items.map((item) => item.id)).toEqual(paper.map((p) => p.id));
        // The code keeps whole seconds.
        expect(Math.abs(g.timeUsedMs - expected.timeUsedMs)).toBeLessThanOrEqual(1000);
        expect(g.payload.answers).toEqual(paper.map((p) => attempt.answers[p.id] ?? []));
        expect(g.name).toBe(`人员${i}`);
        if (g.passed) passed++;
      });
      // The sample is not degenerate.
      expect(passed).toBeGreaterThan(0);
      expect(passed).toBeLessThan(150);
    });
  }
});

describe('gradeCodes rejects', () => {
  const quiz = syntheticQuiz();
  const good = takeQuiz(quiz, { n: 1, name: '张三' }).code;

  it('malformed codes, checksum failures, other quizzes and other versions, each with its reason', () => {
    const broken = good.slice(0, 30) + (good[30] === 'A' ? 'B' : 'A') + good.slice(31);
    const codes = [
      good,
      'RS1ABC',
      broken,
      takeQuiz(quiz, { n: 2, quizId: 'xianfa-jingsai' }).code,
      takeQuiz(quiz, { n: 3, name: '李四', definitionHash: 'deadbeef' }).code,
    ];
    const { graded, rejected } = gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes });
    expect(graded.map((g) => g.name)).toEqual(['张三']);
    expect(rejected.map((r) => r.reason.kind)).toEqual(['malformed', 'checksum', 'other-quiz', 'other-version']);
    expect(rejected[2]!.reason.message).toBe('不是本次答题（合成测试考试）的凭证码');
    expect(rejected[3]!.reason.message).toBe('题目版本不同：该凭证码对应另一版本的试卷');
    expect(rejected[3]).toMatchObject({ name: '李四', unit: '办公室' });
    expect(formatRejection(rejected[3]!)).toMatch(/^李四（办公室）：RS1.{13}… —— 题目版本不同/);
  });

  it('codes whose times look altered: submitted before the start, or far beyond the time limit', () => {
    const codes = [
      takeQuiz(quiz, { n: 4, alteredMinutes: -3 }).code,
      takeQuiz(quiz, { n: 5, alteredMinutes: 61.9 }).code, // within the 2-minute grace
      takeQuiz(quiz, { n: 6, alteredMinutes: 75 }).code,
    ];
    const { graded, rejected } = gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes });
    expect(rejected.map((r) => [r.reason.kind, r.name])).toEqual([
      ['time', '人员4'],
      ['time', '人员6'],
    ]);
    expect(rejected[0]!.reason.message).toContain('交卷时间早于开始时间');
    expect(rejected[1]!.reason.message).toContain('用时 75 分钟，超过限时 60 分钟');
    // Time used is clamped to the limit, as the engine does.
    expect(graded.map((g) => [g.name, g.timeUsedMs])).toEqual([['人员5', 3_600_000]]);
  });

  it('codes without a required registration value', () => {
    const { rejected } = gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes: [takeQuiz(quiz, { n: 7, name: ' ' }).code] });
    expect(rejected[0]!.reason).toEqual({ kind: 'malformed', message: '缺少必填项“姓名”' });
  });

  it('codes with registration fields of another layout', () => {
    const fields: RegistrationField[] = [...DEFAULT_REGISTRATION_FIELDS, { key: 'phoneTail', label: '手机尾号', required: false }];
    const code = takeQuiz(quiz, { n: 8 }, fields).code;
    expect(gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes: [code] }).rejected[0]!.reason.kind).toBe('malformed');
    expect(gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes: [code], fields }).graded).toHaveLength(1);
  });
});

describe('duplicates', () => {
  const quiz = syntheticQuiz();
  const perfect = (q: QuizQuestion) => q.answer.slice();
  const blank = () => [];
  // 张三 three times (2nd best), 李四 once; the 3rd attempt of 张三 ties with the 2nd but later.
  const zhang1 = takeQuiz(quiz, { n: 10, name: '张三', unit: '办公室', at: 0, answers: blank });
  const li = takeQuiz(quiz, { n: 11, name: '李四', unit: '办公室', at: 5 });
  const zhang2 = takeQuiz(quiz, { n: 12, name: ' 张 三', unit: '办公室', at: 30, answers: perfect });
  const zhang3 = takeQuiz(quiz, { n: 13, name: '张三', unit: '办公室', at: 90, answers: perfect });
  const codes = [zhang2.code, li.code, zhang3.code, zhang1.code];

  it('keep the first submitted attempt of a person under "first"', () => {
    const { graded, rejected } = gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes, duplicates: 'first' });
    expect(graded.map((g) => [g.name, g.score])).toEqual([
      ['李四', li.expected.score],
      ['张三', 0],
    ]);
    expect(rejected.map((r) => [r.reason.kind, r.code])).toEqual([
      ['duplicate', zhang2.code],
      ['duplicate', zhang3.code],
    ]);
    expect(rejected[0]!.reason.message).toContain('按第一次计分');
  });

  it('keep the best score under "best", the earlier one on a tie', () => {
    const { graded, rejected } = gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes, duplicates: 'best' });
    expect(graded.map((g) => [g.name, g.score, g.code])).toEqual([
      ['张 三', 100, zhang2.code],
      ['李四', li.expected.score, li.code],
    ]);
    expect(rejected.map((r) => r.code)).toEqual([zhang3.code, zhang1.code]);
    expect(rejected.every((r) => r.reason.kind === 'duplicate' && r.reason.message.includes('按最高分计分'))).toBe(true);
  });

  it('count only the allowed number of attempts, in order of submission', () => {
    const limited = { ...quiz, attemptsAllowed: 1 };
    const codes2 = [zhang2.code, zhang1.code].map((c) => c);
    // attemptsAllowed is not part of what the codes were made with, so pass the hash they carry.
    const definitionHash = planQuiz(QUIZ_ID, quiz, pool).definitionHash;
    const { graded, rejected } = gradeCodes({ quizId: QUIZ_ID, quiz: limited, pool, codes: codes2, duplicates: 'best', definitionHash });
    expect(graded.map((g) => g.score)).toEqual([0]);
    expect(rejected[0]!.reason.message).toBe('重复：超出每人 1 次的答题次数，不计分');
  });

  it('reject the very same code sent twice, and two versions of one attempt', () => {
    const { graded, rejected } = gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes: [li.code, li.code.toLowerCase()] });
    expect(graded).toHaveLength(1);
    expect(rejected[0]!.reason.message).toBe('重复：与前面的一条凭证码是同一次答题');
    // Same seed (same attempt), another name: still the same attempt.
    const copy = takeQuiz(quiz, { n: 11, name: '李四的同事', unit: '财务科', at: 5 });
    expect(gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes: [li.code, copy.code] }).rejected.map((r) => r.name)).toEqual(['李四的同事']);
  });

  it('follow the definition: first for a competition, best for an exam, or as it says', () => {
    expect(duplicatePolicyOf({ kind: 'competition' })).toBe('first');
    expect(duplicatePolicyOf({ kind: 'exam' })).toBe('best');
    expect(duplicatePolicyOf({ kind: 'competition', duplicates: 'best' })).toBe('best');
  });
});

describe('codes from a pasted chat are graded', () => {
  it('grades the codes found in messy text and rejects the broken one', () => {
    const quiz = syntheticQuiz();
    const a = takeQuiz(quiz, { n: 20, name: '王五' }).code;
    const b = takeQuiz(quiz, { n: 21, name: '赵六' }).code;
    const broken = `${b.slice(0, 50)}${b[50] === 'X' ? 'Y' : 'X'}${b.slice(51)}`;
    const text = `王五 09:12\n成绩凭证码：${a}\n赵六 09:15\n${b.slice(0, 40)}\n${b.slice(40)}👍\n孙七 09:20\n${broken}`;
    const { graded, rejected } = gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes: extractCodes(text) });
    expect(graded.map((g) => g.name)).toEqual(['王五', '赵六']);
    expect(rejected.map((r) => r.reason.kind)).toEqual(['checksum']);
  });
});

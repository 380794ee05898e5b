/**
 * Grading of result codes on the organiser's side, with the quiz engine's own drawing and
 * scoring: the paper is drawn again from each code's seed with drawQuestions, and every question
 * is scored with scoreQuestion and totalled as scoreAttempt does (scorePaper; a test checks that
 * the results equal scoreAttempt's). Calling scoreAttempt itself 100,000 times was the slowest
 * part of grading; scoreQuestion results are the same for every paper, so they are memoised.
 */
import { drawQuestions } from '../quiz/draw.ts';
import { hashString } from '../quiz/random.ts';
import { round2, scoreQuestion } from '../quiz/scoring.ts';
import type { QuestionScore, QuizQuestion, ScoringRules } from '../quiz/types.ts';
import { planQuiz, quotasOf, rulesOf } from '../quiz/plan.ts';
import type { QuizDefinition } from '../../schemas/content.ts';
import { decodeCode, rawRegistrationText, readAnswerCounts, resolveRegistration } from './codec.ts';
import { NAME_KEY, UNIT_KEY, duplicatePolicyOf, registrationFieldsOf, type ResultSettings } from './fields.ts';
import { normalizeName } from './roster.ts';
import type { DuplicatePolicy, GradeOutcome, GradedResult, RegistrationField, RejectReason, RejectedCode } from './types.ts';

/** How much longer than the time limit an attempt may take before its times count as altered (2 minutes). */
export const TIME_GRACE_MS = 2 * 60 * 1000;

/** What gradeCodes needs. */
export interface GradeOptions {
  /** The quiz file name (content/quizzes/<quizId>.yaml) */
  quizId: string;
  /** The validated definition (quizSchema output), possibly with registration/duplicates settings */
  quiz: QuizDefinition & ResultSettings;
  /** The quiz's question pool WITH answers (for a sealed quiz: from the private answer key) */
  pool: readonly QuizQuestion[];
  /** The codes, e.g. from extractCodes */
  codes: readonly string[];
  /** Which attempt of one person counts; default duplicatePolicyOf(quiz) */
  duplicates?: DuplicatePolicy;
  /** Registration fields; default registrationFieldsOf(quiz) */
  fields?: readonly RegistrationField[];
  /**
   * The version hash the codes must carry; default planQuiz's hash of `quiz` and `pool` (what the
   * quiz page shows). Pass it when the pool graded with differs from the one the page hashed.
   */
  definitionHash?: string;
  /** Allowed excess over the time limit; default TIME_GRACE_MS */
  graceMs?: number;
}

type Outcome = { graded: GradedResult } | { rejected: RejectedCode };

/** A shared { id, correct } item of GradedResult.items. */
type Item = { id: string; correct: boolean };

/**
 * One pool question with the engine's scoreQuestion remembered per answer: 100,000 papers hold
 * only a few thousand distinct (question, answer) pairs. Answers are the shared arrays
 * readAnswerCounts returns, so the array itself is the key.
 */
export class ScoredQuestion {
  readonly question: QuizQuestion;
  private readonly rules: ScoringRules;
  private readonly scores = new Map<readonly number[], QuestionScore>();
  /** Shared, frozen items: 100,000 results × 50 items would otherwise be 5 million objects */
  private readonly items: readonly [Item, Item];

  constructor(question: QuizQuestion, rules: ScoringRules) {
    this.question = question;
    this.rules = rules;
    this.items = [Object.freeze({ id: question.id, correct: false }), Object.freeze({ id: question.id, correct: true })];
  }

  /** scoreQuestion(question, chosen, rules), computed once per answer array. */
  score(chosen: readonly number[]): QuestionScore {
    let result = this.scores.get(chosen);
    if (!result) {
      result = scoreQuestion(this.question, chosen, this.rules);
      this.scores.set(chosen, result);
    }
    return result;
  }

  /** The shared, frozen item for GradedResult.items. */
  item(correct: boolean): Item {
    return this.items[correct ? 1 : 0];
  }
}

/**
 * Totals of a paper exactly as the engine's scoreAttempt makes them (a test compares the two on
 * random attempts): per-question scores by scoreQuestion, summed in paper order and rounded to 2
 * decimals, passed when the total reaches passMark, time used clamped to [0, timeLimitMs].
 * `questions[i]` is the paper's i-th question, undefined when it is missing from the pool
 * (left out, as scoreAttempt does).
 */
export function scorePaper(
  questions: readonly (ScoredQuestion | undefined)[],
  answers: readonly (readonly number[])[],
  passMark: number,
  elapsedMs: number,
  timeLimitMs: number | undefined,
): Pick<GradedResult, 'score' | 'maxScore' | 'passed' | 'correctCount' | 'total' | 'timeUsedMs' | 'items'> {
  let score = 0;
  let maxScore = 0;
  let correctCount = 0;
  const items: Item[] = [];
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    if (!q) continue;
    const result = q.score(answers[i] ?? []);
    score += result.points;
    maxScore += result.maxPoints;
    if (result.correct) correctCount++;
    items.push(q.item(result.correct));
  }
  let timeUsedMs = Math.max(0, elapsedMs);
  if (timeLimitMs !== undefined) timeUsedMs = Math.min(timeUsedMs, timeLimitMs);
  const total = round2(score);
  return { score: total, maxScore: round2(maxScore), passed: total >= passMark, correctCount, total: items.length, timeUsedMs, items };
}

function minutes(ms: number): string {
  const m = ms / 60000;
  return Number.isInteger(m) ? `${m}` : m.toFixed(1);
}

/**
 * Grades every code: rejects malformed codes, checksum failures, codes of another quiz or
 * another definition version, codes whose times look altered, and duplicates (same normalised
 * 姓名 + 单位: the first or the best attempt counts, as the policy says; with `attemptsAllowed`,
 * codes beyond that number, in order of submission, never count). The rest are scored on the
 * paper the engine's drawQuestions draws from the code's seed, with the engine's scoreQuestion
 * totalled as scoreAttempt totals it (see scorePaper; memoised, which makes 100,000 codes fast).
 * Both lists keep the order of `codes`. Throws only when the definition cannot be drawn from the pool.
 */
export function gradeCodes(options: GradeOptions): GradeOutcome {
  const { quizId, quiz, pool } = options;
  const fields = options.fields ?? registrationFieldsOf(quiz);
  const policy = options.duplicates ?? duplicatePolicyOf(quiz);
  const graceMs = options.graceMs ?? TIME_GRACE_MS;
  const definitionHash = (options.definitionHash ?? planQuiz(quizId, quiz, pool).definitionHash).toLowerCase();
  const quizIdHash = hashString(quizId);
  const quotas = quotasOf(quiz);
  const rules = rulesOf(quiz);
  const timeLimitMs = quiz.timeLimitMinutes !== undefined ? quiz.timeLimitMinutes * 60000 : undefined;
  const scored = new Map<string, ScoredQuestion>();
  for (const q of pool) if (!scored.has(q.id)) scored.set(q.id, new ScoredQuestion(q, rules));
  // Sorted by id and unique, as drawQuestions would make it: its own sort is then a single pass.
  const sortedPool = [...scored.values()].map((s) => s.question).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const drawOptions = { shuffleQuestions: quiz.shuffleQuestions, shuffleOptions: false };
  const nameIndex = fields.findIndex((f) => f.key === NAME_KEY);
  const unitIndex = fields.findIndex((f) => f.key === UNIT_KEY);

  const seenSeeds = new Set<string>();

  const gradeOne = (text: string): Outcome => {
    const decoded = decodeCode(text);
    if (!decoded.ok) return { rejected: { code: text, reason: decoded.reason } };
    const { code, header, answerBits } = decoded.value;
    const who: { name?: string; unit?: string } = {};
    if (nameIndex >= 0) who.name = rawRegistrationText(header.registration[nameIndex], fields[nameIndex]);
    if (unitIndex >= 0) who.unit = rawRegistrationText(header.registration[unitIndex], fields[unitIndex]);
    const reject = (reason: RejectReason): Outcome => ({ rejected: { code, reason, ...who } });

    if (header.quizIdHash !== quizIdHash) return reject({ kind: 'other-quiz', message: `不是本次答题（${quiz.title}）的凭证码` });
    if (header.definitionHash !== definitionHash) {
      return reject({ kind: 'other-version', message: '题目版本不同：该凭证码对应另一版本的试卷' });
    }
    // The seed identifies the attempt: the same code twice, or two versions of one attempt.
    if (seenSeeds.has(header.seed)) return reject({ kind: 'duplicate', message: '重复：与前面的一条凭证码是同一次答题' });
    seenSeeds.add(header.seed);
    const registration = resolveRegistration(header.registration, fields);
    if (!registration) return reject({ kind: 'malformed', message: '凭证码的报名信息与本次答题的填写项不符' });
    for (const field of fields) {
      if (field.required && (registration[field.key] ?? '').trim() === '') {
        return reject({ kind: 'malformed', message: `缺少必填项“${field.label}”` });
      }
    }

    let questions: ScoredQuestion[];
    let answers: number[][];
    try {
      const paper = drawQuestions(sortedPool, quotas, header.seed, drawOptions);
      questions = new Array<ScoredQuestion>(paper.length);
      const counts = new Array<number>(paper.length);
      for (let i = 0; i < paper.length; i++) {
        const q = scored.get(paper[i]!.id)!;
        questions[i] = q;
        counts[i] = q.question.options.length;
      }
      answers = readAnswerCounts(answerBits, counts);
    } catch {
      return reject({ kind: 'malformed', message: '凭证码的答案与试卷题目不符' });
    }

    const { startedAt, submittedAt } = header;
    if (submittedAt < startedAt) return reject({ kind: 'time', message: '交卷时间早于开始时间，答题时间可能被改动过' });
    if (timeLimitMs !== undefined && submittedAt - startedAt > timeLimitMs + graceMs) {
      return reject({
        kind: 'time',
        message: `用时 ${minutes(submittedAt - startedAt)} 分钟，超过限时 ${minutes(timeLimitMs)} 分钟，答题时间可能被改动过`,
      });
    }

    const result = scorePaper(questions, answers, quiz.passMark, submittedAt - startedAt, timeLimitMs);
    return {
      graded: {
        code,
        payload: {
          version: 1,
          quizId,
          definitionHash: header.definitionHash,
          registration,
          seed: header.seed,
          answers,
          startedAt,
          submittedAt,
        },
        name: (registration[NAME_KEY] ?? '').trim(),
        unit: (registration[UNIT_KEY] ?? '').trim(),
        score: result.score,
        maxScore: result.maxScore,
        passed: result.passed,
        correctCount: result.correctCount,
        total: result.total,
        timeUsedMs: result.timeUsedMs,
        items: result.items,
      },
    };
  };

  const outcomes: Outcome[] = options.codes.map(gradeOne);

  // Duplicates: one person = same normalised name + unit.
  const groups = new Map<string, number[]>();
  outcomes.forEach((o, i) => {
    if (!('graded' in o)) return;
    const key = `${normalizeName(o.graded.name)}\u0000${normalizeName(o.graded.unit)}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const limit = quiz.attemptsAllowed;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const result = (i: number) => (outcomes[i] as { graded: GradedResult }).graded;
    const bySubmission = group.slice().sort((a, b) => result(a).payload.submittedAt - result(b).payload.submittedAt || a - b);
    const allowed = limit !== undefined ? bySubmission.slice(0, limit) : bySubmission;
    const excess = limit !== undefined ? bySubmission.slice(limit) : [];
    let kept = allowed[0]!;
    if (policy === 'best') {
      for (const i of allowed) if (result(i).score > result(kept).score) kept = i;
    }
    const keptResult = result(kept);
    const reject = (i: number, message: string) => {
      const g = result(i);
      outcomes[i] = { rejected: { code: g.code, reason: { kind: 'duplicate', message }, name: g.name, unit: g.unit } };
    };
    for (const i of allowed) {
      if (i === kept) continue;
      reject(
        i,
        policy === 'first'
          ? `重复：同一人有多次答题，按第一次计分（那次 ${keptResult.score} 分）`
          : `重复：同一人有多次答题，按最高分计分（那次 ${keptResult.score} 分）`,
      );
    }
    for (const i of excess) reject(i, `重复：超出每人 ${limit} 次的答题次数，不计分`);
  }

  const graded: GradedResult[] = [];
  const rejected: RejectedCode[] = [];
  for (const o of outcomes) {
    if ('graded' in o) graded.push(o.graded);
    else rejected.push(o.rejected);
  }
  return { graded, rejected, definitionHash };
}

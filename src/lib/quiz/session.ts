/**
 * A quiz session: what a quiz page does with the engine, as pure functions on plain data — which
 * questions a mode draws from, when an attempt starts, whether a stored attempt may be resumed,
 * and what a finished attempt records. The island (components/quiz/QuizApp.tsx) reads storage,
 * calls these with `now` and a seed, and writes back what they return; it decides nothing itself.
 *
 * Read → transition → score once → record: a finished attempt is scored by `finishAttempt`, whose
 * result is both shown and recorded, so the result card and the history never disagree.
 */
import { dailySeed, challengeProgress, expire, startAttempt } from './attempt.ts';
import { drawQuestions, drawSequence, matchesQuota } from './draw.ts';
import { recordAnswers, recordAttempt, mistakeIds } from './records.ts';
import { citesArticle } from './article.ts';
import { DEFAULT_RULES, scoreAttempt } from './scoring.ts';
import type { Attempt, AttemptResult, History, HistoryEntry, MistakeBook, PaperItem, QuizMode, QuizQuestion, Quota, ScoringRules } from './types.ts';
import type { RegistrationField, ResultPayload } from '../results/types.ts';

interface SessionBase {
  /** Storage key of the attempt, unique per quiz (practice topics and embedded quizzes have their own) */
  quizId: string;
  title: string;
  /** Hash of the definition and its question pool; a stored attempt with another hash is discarded */
  definitionHash: string;
}

/** 模拟考试、学法考试、知识竞赛: a definition file's quotas, rules and limits. */
export interface ExamSession extends SessionBase {
  mode: 'exam';
  quotas: Quota[];
  timeLimitMinutes?: number;
  rules?: ScoringRules;
  passMark?: number;
  shuffleQuestions?: boolean;
  /** ISO date-times */
  opens?: string;
  closes?: string;
  attemptsAllowed?: number;
  /** Quizzes that issue result codes: what participants fill in before starting */
  registration?: RegistrationField[];
  /** The quiz file name carried by the result code */
  fileId?: string;
  /** Sealed quiz: answers are not on the page; participants see 已提交 and their code */
  sealed?: boolean;
  /** Whether the score is shown at once (non-sealed) */
  showScore?: boolean;
}

/** 专项练习 by topic or by article, or a short practice over given question ids (embedded quizzes). */
export interface PracticeSession extends SessionBase {
  mode: 'practice';
  topic?: string;
  /** The questions citing one article: `laodong-hetong-fa/art-47` (lib/quiz/article.ts) */
  article?: string;
  ids?: string[];
  /** Most questions per round */
  count?: number;
}

/** 每日一练: the same paper for everyone on a China calendar day. */
export interface DailySession extends SessionBase {
  mode: 'daily';
  quotas?: Quota[];
}

/** 挑战答题: until the first wrong answer. */
export interface ChallengeSession extends SessionBase {
  mode: 'challenge';
}

/** 错题本练习 */
export interface MistakesSession extends SessionBase {
  mode: 'mistakes';
  count?: number;
}

export type QuizSession = ExamSession | PracticeSession | DailySession | ChallengeSession | MistakesSession;

/** How many questions 每日一练 draws when its page gives no quota. */
export const DAILY_COUNT = 5;
/** How many questions a practice round has when its page gives no count. */
export const PRACTICE_COUNT = 10;

/** Immediate feedback after each question (all modes but exams). */
export function givesFeedback(session: QuizSession): boolean {
  return session.mode !== 'exam';
}

/** The rules a session scores with. */
export function rulesOf(session: QuizSession): ScoringRules {
  return (session.mode === 'exam' && session.rules) || DEFAULT_RULES;
}

/** A practice page that reads ?topic= (or ?article=) needs one before it can start. */
export function needsTopic(session: QuizSession): boolean {
  return session.mode === 'practice' && !session.topic && !session.ids && !session.article;
}

/** The questions a paper is drawn from, for this session. */
export function poolFor(session: QuizSession, questions: readonly QuizQuestion[], mistakes: MistakeBook): QuizQuestion[] {
  switch (session.mode) {
    case 'exam':
      return questions.filter((q) => session.quotas.some((quota) => matchesQuota(q, quota)));
    case 'practice':
      if (session.ids) return questions.filter((q) => session.ids!.includes(q.id));
      if (session.article) return questions.filter((q) => citesArticle(q, session.article!));
      return questions.filter((q) => q.topic === session.topic);
    case 'mistakes': {
      const ids = new Set(mistakeIds(mistakes));
      return questions.filter((q) => ids.has(q.id));
    }
    default:
      return [...questions];
  }
}

/** The paper of an attempt: drawn again from its seed, so a reload shows the same questions. */
export function paperFor(session: QuizSession, pool: readonly QuizQuestion[], seed: string): PaperItem[] {
  if (!pool.length) return [];
  switch (session.mode) {
    case 'exam':
      return drawQuestions(pool, session.quotas, seed, { shuffleQuestions: session.shuffleQuestions ?? true });
    case 'daily':
      return drawQuestions(pool, session.quotas ?? [{ count: DAILY_COUNT }], seed);
    case 'challenge':
      return drawSequence(pool, seed);
    default:
      return drawSequence(pool, seed).slice(0, session.count ?? PRACTICE_COUNT);
  }
}

/** Whether an attempt begins as soon as the page has its questions (exams wait for 开始答题). */
export function startsAtOnce(session: QuizSession): boolean {
  return session.mode !== 'exam' && !needsTopic(session);
}

/** A new attempt; `randomSeed` is used by every mode but 每日一练, whose seed is the China date. */
export function beginAttempt(session: QuizSession, now: number, randomSeed: string): Attempt {
  return startAttempt({
    quizId: session.quizId,
    mode: session.mode,
    definitionHash: session.definitionHash,
    seed: session.mode === 'daily' ? dailySeed(now) : randomSeed,
    now,
    timeLimitMs: session.mode === 'exam' && session.timeLimitMinutes ? session.timeLimitMinutes * 60_000 : undefined,
  });
}

/**
 * What to do with the attempt found in storage (already validated by parseAttempt): resume it
 * (expired at `now` if its time ran out), or discard it — another version of the quiz, another
 * quiz, or yesterday's 每日一练.
 */
export function resumeAttempt(session: QuizSession, stored: Attempt | null, now: number): { attempt: Attempt | null; discard: boolean } {
  if (!stored) return { attempt: null, discard: false };
  const usable =
    stored.definitionHash === session.definitionHash &&
    stored.quizId === session.quizId &&
    (session.mode !== 'daily' || stored.seed === dailySeed(now));
  return usable ? { attempt: expire(stored, now), discard: false } : { attempt: null, discard: true };
}

/** Attempts of this quiz already finished on this device. */
export function attemptsUsed(session: QuizSession, history: History): number {
  return history.attempts.filter((a) => a.quizId === session.quizId).length;
}

/** Why an exam cannot be started now, if it cannot. */
export function availability(
  session: QuizSession,
  history: History,
  now: number,
): { notOpen: boolean; closed: boolean; exhausted: boolean; used: number } {
  const used = attemptsUsed(session, history);
  if (session.mode !== 'exam') return { notOpen: false, closed: false, exhausted: false, used };
  return {
    notOpen: session.opens !== undefined && now < Date.parse(session.opens),
    closed: session.closes !== undefined && now > Date.parse(session.closes),
    exhausted: session.attemptsAllowed !== undefined && used >= session.attemptsAllowed,
    used,
  };
}

/** Whether a finished attempt may be followed by another one (再考一次 / 再练一组). */
export function canRestart(session: QuizSession, history: History): boolean {
  if (session.mode === 'daily') return false;
  return !(session.mode === 'exam' && session.attemptsAllowed !== undefined && attemptsUsed(session, history) >= session.attemptsAllowed);
}

/** The questions a result covers: 挑战答题 counts only the questions actually answered. */
export function scoredPaper(attempt: Attempt, paper: readonly PaperItem[]): PaperItem[] {
  if (attempt.mode !== 'challenge') return [...paper];
  return paper.filter((p) => attempt.checked.includes(p.id));
}

/** The title a result and its history entry carry. */
export function resultTitle(session: QuizSession): string {
  if (session.mode === 'practice' && session.topic && !session.ids) return `专项练习：${session.topic}`;
  return session.title;
}

/** Whether a session issues a result code (知识竞赛, 学法考试 with registration). */
export function issuesCode(session: QuizSession): session is ExamSession & { registration: RegistrationField[]; fileId: string } {
  return session.mode === 'exam' && !!session.registration && !!session.fileId;
}

/** Whether the participant sees a score at once (not for sealed quizzes or showScore: false). */
export function showsScore(session: QuizSession): boolean {
  return !(session.mode === 'exam' && (session.sealed || session.showScore === false));
}

/** The result code's content for a finished attempt; undefined when the session issues none. */
export function codePayload(
  session: QuizSession,
  attempt: Attempt,
  paper: readonly PaperItem[],
  registration: Record<string, string>,
): ResultPayload | undefined {
  if (!issuesCode(session) || attempt.submittedAt === undefined) return undefined;
  return {
    version: 1,
    quizId: session.fileId,
    definitionHash: session.definitionHash,
    registration: Object.fromEntries(
      Object.entries(registration)
        .map(([k, v]) => [k, v.trim()])
        .filter(([, v]) => v),
    ),
    seed: attempt.seed,
    answers: paper.map((p) => attempt.answers[p.id] ?? []),
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
  };
}

/** A finished attempt, scored once, with what it adds to the 错题本 and the history. */
export interface FinishedAttempt {
  /** The questions the result covers */
  paper: PaperItem[];
  result: AttemptResult;
  /** 挑战答题: the streak of this attempt */
  streak?: number;
  /** The history entry of this attempt */
  entry: HistoryEntry;
  /** Whether the history already holds this attempt (a reload of the result page) */
  alreadyRecorded: boolean;
  history: History;
  mistakes: MistakeBook;
}

/**
 * Scores a submitted attempt and returns the 错题本 and history with it recorded (once: a reload
 * of a result leaves them unchanged). Sealed quizzes record no score and teach the 错题本 nothing,
 * since their answers are not on the page.
 */
export function finishAttempt(
  session: QuizSession,
  attempt: Attempt,
  paper: readonly PaperItem[],
  questions: ReadonlyMap<string, QuizQuestion>,
  records: { history: History; mistakes: MistakeBook },
  code?: string,
): FinishedAttempt {
  const submittedAt = attempt.submittedAt;
  if (submittedAt === undefined) throw new Error('finishAttempt needs a submitted attempt');
  const scored = scoredPaper(attempt, paper);
  const passMark = session.mode === 'exam' && session.passMark !== undefined ? session.passMark : Number.POSITIVE_INFINITY;
  const result = scoreAttempt(attempt, scored, questions, rulesOf(session), passMark, submittedAt);
  const streak = session.mode === 'challenge' ? challengeProgress(attempt, paper, questions).streak : undefined;
  const sealed = session.mode === 'exam' && !!session.sealed;
  const entry: HistoryEntry = {
    quizId: session.quizId,
    mode: session.mode as QuizMode,
    title: resultTitle(session),
    score: result.score,
    maxScore: result.maxScore,
    passed: session.mode === 'exam' && session.passMark !== undefined ? result.passed : result.correctCount === result.total,
    correctCount: result.correctCount,
    total: result.total,
    startedAt: attempt.startedAt,
    submittedAt,
    ...(sealed ? { score: 0, maxScore: 0, passed: false, correctCount: 0, graded: false } : {}),
    ...(code ? { code } : {}),
  };
  const alreadyRecorded = records.history.attempts.some((a) => a.quizId === session.quizId && a.startedAt === attempt.startedAt);
  if (alreadyRecorded) return { paper: scored, result, streak, entry, alreadyRecorded, history: records.history, mistakes: records.mistakes };
  const answered = result.items.filter((i) => i.chosen.length > 0);
  const mistakes = sealed ? records.mistakes : recordAnswers(records.mistakes, answered, submittedAt);
  const history = recordAttempt(
    records.history,
    entry,
    answered.map((i) => i.id),
    streak,
  );
  return { paper: scored, result, streak, entry, alreadyRecorded, history, mistakes };
}

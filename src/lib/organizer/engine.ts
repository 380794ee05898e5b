/**
 * Everything the organiser page computes: finding codes, checking the answer key or pool,
 * grading with the results library, the report and the CSV exports. It runs in a Web Worker
 * (engine.worker.ts), which keeps grading of many codes off the page's main thread and keeps
 * the grader out of the JavaScript shared with the participants' quiz page (the quiz page and
 * this page use some of the same modules; bundled together, the quiz page would load the
 * decoder and grader too). The page sees only plain, small results (GradeView).
 */
import { reviveQuiz, type OrganizerQuiz } from './types.ts';
import type { QuizQuestion } from '../quiz/types.ts';
import {
  NAME_KEY,
  REJECT_KIND_LABELS,
  UNIT_KEY,
  buildReport,
  decodeCode,
  extractCodes,
  formatBeijingTime,
  formatRejection,
  gradeCodes,
  parseRoster,
  rawRegistrationText,
  registrationFieldsOf,
  rejectedCsv,
  reportCsv,
  resultsCsv,
} from '../results/index.ts';
import type { GradeOutcome, RegistrationField, Report } from '../results/index.ts';
import { checkAnswerKey, checkPublicPool } from './answer-key.ts';

/** Lists sent to the page are cut at this length (the CSV exports have everything). */
export const VIEW_LIMIT = 500;

/** One graded result as the page lists it. */
export interface ResultRow {
  code: string;
  name: string;
  unit: string;
  score: number;
  passed: boolean;
  correctCount: number;
  total: number;
  timeUsedMs: number;
}

/** What the page shows after grading. */
export interface GradeView {
  /** Codes graded (graded + rejected) */
  collected: number;
  gradedCount: number;
  rejectedCount: number;
  report: Report;
  /** The first VIEW_LIMIT rejected codes: the kind's label and one line (formatRejection) */
  rejected: Array<{ label: string; line: string }>;
  /** The first VIEW_LIMIT results, in the order the codes came */
  results: ResultRow[];
  /** When the report was made, Beijing time YYYY-MM-DD HH:mm */
  madeAt: string;
}

export type PoolResult = { ok: true; count: number } | { ok: false; message: string };
export type CsvKind = 'results' | 'report' | 'rejected';

/** 姓名，单位 written in a code (by the quiz's fields), or '' when the code cannot be read. */
export function whoOf(code: string, fields: readonly RegistrationField[]): string {
  const decoded = decodeCode(code);
  if (!decoded.ok) return '';
  const at = (key: string) => {
    const i = fields.findIndex((f) => f.key === key);
    return i >= 0 ? rawRegistrationText(decoded.value.header.registration[i], fields[i]).trim() : '';
  };
  const name = at(NAME_KEY);
  const unit = at(UNIT_KEY);
  return name ? `${name}${unit ? `，${unit}` : ''}` : '';
}

const fieldsOf = (quiz: OrganizerQuiz | undefined) => registrationFieldsOf(quiz ? reviveQuiz(quiz.quiz) : {});
const poolKey = (quiz: OrganizerQuiz) => `${quiz.id}\u0000${quiz.definitionHash}`;

/** The organiser's computations, holding the loaded pools and the last grading (for the exports). */
export class Engine {
  private pools = new Map<string, QuizQuestion[]>();
  private last: { quiz: OrganizerQuiz; outcome: GradeOutcome; report: Report } | undefined;

  /** The codes in a text (chat, file, scanned QR), and who sent the first one. */
  extract(text: string, quiz?: OrganizerQuiz): { codes: string[]; who: string } {
    const codes = extractCodes(text);
    return { codes, who: codes[0] ? whoOf(codes[0], fieldsOf(quiz)) : '' };
  }

  /** Checks and keeps the answer key of a sealed quiz. */
  loadKey(quiz: OrganizerQuiz, text: string): PoolResult {
    const check = checkAnswerKey(text, quiz);
    if (!check.ok) return check;
    this.pools.set(poolKey(quiz), check.questions);
    return { ok: true, count: check.questions.length };
  }

  /** Checks and keeps the public pool of an open quiz. */
  loadPool(quiz: OrganizerQuiz, data: unknown): PoolResult {
    const check = checkPublicPool(data, quiz);
    if (!check.ok) return check;
    this.pools.set(poolKey(quiz), check.questions);
    return { ok: true, count: check.questions.length };
  }

  /** People and units of a roster text. */
  roster(text: string): { count: number; units: number } {
    const entries = parseRoster(text);
    return { count: entries.length, units: new Set(entries.map((e) => e.unit)).size };
  }

  /** Grades the codes with the quiz's loaded pool (the engine's own scoring) and makes the report. */
  grade(quiz: OrganizerQuiz, codes: readonly string[], rosterText: string | undefined, topN: number, now = Date.now()): GradeView {
    const pool = this.pools.get(poolKey(quiz));
    if (!pool) throw new Error('题库或答案文件尚未载入');
    const definition = reviveQuiz(quiz.quiz);
    const outcome = gradeCodes({ quizId: quiz.id, quiz: definition, pool, codes, definitionHash: quiz.definitionHash });
    const report = buildReport(outcome.graded, {
      roster: rosterText ? parseRoster(rosterText) : undefined,
      passMark: definition.passMark,
      maxScore: outcome.graded[0]?.maxScore ?? 0,
      topN,
      questions: pool,
    });
    this.last = { quiz, outcome, report };
    return {
      collected: codes.length,
      gradedCount: outcome.graded.length,
      rejectedCount: outcome.rejected.length,
      report,
      rejected: outcome.rejected.slice(0, VIEW_LIMIT).map((r) => ({ label: REJECT_KIND_LABELS[r.reason.kind], line: formatRejection(r) })),
      results: outcome.graded.slice(0, VIEW_LIMIT).map((g) => ({
        code: g.code,
        name: g.name,
        unit: g.unit,
        score: g.score,
        passed: g.passed,
        correctCount: g.correctCount,
        total: g.total,
        timeUsedMs: g.timeUsedMs,
      })),
      madeAt: formatBeijingTime(now).slice(0, 16),
    };
  }

  /** The whole outcome and report of the last grading (the command line's summary). */
  lastGrading(): { outcome: GradeOutcome; report: Report } {
    if (!this.last) throw new Error('还没有评分结果');
    return { outcome: this.last.outcome, report: this.last.report };
  }

  /** A CSV export (UTF-8 with BOM) of the last grading. */
  csv(kind: CsvKind): string {
    if (!this.last) throw new Error('还没有评分结果');
    const { quiz, outcome, report } = this.last;
    if (kind === 'results') return resultsCsv(outcome.graded, fieldsOf(quiz));
    if (kind === 'report') return reportCsv(report, quiz.title);
    return rejectedCsv(outcome.rejected);
  }

  /** Drops loaded answer keys, pools and results (清除数据). */
  forget(): true {
    this.pools.clear();
    this.last = undefined;
    return true;
  }
}

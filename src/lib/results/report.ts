/** The organiser's report over graded results: participation, pass rates, distribution, ranking. */
import type { QuizQuestion } from '../quiz/types.ts';
import { matchRoster, normalizeName } from './roster.ts';
import type { GradedResult, RosterEntry } from './types.ts';

/** Options of buildReport. */
export interface ReportOptions {
  /** Who is expected to take part; participation is reported only with a roster */
  roster?: readonly RosterEntry[];
  /** Score needed to pass (the definition's passMark) */
  passMark: number;
  /** Full marks of the paper (for the header; the histogram uses each result's own maxScore) */
  maxScore: number;
  /** How many to rank (default 10) */
  topN?: number;
  /** The questions by id, for the stems of the per-question table */
  questions: ReadonlyMap<string, QuizQuestion> | readonly QuizQuestion[];
}

/** Counts and rates of a group of results (a unit, or everyone). */
export interface GroupStats {
  /** The unit's name (as on the roster when there is one), or 全部 */
  unit: string;
  /** Results counted */
  participants: number;
  passed: number;
  /** passed / participants (0..1), 0 when nobody took part */
  passRate: number;
  /** Mean score, rounded to 2 decimals (0 when nobody took part) */
  meanScore: number;
  /** With a roster: people of the unit on the roster */
  expected?: number;
  /** With a roster: of those, how many took part */
  participated?: number;
  /** With a roster: participated / expected (0..1) */
  participationRate?: number;
}

/** One bin of the score histogram: percentages in [from, to) (the last bin includes 100). */
export interface HistogramBin {
  /** 0–9, 10–19 … 90–100 */
  label: string;
  from: number;
  to: number;
  count: number;
}

/** A ranked result. */
export interface RankedResult {
  rank: number;
  name: string;
  unit: string;
  score: number;
  timeUsedMs: number;
  submittedAt: number;
}

/** How often a question was answered correctly. */
export interface QuestionStats {
  id: string;
  /** The first 30 characters of the stem */
  stem: string;
  /** Papers the question was on */
  shown: number;
  correct: number;
  /** correct / shown (0..1) */
  rate: number;
}

/** What buildReport returns. */
export interface Report {
  participants: number;
  passMark: number;
  maxScore: number;
  /** Everyone */
  overall: GroupStats;
  /** Per unit: roster units first (roster order), then other units by number of participants */
  units: GroupStats[];
  meanScore: number;
  /** Scores as a percentage of each result's maxScore, in 10-point bins */
  histogram: HistogramBin[];
  /** By score, then shorter time, then earlier submission */
  top: RankedResult[];
  /** Per question, lowest correct rate first */
  questions: QuestionStats[];
  /** With a roster: everyone on it without a result, in roster order */
  missing?: RosterEntry[];
  /** With a roster: results that match nobody on it */
  notOnRoster?: Array<{ name: string; unit: string }>;
}

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/** Counts in 10-point bins of the percentage score (0–9 … 90–100). */
export function histogram(graded: readonly GradedResult[]): HistogramBin[] {
  const bins: HistogramBin[] = Array.from({ length: 10 }, (_, i) => ({
    label: i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`,
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 10,
    count: 0,
  }));
  for (const g of graded) {
    const pct = g.maxScore > 0 ? (g.score / g.maxScore) * 100 : 0;
    // The epsilon keeps 70% (e.g. 0.7 × 100 = 70.00000000000001 or 69.99999999999999) in the 70 bin.
    const index = Math.min(9, Math.max(0, Math.floor(pct / 10 + 1e-9)));
    bins[index]!.count++;
  }
  return bins;
}

/** Ranking order: higher score, then less time used, then earlier submission. */
export function compareRanking(a: GradedResult, b: GradedResult): number {
  return b.score - a.score || a.timeUsedMs - b.timeUsedMs || a.payload.submittedAt - b.payload.submittedAt;
}

/** The first n results in ranking order, without sorting everything (n is small, results many). */
function topResults(graded: readonly GradedResult[], n: number): GradedResult[] {
  const count = Math.max(0, Math.floor(n));
  if (count === 0) return [];
  if (count * 8 >= graded.length) return graded.slice().sort(compareRanking).slice(0, count);
  const best: GradedResult[] = [];
  for (const g of graded) {
    if (best.length === count && compareRanking(g, best[count - 1]!) >= 0) continue;
    // Insert after every result that ranks before or equal to g (keeps input order on full ties, like a stable sort).
    let i = best.length;
    while (i > 0 && compareRanking(g, best[i - 1]!) < 0) i--;
    best.splice(i, 0, g);
    if (best.length > count) best.pop();
  }
  return best;
}

function stats(unit: string, results: readonly GradedResult[], passed: number, total: number): GroupStats {
  return {
    unit,
    participants: results.length,
    passed,
    passRate: results.length > 0 ? passed / results.length : 0,
    meanScore: results.length > 0 ? round2(total / results.length) : 0,
  };
}

/**
 * The report: participants, per-unit and overall pass rates (and participation with a roster,
 * matched tolerantly, see matchRoster), mean score, histogram, the top N and each question's
 * correct rate. With a roster, a result counts towards the roster unit it was matched to.
 */
export function buildReport(graded: readonly GradedResult[], options: ReportOptions): Report {
  const topN = options.topN ?? 10;
  const questionMap =
    options.questions instanceof Map
      ? (options.questions as ReadonlyMap<string, QuizQuestion>)
      : new Map((options.questions as readonly QuizQuestion[]).map((q) => [q.id, q]));
  const match = options.roster ? matchRoster(options.roster, graded) : undefined;

  // Group by unit: the matched roster unit, else the typed unit (normalised for grouping).
  const groups = new Map<string, { unit: string; results: GradedResult[]; passed: number; total: number }>();
  if (match) {
    for (const u of match.units) groups.set(normalizeName(u.unit), { unit: u.unit, results: [], passed: 0, total: 0 });
  }
  let passed = 0;
  let total = 0;
  graded.forEach((g, i) => {
    const unit = match?.entryOf.get(i)?.unit ?? g.unit;
    const key = normalizeName(unit);
    let group = groups.get(key);
    if (!group) {
      group = { unit: unit === '' ? '（未填单位）' : unit, results: [], passed: 0, total: 0 };
      groups.set(key, group);
    }
    group.results.push(g);
    group.total += g.score;
    total += g.score;
    if (g.passed) {
      group.passed++;
      passed++;
    }
  });

  const rosterUnits = new Map(match?.units.map((u) => [normalizeName(u.unit), u]));
  const units: GroupStats[] = [];
  for (const [key, group] of groups) {
    const s = stats(group.unit, group.results, group.passed, group.total);
    const ru = rosterUnits.get(key);
    if (match) {
      s.expected = ru?.expected ?? 0;
      s.participated = ru?.participated ?? 0;
      s.participationRate = ru?.rate ?? 0;
    }
    units.push(s);
  }
  // Roster units keep roster order (they were inserted first); the others follow by size.
  const rosterCount = match?.units.length ?? 0;
  const others = units.splice(rosterCount).sort((a, b) => b.participants - a.participants || (a.unit < b.unit ? -1 : 1));
  units.push(...others);

  const overall = stats('全部', graded, passed, total);
  if (match) {
    overall.expected = match.expected;
    overall.participated = match.participated;
    overall.participationRate = match.rate;
  }

  const top: RankedResult[] = topResults(graded, topN).map((g, i) => ({
    rank: i + 1,
    name: g.name,
    unit: g.unit,
    score: g.score,
    timeUsedMs: g.timeUsedMs,
    submittedAt: g.payload.submittedAt,
  }));
  // Equal score and time share a rank.
  for (let i = 1; i < top.length; i++) {
    const a = top[i - 1]!;
    const b = top[i]!;
    if (a.score === b.score && a.timeUsedMs === b.timeUsedMs) b.rank = a.rank;
  }

  const perQuestion = new Map<string, { shown: number; correct: number }>();
  for (const g of graded) {
    for (const item of g.items) {
      let s = perQuestion.get(item.id);
      if (!s) {
        s = { shown: 0, correct: 0 };
        perQuestion.set(item.id, s);
      }
      s.shown++;
      if (item.correct) s.correct++;
    }
  }
  const questions: QuestionStats[] = [...perQuestion]
    .map(([id, s]) => {
      const stem = questionMap.get(id)?.stem ?? '';
      return { id, stem: stem.length > 30 ? `${stem.slice(0, 30)}…` : stem, shown: s.shown, correct: s.correct, rate: s.correct / s.shown };
    })
    .sort((a, b) => a.rate - b.rate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const report: Report = {
    participants: graded.length,
    passMark: options.passMark,
    maxScore: options.maxScore,
    overall,
    units,
    meanScore: overall.meanScore,
    histogram: histogram(graded),
    top,
    questions,
  };
  if (match) {
    report.missing = match.missing;
    report.notOnRoster = match.unmatched.map((g) => ({ name: g.name, unit: g.unit }));
  }
  return report;
}

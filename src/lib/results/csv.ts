/**
 * CSV export for Excel: RFC 4180 quoting, CRLF line ends and a UTF-8 byte order mark, so that
 * Excel on Windows opens the Chinese text correctly when the file is double-clicked.
 */
import { REJECT_KIND_LABELS, formatBeijingTime } from './format.ts';
import type { Report } from './report.ts';
import type { GradedResult, RegistrationField, RejectedCode } from './types.ts';
import { percent as formatPercent } from '../time.ts';

/** A CSV cell: text, a number, a yes/no, or empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make Excel read a cell as a formula (CSV injection): such text gets a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text of `rows`: fields with a comma, quote, line break or outer spaces are quoted (quotes
 * doubled), rows end with CRLF, and the text starts with a BOM (\uFEFF). Text that Excel would
 * take for a formula (starting with = + - @) gets a leading apostrophe. Booleans are 是/否.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',') + '\r\n').join('');
}

const percent = (x: number | undefined) => formatPercent(x, '');

/**
 * One row per result: 姓名, 单位, the other registration fields (by label), 得分, 满分, 是否合格,
 * 答对题数, 总题数, 用时（秒）, 开始时间, 交卷时间 (Beijing time) and the code.
 */
export function resultsCsv(graded: readonly GradedResult[], fields: readonly RegistrationField[] = []): string {
  const extra = fields.filter((f) => f.key !== 'name' && f.key !== 'unit');
  const rows: CsvCell[][] = [
    [
      '序号',
      '姓名',
      '单位',
      ...extra.map((f) => f.label),
      '得分',
      '满分',
      '是否合格',
      '答对题数',
      '总题数',
      '用时（秒）',
      '开始时间',
      '交卷时间',
      '凭证码',
    ],
  ];
  graded.forEach((g, i) => {
    rows.push([
      i + 1,
      g.name,
      g.unit,
      ...extra.map((f) => g.payload.registration[f.key] ?? ''),
      g.score,
      g.maxScore,
      g.passed,
      g.correctCount,
      g.total,
      Math.round(g.timeUsedMs / 1000),
      formatBeijingTime(g.payload.startedAt),
      formatBeijingTime(g.payload.submittedAt),
      g.code,
    ]);
  });
  return toCsv(rows);
}

/** One row per rejected code: 姓名, 单位 (when readable), 原因类别, 原因, 凭证码. */
export function rejectedCsv(rejected: readonly RejectedCode[]): string {
  return toCsv([
    ['序号', '姓名', '单位', '原因类别', '原因', '凭证码'],
    ...rejected.map((r, i) => [i + 1, r.name ?? '', r.unit ?? '', REJECT_KIND_LABELS[r.reason.kind], r.reason.message, r.code]),
  ]);
}

/**
 * The report as one CSV with sections separated by an empty row: 总体情况, 各单位情况, 分数分布,
 * 前 N 名, 各题正确率, and with a roster 未参加人员 and 名单外的答题人.
 */
export function reportCsv(report: Report, title = ''): string {
  const withRoster = report.overall.expected !== undefined;
  const rows: CsvCell[][] = [];
  if (title) rows.push([title], []);
  rows.push(['总体情况']);
  rows.push(['参加人数', report.participants]);
  if (withRoster) {
    rows.push(
      ['名单人数', report.overall.expected],
      ['名单内参加人数', report.overall.participated],
      ['参与率', percent(report.overall.participationRate)],
    );
  }
  rows.push(
    ['合格人数', report.overall.passed],
    ['合格率', percent(report.overall.passRate)],
    ['平均分', report.meanScore],
    ['满分', report.maxScore],
    ['合格线', report.passMark],
    [],
  );

  rows.push(['各单位情况']);
  rows.push(
    withRoster ? ['单位', '名单人数', '参加人数', '参与率', '合格人数', '合格率', '平均分'] : ['单位', '参加人数', '合格人数', '合格率', '平均分'],
  );
  for (const u of [...report.units, report.overall]) {
    rows.push(
      withRoster
        ? [u.unit, u.expected, u.participants, percent(u.participationRate), u.passed, percent(u.passRate), u.meanScore]
        : [u.unit, u.participants, u.passed, percent(u.passRate), u.meanScore],
    );
  }
  rows.push([]);

  rows.push(['分数分布（得分率）'], ['区间', '人数']);
  for (const bin of report.histogram) rows.push([`${bin.label}%`, bin.count]);
  rows.push([]);

  rows.push([`前 ${report.top.length} 名`], ['名次', '姓名', '单位', '得分', '用时（秒）', '交卷时间']);
  for (const t of report.top) rows.push([t.rank, t.name, t.unit, t.score, Math.round(t.timeUsedMs / 1000), formatBeijingTime(t.submittedAt)]);
  rows.push([]);

  rows.push(['各题正确率（从低到高）'], ['题号', '题目', '出现次数', '答对次数', '正确率']);
  for (const q of report.questions) rows.push([q.id, q.stem, q.shown, q.correct, percent(q.rate)]);

  if (report.missing) {
    rows.push([], [`未参加人员（${report.missing.length} 人）`], ['姓名', '单位']);
    for (const m of report.missing) rows.push([m.name, m.unit]);
  }
  if (report.notOnRoster && report.notOnRoster.length > 0) {
    rows.push([], [`名单外的答题人（${report.notOnRoster.length} 人）`], ['姓名', '单位']);
    for (const m of report.notOnRoster) rows.push([m.name, m.unit]);
  }
  return toCsv(rows);
}

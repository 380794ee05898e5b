/**
 * Shared pieces of the 算得清 calculators: calendar dates without time zones, money rounding,
 * and the shape of a result (steps with their articles) or of input errors.
 */

/** A calendar date, as written in an <input type="date">: 2024-03-01. */
export type IsoDate = string;

/** One line of working: what is computed, how, the value, and the articles it rests on. */
export interface Step {
  label: string;
  /** The formula with the user's numbers: 6000 × 3.5 = 21000 */
  formula: string;
  value: string;
  /** Data citations, e.g. 劳动合同法 第47条第1款 */
  basis: string[];
}

export interface CalcResult<T> {
  ok: true;
  value: T;
  /** The headline, e.g. 经济补偿 21000.00 元 */
  summary: string;
  steps: Step[];
  /** What the calculation takes for granted */
  assumptions: string[];
  /** Warnings the user should act on (e.g. overtime above the legal limit) */
  notes: string[];
}

/** Which regional parameter of the site configuration fills a field. */
export type RegionalKey = 'averageMonthlyWage' | 'minimumMonthlyWage';

/**
 * One input of a calculator form, declared once beside its calculator: the form shows `label`,
 * error messages name `term` (or the label). Its name is also its URL parameter.
 */
export interface FieldSpec {
  name: string;
  label: string;
  /** The shorter word error messages use: 离职日期 for the label 离职日期（最后工作日） */
  term?: string;
  type: 'date' | 'number' | 'select';
  hint?: string;
  optional?: boolean;
  options?: Array<{ value: string; label: string }>;
  /** Unit shown after a number input */
  unit?: string;
  /** Filled from the site's regional parameters when configured */
  regional?: RegionalKey;
}

const termOf = (f: FieldSpec) => f.term ?? f.label;

export interface FieldError {
  field: string;
  message: string;
}

export type Outcome<T> = CalcResult<T> | { ok: false; errors: FieldError[] };

/** 月计薪天数 (关于职工全年月平均工作时间和工资折算问题的通知 第二部分). */
export const PAY_DAYS_PER_MONTH = 21.75;
export const PAY_DAYS_BASIS = '关于职工全年月平均工作时间和工资折算问题的通知 第二部分';

/** Rounds money to fen. */
export function money(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

/** 12345.6 → 12,345.60 */
export function yuan(x: number): string {
  return money(x).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Trims trailing zeros: 3.50 → 3.5, 2.00 → 2 */
export function num(x: number, digits = 2): string {
  return String(Number(x.toFixed(digits)));
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a calendar date; null for anything that is not a real date (2023-02-29 included). */
export function parseDate(value: string | undefined): { y: number; m: number; d: number } | null {
  const match = DATE.exec(value ?? '');
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isLeapYear(y: number): boolean {
  return daysInMonth(y, 2) === 29;
}

/** Days since 1970-01-01 of a calendar date (no time zone involved). */
export function dayNumber(date: IsoDate): number {
  const p = parseDate(date);
  if (!p) throw new Error(`不是有效日期：${date}`);
  return Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * The same day `months` later; when that month is shorter, its last day
 * (2024-01-31 + 1 month = 2024-02-29), as periods counted in months end on the corresponding day.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = parseDate(date);
  if (!p) throw new Error(`不是有效日期：${date}`);
  const total = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(p.d, daysInMonth(y, m));
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Last day of the k-th month of a period that starts on `start` (start counted): the day before the
 * corresponding day, or the month end when that month has no corresponding day (2024-02-29 + 12 → 2025-02-28).
 */
export function monthEnd(start: IsoDate, k: number): IsoDate {
  const target = addMonths(start, k);
  return parseDate(target)!.d < parseDate(start)!.d ? target : addDays(target, -1);
}

/**
 * Length of the period from `start` to `end`, both days included, in whole months and the days left over:
 * 2020-03-01..2021-02-28 is 12 months 0 days; 2020-03-01..2020-03-15 is 0 months 15 days.
 */
export function periodLength(start: IsoDate, end: IsoDate): { months: number; days: number } {
  const last = dayNumber(end);
  let months = 0;
  while (dayNumber(monthEnd(start, months + 1)) <= last) months++;
  const before = months ? dayNumber(monthEnd(start, months)) : dayNumber(start) - 1;
  return { months, days: last - before };
}

/** 2024-03-01 → 2024年3月1日 */
export function chineseDate(date: IsoDate): string {
  const p = parseDate(date)!;
  return `${p.y}年${p.m}月${p.d}日`;
}

/** Reads a positive amount of money from a form value; an error message otherwise. */
export function readAmount(value: string | number | undefined, spec: FieldSpec, errors: FieldError[], { optional = false } = {}): number | undefined {
  const field = spec.name;
  const label = termOf(spec);
  const text = String(value ?? '')
    .trim()
    .replace(/[,，\s]/g, '');
  if (text === '') {
    if (!optional) errors.push({ field, message: `请填写${label}` });
    return undefined;
  }
  const n = Number(text);
  if (!Number.isFinite(n)) errors.push({ field, message: `${label}应为数字，例如 6000` });
  else if (n < 0) errors.push({ field, message: `${label}不能是负数` });
  else if (n === 0 && !optional) errors.push({ field, message: `${label}应大于 0` });
  else if (n > 10_000_000) errors.push({ field, message: `${label}过大，请检查是否多输了位数` });
  else return n;
  return undefined;
}

/** Reads a non-negative number of hours or days. */
export function readQuantity(value: string | number | undefined, spec: FieldSpec, errors: FieldError[], max: number): number {
  const field = spec.name;
  const label = termOf(spec);
  const text = String(value ?? '').trim();
  if (text === '') return 0;
  const n = Number(text);
  if (!Number.isFinite(n)) errors.push({ field, message: `${label}应为数字` });
  else if (n < 0) errors.push({ field, message: `${label}不能是负数` });
  else if (n > max) errors.push({ field, message: `${label}不能超过 ${max}` });
  else return n;
  return 0;
}

/** Reads a calendar date from a form value. */
export function readDate(value: string | undefined, spec: FieldSpec, errors: FieldError[], { optional = false } = {}): IsoDate | undefined {
  const field = spec.name;
  const label = termOf(spec);
  const text = (value ?? '').trim();
  if (text === '') {
    if (!optional) errors.push({ field, message: `请选择${label}` });
    return undefined;
  }
  if (!parseDate(text)) {
    errors.push({ field, message: `${label}不是有效的日期（格式如 2024-03-01）` });
    return undefined;
  }
  return text;
}

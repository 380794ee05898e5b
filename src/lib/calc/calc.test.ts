import { describe, expect, it } from 'vitest';
import { checkCitation } from '../laws';
import {
  CALC_CITATIONS,
  addMonths,
  annualLeaveDays,
  calculateAnnualLeave,
  calculateArbitrationDeadline,
  calculateDoubleWage,
  calculateInjuryDeadline,
  calculateOvertime,
  calculateSeverance,
  calculateUnlawfulTermination,
  periodLength,
  severanceMonths,
  type Outcome,
} from './index';

function ok<T>(outcome: Outcome<T>) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome;
}
function errorsOf<T>(outcome: Outcome<T>) {
  expect(outcome.ok).toBe(false);
  return outcome.ok ? [] : outcome.errors.map((e) => `${e.field}: ${e.message}`);
}

describe('calendar arithmetic', () => {
  it('counts whole months and leftover days, both ends included', () => {
    expect(periodLength('2020-03-01', '2021-02-28')).toEqual({ months: 12, days: 0 });
    expect(periodLength('2020-03-01', '2020-08-31')).toEqual({ months: 6, days: 0 });
    expect(periodLength('2020-03-01', '2020-08-30')).toEqual({ months: 5, days: 30 });
    expect(periodLength('2024-02-29', '2025-02-27')).toEqual({ months: 11, days: 30 });
  });
  it('adds months to the corresponding day, or the month end in a shorter month (leap years)', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('经济补偿 — 劳动合同法 第46、47条', () => {
  const base = { start: '2020-03-01', wage: 6000, reason: 'employer-proposed' };
  it('第47条第1款: each full year one month; 3 years 8 months → 4 months', () => {
    const r = ok(calculateSeverance({ ...base, end: '2023-10-31' }));
    expect(r.value).toMatchObject({ due: true, months: 4, amount: 24000, capped: false });
  });
  it('第47条第1款: exactly six months counts as a year', () => {
    expect(severanceMonths({ months: 6, days: 0 })).toBe(1);
    expect(ok(calculateSeverance({ ...base, end: '2020-08-31' })).value.months).toBe(1);
  });
  it('第47条第1款: less than six months is half a month', () => {
    expect(severanceMonths({ months: 5, days: 30 })).toBe(0.5);
    expect(ok(calculateSeverance({ ...base, end: '2020-08-30' })).value).toMatchObject({ months: 0.5, amount: 3000 });
    expect(ok(calculateSeverance({ ...base, end: '2021-03-15' })).value.months).toBe(1.5);
  });
  it('第47条第2款: a wage above three times the local average is capped, and the years at twelve', () => {
    const r = ok(calculateSeverance({ start: '2008-01-01', end: '2023-12-31', wage: 30000, localAverageWage: 8000, reason: 'layoff' }));
    expect(r.value).toMatchObject({ months: 12, base: 24000, amount: 288000, capped: true });
  });
  it('第47条第2款: the twelve-year limit applies only when the wage is above the cap', () => {
    const r = ok(calculateSeverance({ start: '2008-01-01', end: '2023-12-31', wage: 20000, localAverageWage: 8000, reason: 'layoff' }));
    expect(r.value).toMatchObject({ months: 16, base: 20000, amount: 320000, capped: false });
  });
  it('a wage exactly three times the average is not capped (第47条第2款 “高于”)', () => {
    expect(ok(calculateSeverance({ ...base, end: '2023-02-28', wage: 24000, localAverageWage: 8000 })).value.capped).toBe(false);
  });
  it('says plainly when the local average wage is missing instead of guessing', () => {
    const r = ok(calculateSeverance({ ...base, end: '2023-02-28' }));
    expect(r.assumptions.join('')).toContain('未提供当地上年度职工月平均工资');
  });
  it('第46条: no compensation when the worker resigns (第37条) or is dismissed for misconduct (第39条)', () => {
    expect(ok(calculateSeverance({ ...base, end: '2023-02-28', reason: 'worker-resigned' })).value).toMatchObject({ due: false, amount: 0 });
    expect(ok(calculateSeverance({ ...base, end: '2023-02-28', reason: 'worker-fault' })).value.due).toBe(false);
    expect(ok(calculateSeverance({ ...base, end: '2023-02-28', reason: 'renewal-refused' })).value.due).toBe(false);
  });
  it('第97条第3款: years before 2008 are left to the rules of the time', () => {
    const r = ok(calculateSeverance({ ...base, start: '2005-06-01', end: '2010-12-31' }));
    expect(r.value.months).toBe(3);
    expect(r.notes.join('')).toContain('第九十七条第三款');
  });
  it('rejects impossible input with Chinese messages and never throws', () => {
    expect(errorsOf(calculateSeverance({ ...base, end: '2019-01-01' }))).toContain('end: 离职日期不能早于入职日期');
    expect(errorsOf(calculateSeverance({ ...base, end: '2023-02-29' }))).toContain('end: 离职日期不是有效的日期（格式如 2024-03-01）');
    expect(errorsOf(calculateSeverance({ ...base, end: '2023-01-01', wage: -5 }))).toContain('wage: 月平均工资不能是负数');
    expect(errorsOf(calculateSeverance({ start: '2020-01-01', end: '2021-01-01', wage: 'abc' }))).toEqual([
      'reason: 请选择劳动合同是怎样结束的',
      'wage: 月平均工资应为数字，例如 6000',
    ]);
  });
});

describe('违法解除赔偿金 — 劳动合同法 第87条, 实施条例 第25条', () => {
  it('is twice the compensation, counted from the first day of work including years before 2008', () => {
    const r = ok(calculateUnlawfulTermination({ start: '2006-03-01', end: '2009-02-28', wage: 5000 }));
    expect(r.value).toMatchObject({ months: 3, amount: 30000 });
  });
});

describe('二倍工资 — 劳动合同法 第82条, 实施条例 第6、7条', () => {
  it('runs from the day after the first month to the day before signing', () => {
    const r = ok(calculateDoubleWage({ start: '2024-03-01', signed: '2024-07-01', end: '2024-12-31', wage: 5000 }));
    expect(r.value).toMatchObject({ from: '2024-04-01', to: '2024-06-30', months: 3, days: 0, amount: 15000 });
  });
  it('is at most eleven months: to the day before the first anniversary (实施条例 第7条)', () => {
    const r = ok(calculateDoubleWage({ start: '2024-03-01', end: '2025-12-31', wage: 5000 }));
    expect(r.value).toMatchObject({ from: '2024-04-01', to: '2025-02-28', months: 11, amount: 55000 });
    expect(r.notes.join('')).toContain('视为已订立无固定期限劳动合同');
  });
  it('nothing is owed when the contract was signed within the first month (第10条第2款)', () => {
    expect(ok(calculateDoubleWage({ start: '2024-03-01', signed: '2024-03-25', end: '2024-12-31', wage: 5000 })).value.amount).toBe(0);
  });
  it('pro-rates a part month by calendar days, leap February included', () => {
    const r = ok(calculateDoubleWage({ start: '2024-01-01', end: '2024-02-14', wage: 2900 }));
    expect(r.value).toMatchObject({ months: 0, days: 14, amount: 1400 });
  });
  it('rejects a contract date before the start', () => {
    expect(errorsOf(calculateDoubleWage({ start: '2024-03-01', signed: '2024-01-01', end: '2024-12-31', wage: 5000 }))).toContain(
      'signed: 签合同日期不能早于入职日期',
    );
  });
});

describe('加班费 — 劳动法 第44条, 月计薪天数 21.75', () => {
  it('150% on working days, 200% on rest days without time off, 300% on holidays', () => {
    const r = ok(calculateOvertime({ wage: 4350, workdayHours: 10, restDayHours: 16, holidayHours: 8 }));
    expect(r.value).toMatchObject({ hourly: 25, workday: 375, restDay: 800, holiday: 600, total: 1775 });
  });
  it('warns above 36 hours a month (劳动法 第41条)', () => {
    expect(ok(calculateOvertime({ wage: 4350, workdayHours: 40 })).notes.join('')).toContain('第四十一条');
  });
  it('needs at least one kind of overtime and rejects negative hours', () => {
    expect(errorsOf(calculateOvertime({ wage: 4350 }))).toContain('workdayHours: 请至少填写一种加班的小时数');
    expect(errorsOf(calculateOvertime({ wage: 4350, holidayHours: -1 }))).toContain('holidayHours: 法定休假日加班时间不能是负数');
  });
});

describe('带薪年休假 — 职工带薪年休假条例 第3、5条, 实施办法 第5、10、11、12条', () => {
  it('第3条: 5, 10 or 15 days by cumulative years, none under one year', () => {
    expect([0.5, 1, 9, 10, 19, 20, 35].map(annualLeaveDays)).toEqual([0, 5, 5, 10, 10, 15, 15]);
  });
  it('实施办法 第5条: a new employer pro-rates by remaining calendar days ÷ 365 and drops the fraction', () => {
    const r = ok(calculateAnnualLeave({ years: 12, year: 2025, joined: '2025-07-01' }));
    // 184 remaining days ÷ 365 × 10 = 5.04 → 5 days
    expect(r.value.days).toBe(5);
  });
  it('divides by 365 also in a leap year', () => {
    const r = ok(calculateAnnualLeave({ years: 12, year: 2024, joined: '2024-07-01' }));
    // 184 ÷ 365 × 10 = 5.04 → 5
    expect(r.value.days).toBe(5);
    expect(r.assumptions.join('')).toContain('闰年');
  });
  it('第5条第3款 and 实施办法 第10、11条: untaken days are paid 300% incl. the normal wage, i.e. 200% extra', () => {
    const r = ok(calculateAnnualLeave({ years: 5, year: 2025, taken: 2, wage: 4350 }));
    expect(r.value).toMatchObject({ days: 5, untaken: 3, daily: 200, extraPay: 1200 });
  });
  it('实施办法 第12条: leaving in the year pro-rates the days already passed, minus days taken', () => {
    const r = ok(calculateAnnualLeave({ years: 25, year: 2025, left: '2025-04-30', taken: 1, wage: 8700 }));
    // 120 days ÷ 365 × 15 = 4.93 − 1 = 3.93 → 3 days; daily 400; extra 400 × 2 × 3 = 2400
    expect(r.value).toMatchObject({ untaken: 3, extraPay: 2400 });
  });
  it('rejects dates outside the year', () => {
    expect(errorsOf(calculateAnnualLeave({ years: 5, year: 2025, joined: '2024-05-01' }))).toContain('joined: 入职日期应在 2025 年内；往年入职的请留空');
  });
});

describe('仲裁时效 — 劳动争议调解仲裁法 第27条', () => {
  it('第1款: one year from the day the right was known to be infringed', () => {
    expect(ok(calculateArbitrationDeadline({ claim: 'other', known: '2025-03-10' })).value.lastDay).toBe('2026-03-10');
    expect(ok(calculateArbitrationDeadline({ claim: 'other', known: '2024-02-29' })).value.lastDay).toBe('2025-02-28');
  });
  it('第4款: unpaid wages while employed are not time-barred; after the end, one year from the end', () => {
    expect(ok(calculateArbitrationDeadline({ claim: 'wages', known: '2023-01-10' })).value.lastDay).toBeUndefined();
    expect(ok(calculateArbitrationDeadline({ claim: 'wages', ended: '2025-06-30' })).value.lastDay).toBe('2026-06-30');
  });
  it('needs the claim type', () => {
    expect(errorsOf(calculateArbitrationDeadline({ known: '2025-03-10' }))).toContain('claim: 请选择争议的类型');
  });
});

describe('工伤认定申请期限 — 工伤保险条例 第17条', () => {
  it('30 days for the employer (第1款), one year for the worker or family (第2款)', () => {
    const r = ok(calculateInjuryDeadline({ injured: '2025-03-10' }, '2025-03-20'));
    expect(r.value).toEqual({ employerLastDay: '2025-04-09', workerLastDay: '2026-03-10' });
  });
  it('rejects an injury date in the future', () => {
    expect(errorsOf(calculateInjuryDeadline({ injured: '2025-04-01' }, '2025-03-20'))).toContain('injured: 受伤日期不能晚于今天');
  });
});

describe('citations', () => {
  it('every article the calculators cite exists in the statute library', () => {
    expect(CALC_CITATIONS.map((c) => [c, checkCitation(c)]).filter(([, e]) => e)).toEqual([]);
  });
  it('every step of every example cites only listed articles', () => {
    const outcomes = [
      calculateSeverance({ start: '2005-01-01', end: '2023-12-31', wage: 30000, localAverageWage: 8000, reason: 'no-fault-dismissal' }),
      calculateSeverance({ start: '2020-01-01', end: '2023-12-31', wage: 3000, reason: 'worker-resigned' }),
      calculateUnlawfulTermination({ start: '2020-01-01', end: '2023-12-31', wage: 3000 }),
      calculateDoubleWage({ start: '2024-01-01', end: '2025-06-14', wage: 2900 }),
      calculateDoubleWage({ start: '2024-01-01', signed: '2024-01-10', end: '2025-06-14', wage: 2900 }),
      calculateOvertime({ wage: 4350, workdayHours: 10, restDayHours: 16, holidayHours: 8 }),
      calculateAnnualLeave({ years: 12, year: 2025, joined: '2025-03-01', wage: 5000 }),
      calculateAnnualLeave({ years: 12, year: 2025, left: '2025-03-01', wage: 5000 }),
      calculateArbitrationDeadline({ claim: 'wages', ended: '2025-06-30' }),
      calculateArbitrationDeadline({ claim: 'wages' }),
      calculateArbitrationDeadline({ claim: 'other', known: '2025-01-01' }),
      calculateInjuryDeadline({ injured: '2025-01-01' }),
    ];
    const cited = outcomes.flatMap((o) => (o.ok ? o.steps.flatMap((s) => s.basis) : []));
    expect(cited.length).toBeGreaterThan(30);
    expect(cited.filter((c) => !(CALC_CITATIONS as readonly string[]).includes(c))).toEqual([]);
  });
});

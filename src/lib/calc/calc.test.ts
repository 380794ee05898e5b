import { describe, expect, it } from 'vitest';
import { checkCitation } from '../../data/statutes.ts';
import {
  CALC_CITATIONS,
  TERMINATION_REASONS,
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
} from './index.ts';

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
  it('实施条例 第27条: an average below the local minimum wage is raised to it; 1800 vs 2000 for 3 years → 6000', () => {
    const r = ok(calculateSeverance({ ...base, start: '2021-01-01', end: '2023-12-31', wage: 1800, localMinimumWage: 2000 }));
    expect(r.value).toMatchObject({ months: 3, base: 2000, amount: 6000, raisedToMinimum: true });
    const step = r.steps.find((s) => s.label === '不低于最低工资标准')!;
    expect(step.basis).toEqual(['劳动合同法实施条例 第27条']);
    expect(step.formula).toContain('1,800.00');
  });
  it('实施条例 第27条: an average at or above the minimum wage is used as it is, and a missing minimum is said', () => {
    expect(ok(calculateSeverance({ ...base, end: '2023-02-28', wage: 2000, localMinimumWage: 2000 })).value.raisedToMinimum).toBe(false);
    expect(ok(calculateSeverance({ ...base, end: '2023-02-28' })).assumptions.join('')).toContain('未提供当地最低工资标准');
  });
  it('实施条例 第27条: under twelve months of work the average is over the months worked, and the base is 应得工资 incl. bonuses', () => {
    const r = ok(calculateSeverance({ ...base, start: '2023-01-01', end: '2023-04-30', wage: 4800 }));
    expect(r.steps.find((s) => s.label === '月工资')!.formula).toContain('实际工作的 4 个月');
    expect(ok(calculateSeverance({ ...base, end: '2023-02-28' })).steps.find((s) => s.label === '月工资')!.formula).toContain('十二个月');
    const said = r.assumptions.join('');
    expect(said).toContain('奖金、津贴和补贴');
    expect(said).toContain('加班工资是否计入，各地做法不一');
  });
  it('实施条例 第22条: a task-based contract ending when the task is done after 2 years 3 months → 2.5 months', () => {
    const r = ok(calculateSeverance({ start: '2021-01-01', end: '2023-03-31', wage: 5000, reason: 'task-completed' }));
    expect(r.value).toMatchObject({ due: true, months: 2.5, amount: 12500 });
    expect(r.steps[0]!.basis).toEqual(['劳动合同法实施条例 第22条', '劳动合同法 第46条第7项']);
  });
  it('实施条例 第6条第1款 and 第5条: refusing to sign after the first month is compensated, within the first month it is not', () => {
    const later = ok(calculateSeverance({ start: '2024-01-01', end: '2024-08-31', wage: 5000, reason: 'refused-to-sign-later' }));
    expect(later.value).toMatchObject({ due: true, months: 1 });
    expect(later.steps[0]!.basis).toContain('劳动合同法实施条例 第6条第1款');
    const first = ok(calculateSeverance({ start: '2024-01-01', end: '2024-01-20', wage: 5000, reason: 'refused-to-sign-first-month' }));
    expect(first.value.due).toBe(false);
    expect(first.steps[0]!.basis).toContain('劳动合同法实施条例 第5条');
  });
  it('第46条第5、6项: the labels say 降低条件续签 and 撤销 (第44条第5项)', () => {
    expect(TERMINATION_REASONS['fixed-term-expired'].label).toContain('降低条件续签而我不同意');
    expect(TERMINATION_REASONS['employer-closed'].label).toContain('撤销');
    expect(TERMINATION_REASONS['employer-closed'].basis).toContain('劳动合同法 第44条第5项');
  });
  it('第97条第3款: the headline says that years before 2008 are excluded', () => {
    const r = ok(calculateSeverance({ ...base, start: '2005-06-01', end: '2010-12-31' }));
    expect(r.summary).toBe('经济补偿 18,000.00 元（不含2008年1月1日以前的工作年限）');
    expect(r.value.excludesBefore2008).toBe(true);
    expect(ok(calculateSeverance({ ...base, end: '2023-02-28' })).summary).not.toContain('2008');
  });
  it('第98条: an end before 2008-01-01 is outside the law, for 经济补偿 and for 赔偿金', () => {
    for (const outcome of [
      calculateSeverance({ ...base, start: '2003-01-01', end: '2007-12-31' }),
      calculateUnlawfulTermination({ start: '2003-01-01', end: '2007-06-30', wage: 3000 }),
    ]) {
      const [message] = errorsOf(outcome);
      expect(message).toMatch(/^end: 离职日期早于2008年1月1日：劳动合同法自2008年1月1日起施行/);
    }
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
  it('实施条例 第7条: one convention for both ends (用工之日 is day one): 满一年 is the last day of month 12, pay stops the day before', () => {
    const r = ok(calculateDoubleWage({ start: '2024-03-01', end: '2025-12-31', wage: 5000 }));
    // 满一个月 2024-03-31 → from 2024-04-01; 满一年 2025-02-28 → to 2025-02-27: 10 months + 27 of February's 28 days
    expect(r.value).toMatchObject({ from: '2024-04-01', to: '2025-02-27', months: 10, days: 27, amount: 54821.43 });
    expect(r.assumptions.join('')).toContain('用工之日算作第一天');
    expect(r.notes.join('')).toContain('自满一年的当日（2025年2月28日）起视为已订立无固定期限劳动合同');
  });
  it('states the exceptions: the worker refused after written notice (实施条例 第5、6条) and 第82条第2款', () => {
    const notes = ok(calculateDoubleWage({ start: '2024-03-01', end: '2024-12-31', wage: 5000 })).notes.join('');
    expect(notes).toContain('实施条例第五条');
    expect(notes).toContain('实施条例第六条');
    expect(notes).toContain('第八十二条第二款');
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
    expect(errorsOf(calculateOvertime({ wage: 4350, holidayHours: -1 }))).toContain('holidayHours: 法定节假日加班时间不能是负数');
  });
});

describe('带薪年休假 — 职工带薪年休假条例 第3、5条, 实施办法 第5、10、11、12条', () => {
  it('第3条: 5, 10 or 15 days by cumulative years', () => {
    expect([0.5, 1, 9, 10, 19, 20, 35].map(annualLeaveDays)).toEqual([0, 5, 5, 10, 10, 15, 15]);
  });
  it('条例 第2条, 实施办法 第3条: no leave until 12 continuous months, whatever the cumulative years (a gap)', () => {
    const r = ok(calculateAnnualLeave({ years: 8, year: 2026, continuity: 'not-yet' }));
    expect(r.value).toMatchObject({ fullYearDays: 0, days: 0 });
    expect(r.steps[0]!.basis).toEqual(['职工带薪年休假条例 第2条', '企业职工带薪年休假实施办法 第3条']);
    expect(r.notes.join('')).toContain('职工带薪年休假条例第二条');
    expect(r.notes.join('')).not.toContain('第二条、第三条）');
  });
  it('实施办法 第3、5条: 12 continuous months completed on 2026-04-01 with 8 cumulative years → 5 × 275/365 → 3 days', () => {
    const r = ok(calculateAnnualLeave({ years: 8, year: 2026, continuity: 'during', qualified: '2026-04-01' }));
    expect(r.value).toMatchObject({ fullYearDays: 5, days: 3 });
    const step = r.steps.find((s) => s.label === '本年度内满12个月，当年折算')!;
    expect(step.formula).toContain('275 ÷ 365');
    expect(r.notes.join('')).toContain('参照实施办法第五条的方法');
  });
  it('needs to know when 12 continuous months were completed, and the date when it was during the year', () => {
    expect(errorsOf(calculateAnnualLeave({ years: 8, year: 2026 }))).toContain('continuity: 请选择什么时候连续工作满12个月');
    expect(errorsOf(calculateAnnualLeave({ years: 8, year: 2026, continuity: 'during' }))).toContain('qualified: 请选择连续工作满12个月的日期');
    expect(errorsOf(calculateAnnualLeave({ years: 8, year: 2026, continuity: 'during', qualified: '2025-04-01' }))).toContain(
      'qualified: 本年度内满12个月的，日期应在 2026 年内',
    );
    expect(errorsOf(calculateAnnualLeave({ years: 0, year: 2026, continuity: 'before' }))).toContain(
      'years: 已连续工作满12个月的，累计工作年限至少为 1 年，请检查',
    );
  });
  it('实施办法 第5条: a new employer pro-rates by remaining calendar days ÷ 365 and drops the fraction', () => {
    const r = ok(calculateAnnualLeave({ years: 12, year: 2025, continuity: 'before', joined: '2025-07-01' }));
    // 184 remaining days ÷ 365 × 10 = 5.04 → 5 days
    expect(r.value.days).toBe(5);
  });
  it('divides by 365 also in a leap year', () => {
    const r = ok(calculateAnnualLeave({ years: 12, year: 2024, continuity: 'before', joined: '2024-07-01' }));
    // 184 ÷ 365 × 10 = 5.04 → 5
    expect(r.value.days).toBe(5);
    expect(r.assumptions.join('')).toContain('闰年');
  });
  it('第5条第3款 and 实施办法 第10、11条: untaken days are paid 300% incl. the normal wage, i.e. 200% extra', () => {
    const r = ok(calculateAnnualLeave({ years: 5, year: 2025, continuity: 'before', taken: 2, wage: 4350 }));
    expect(r.value).toMatchObject({ days: 5, untaken: 3, daily: 200, extraPay: 1200 });
  });
  it('实施办法 第12条: leaving in the year pro-rates the days already passed, minus days taken', () => {
    const r = ok(calculateAnnualLeave({ years: 25, year: 2025, continuity: 'before', left: '2025-04-30', taken: 1, wage: 8700 }));
    // 120 days ÷ 365 × 15 = 4.93 − 1 = 3.93 → 3 days; daily 400; extra 400 × 2 × 3 = 2400
    expect(r.value).toMatchObject({ untaken: 3, extraPay: 2400 });
  });
  it('rejects dates outside the year', () => {
    expect(errorsOf(calculateAnnualLeave({ years: 5, year: 2025, continuity: 'before', joined: '2024-05-01' }))).toContain(
      'joined: 入职日期应在 2025 年内；往年入职的请留空',
    );
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
  it('最高人民法院规定 第7条: time lost for reasons not of the worker’s making does not count, with its five cases', () => {
    const r = ok(calculateInjuryDeadline({ injured: '2025-03-10' }, '2025-03-20'));
    expect(r.steps.at(-1)!.basis).toEqual(['最高人民法院关于审理工伤保险行政案件若干问题的规定 第7条']);
    const notes = r.notes.join('');
    for (const c of ['不可抗力', '人身自由受到限制', '属于用人单位原因', '登记制度不完善', '申请仲裁、提起民事诉讼']) expect(notes).toContain(c);
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
      calculateSeverance({ start: '2020-01-01', end: '2023-12-31', wage: 1500, localMinimumWage: 2000, reason: 'task-completed' }),
      calculateSeverance({ start: '2023-01-01', end: '2023-12-31', wage: 1500, reason: 'refused-to-sign-later' }),
      calculateSeverance({ start: '2023-01-01', end: '2023-01-15', wage: 1500, reason: 'refused-to-sign-first-month' }),
      calculateSeverance({ start: '2020-01-01', end: '2023-12-31', wage: 3000, reason: 'employer-closed' }),
      calculateUnlawfulTermination({ start: '2020-01-01', end: '2023-12-31', wage: 3000 }),
      calculateDoubleWage({ start: '2024-01-01', end: '2025-06-14', wage: 2900 }),
      calculateDoubleWage({ start: '2024-01-01', signed: '2024-01-10', end: '2025-06-14', wage: 2900 }),
      calculateOvertime({ wage: 4350, workdayHours: 10, restDayHours: 16, holidayHours: 8 }),
      calculateAnnualLeave({ years: 12, year: 2025, continuity: 'before', joined: '2025-03-01', wage: 5000 }),
      calculateAnnualLeave({ years: 8, year: 2026, continuity: 'during', qualified: '2026-04-01', wage: 5000 }),
      calculateAnnualLeave({ years: 8, year: 2026, continuity: 'not-yet' }),
      calculateAnnualLeave({ years: 12, year: 2025, continuity: 'during', qualified: '2025-02-01', left: '2025-09-01', wage: 5000 }),
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

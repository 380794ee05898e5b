import {
  PAY_DAYS_PER_MONTH,
  chineseDate,
  dayNumber,
  isLeapYear,
  money,
  num,
  parseDate,
  readAmount,
  readDate,
  readQuantity,
  yuan,
  type FieldError,
  type Outcome,
  type Step,
} from './common';

export interface AnnualLeaveInput {
  /** 累计工作年限 (all employers), whole years */
  years?: string | number;
  /** Joined the current employer during this year: the joining date */
  joined?: string;
  /** Left the current employer during this year: the last day */
  left?: string;
  /** The calendar year being calculated */
  year?: string | number;
  /** Leave days already taken or arranged this year */
  taken?: string | number;
  /** Monthly wage (12-month average without overtime pay) */
  wage?: string | number;
}

export interface AnnualLeaveValue {
  /** Days for a full year by cumulative service */
  fullYearDays: number;
  /** Days for this year after pro-rating, whole days */
  days: number;
  /** Days still owed */
  untaken: number;
  daily: number;
  /** Pay for untaken days on top of the normal wage (200%) */
  extraPay: number;
}

/** Days of annual leave for a full year (职工带薪年休假条例 第3条). */
export function annualLeaveDays(years: number): number {
  if (years < 1) return 0;
  if (years < 10) return 5;
  if (years < 20) return 10;
  return 15;
}

/** 带薪年休假 days, pro-rating for joining or leaving in the year, and the pay for untaken days. */
export function calculateAnnualLeave(input: AnnualLeaveInput): Outcome<AnnualLeaveValue> {
  const errors: FieldError[] = [];
  const years = readQuantity(input.years, 'years', '累计工作年限', errors, 60);
  const year = Number(input.year);
  if (!Number.isInteger(year) || year < 2008 || year > 2100) errors.push({ field: 'year', message: '请填写计算的年度，如 2026' });
  const joined = readDate(input.joined, 'joined', '入职日期', errors, { optional: true });
  const left = readDate(input.left, 'left', '离职日期', errors, { optional: true });
  const taken = readQuantity(input.taken, 'taken', '已休年休假天数', errors, 366);
  const wage = readAmount(input.wage, 'wage', '月工资', errors, { optional: true });
  if (String(input.years ?? '').trim() === '') errors.push({ field: 'years', message: '请填写累计工作年限' });
  if (joined && Number.isInteger(year) && parseDate(joined)!.y !== year) errors.push({ field: 'joined', message: `入职日期应在 ${year} 年内；往年入职的请留空` });
  if (left && Number.isInteger(year) && parseDate(left)!.y !== year) errors.push({ field: 'left', message: `离职日期应在 ${year} 年内；本年未离职的请留空` });
  if (joined && left && dayNumber(left) < dayNumber(joined)) errors.push({ field: 'left', message: '离职日期不能早于入职日期' });
  if (errors.length) return { ok: false, errors };

  const steps: Step[] = [];
  const assumptions: string[] = [];
  const notes: string[] = [];
  const fullYearDays = annualLeaveDays(Math.floor(years));
  steps.push({
    label: '全年应休天数',
    formula: `累计工作 ${num(years)} 年：${years < 1 ? '不满 1 年' : years < 10 ? '已满 1 年不满 10 年' : years < 20 ? '已满 10 年不满 20 年' : '已满 20 年'}`,
    value: `${fullYearDays} 天`,
    basis: ['职工带薪年休假条例 第3条第1款'],
  });
  // The regulation divides by 365 days even in a leap year.
  const firstDay = dayNumber(`${year}-01-01`);
  const lastDay = dayNumber(`${year}-12-31`);
  let days = fullYearDays;
  if (fullYearDays && joined) {
    const remaining = lastDay - dayNumber(joined) + 1;
    const exact = (remaining / 365) * fullYearDays;
    days = Math.floor(exact);
    steps.push({
      label: '新进单位当年折算',
      formula: `（${chineseDate(joined)} 起本年剩余日历天数 ${remaining} ÷ 365）× ${fullYearDays} = ${num(exact)}，不足 1 整天的部分不享受`,
      value: `${days} 天`,
      basis: ['企业职工带薪年休假实施办法 第5条'],
    });
  }
  if (fullYearDays && left) {
    const passed = dayNumber(left) - (joined ? dayNumber(joined) : firstDay) + 1;
    const exact = (passed / 365) * fullYearDays;
    const owed = Math.max(0, Math.floor(exact - taken));
    steps.push({
      label: '离职当年折算',
      formula: `（本年在本单位已过日历天数 ${passed} ÷ 365）× ${fullYearDays} − 已休 ${num(taken)} = ${num(exact - taken)}，不足 1 整天的部分不支付`,
      value: `应休未休 ${owed} 天`,
      basis: ['企业职工带薪年休假实施办法 第12条'],
    });
    days = Math.floor(exact);
    return finish(owed);
  }
  return finish(Math.max(0, Math.floor(days - taken)));

  function finish(untaken: number): Outcome<AnnualLeaveValue> {
    if (!left) {
      steps.push({ label: '应休未休天数', formula: `${days} − 已休 ${num(taken)}`, value: `${untaken} 天`, basis: ['职工带薪年休假条例 第5条第3款'] });
    }
    let daily = 0;
    let extraPay = 0;
    if (wage !== undefined && untaken > 0) {
      daily = wage / PAY_DAYS_PER_MONTH;
      extraPay = money(daily * 2 * untaken);
      steps.push({ label: '日工资', formula: `${yuan(wage)} ÷ ${PAY_DAYS_PER_MONTH} = ${yuan(daily)} 元`, value: `${yuan(daily)} 元`, basis: ['企业职工带薪年休假实施办法 第11条'] });
      steps.push({
        label: '未休年休假工资报酬',
        formula: `按日工资的 300% 支付，其中 100% 是正常工作期间已发的工资，另应支付 ${yuan(daily)} × 200% × ${untaken} 天 = ${yuan(extraPay)} 元`,
        value: `${yuan(extraPay)} 元`,
        basis: ['职工带薪年休假条例 第5条第3款', '企业职工带薪年休假实施办法 第10条第1款'],
      });
    } else if (wage === undefined && untaken > 0) {
      assumptions.push('没有填写月工资，未计算未休年休假工资报酬。');
    }
    if (fullYearDays === 0) notes.push('累计工作不满一年的，不享受年休假（职工带薪年休假条例第二条、第三条）。');
    notes.push('有寒暑假、请事假或病假较长等情形的，可能不享受当年年休假（职工带薪年休假条例第四条）。');
    notes.push('职工因本人原因且书面提出不休年休假的，单位可以只支付正常工资（实施办法第十条第二款）。');
    assumptions.push('月工资按支付前十二个月剔除加班工资后的月平均工资（实施办法第十一条）。');
    if (isLeapYear(year)) assumptions.push(`${year} 年是闰年，折算仍按实施办法规定除以 365 天。`);
    const summary = extraPay ? `应休未休 ${untaken} 天，另应支付 ${yuan(extraPay)} 元` : `${year} 年应休年休假 ${days} 天${taken ? `，尚余 ${untaken} 天` : ''}`;
    return { ok: true, value: { fullYearDays, days, untaken, daily: money(daily), extraPay }, summary, steps, assumptions, notes };
  }
}

import {
  PAY_DAYS_PER_MONTH,
  chineseDate,
  dayNumber,
  fromDayNumber,
  isLeapYear,
  money,
  num,
  parseDate,
  readAmount,
  readDate,
  readQuantity,
  yuan,
  type FieldError,
  type FieldSpec,
  type Outcome,
  type Step,
} from './common.ts';

/** When the worker completed 12 months of continuous work, which opens the right to leave (条例 第2条, 实施办法 第3条). */
export const CONTINUITY = {
  before: '本年度开始前已连续工作满12个月',
  during: '本年度内才连续工作满12个月',
  'not-yet': '到本年度末仍不满12个月',
} as const;
export type Continuity = keyof typeof CONTINUITY;

/** The inputs of 年休假. */
export const ANNUAL_LEAVE_FIELDS = {
  year: { name: 'year', label: '计算的年度', type: 'number', unit: '年' },
  continuity: {
    name: 'continuity',
    label: '什么时候连续工作满12个月',
    type: 'select',
    hint: '连续工作满12个月才有年休假；中间断过的，从重新工作之日起算',
    options: Object.entries(CONTINUITY).map(([value, label]) => ({ value, label })),
  },
  qualified: { name: 'qualified', label: '本年度内满12个月的，填满12个月的日期', term: '连续工作满12个月的日期', type: 'date', optional: true },
  years: {
    name: 'years',
    label: '累计工作年限（包括以前的单位）',
    term: '累计工作年限',
    type: 'number',
    unit: '年',
    hint: '决定每年休几天：满1年5天，满10年10天，满20年15天',
  },
  joined: { name: 'joined', label: '今年新入职的，填入职日期', term: '入职日期', type: 'date', optional: true },
  left: { name: 'left', label: '今年离职的，填离职日期', term: '离职日期', type: 'date', optional: true },
  taken: { name: 'taken', label: '今年已休年休假', term: '已休年休假天数', type: 'number', unit: '天', optional: true },
  wage: { name: 'wage', label: '月工资（不含加班费）', term: '月工资', type: 'number', unit: '元', optional: true, hint: '填了才计算未休年休假工资' },
} satisfies Record<string, FieldSpec>;

export interface AnnualLeaveInput {
  /** 累计工作年限 (all employers), whole years: decides the number of days only */
  years?: string | number;
  /** When 12 months of continuous work were completed: decides whether there is leave at all */
  continuity?: string;
  /** With continuity `during`: the day on which 12 continuous months were completed */
  qualified?: string;
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

/** Days of annual leave for a full year by cumulative years of work (职工带薪年休假条例 第3条). */
export function annualLeaveDays(years: number): number {
  if (years < 1) return 0;
  if (years < 10) return 5;
  if (years < 20) return 10;
  return 15;
}

const ELIGIBILITY_BASIS = ['职工带薪年休假条例 第2条', '企业职工带薪年休假实施办法 第3条'];

/**
 * 带薪年休假 days for one calendar year: whether there is leave (12 continuous months), how many
 * days (cumulative years), pro-rating for qualifying, joining or leaving in the year, and the pay
 * for untaken days.
 */
export function calculateAnnualLeave(input: AnnualLeaveInput): Outcome<AnnualLeaveValue> {
  const errors: FieldError[] = [];
  const years = readQuantity(input.years, ANNUAL_LEAVE_FIELDS.years, errors, 60);
  const year = Number(input.year);
  const validYear = Number.isInteger(year) && year >= 2008 && year <= 2100;
  if (!validYear) errors.push({ field: 'year', message: '请填写计算的年度，如 2026' });
  const continuity = input.continuity as Continuity | undefined;
  if (!continuity || !(continuity in CONTINUITY)) errors.push({ field: 'continuity', message: '请选择什么时候连续工作满12个月' });
  const qualified = readDate(input.qualified, ANNUAL_LEAVE_FIELDS.qualified, errors, { optional: continuity !== 'during' });
  const joined = readDate(input.joined, ANNUAL_LEAVE_FIELDS.joined, errors, { optional: true });
  const left = readDate(input.left, ANNUAL_LEAVE_FIELDS.left, errors, { optional: true });
  const taken = readQuantity(input.taken, ANNUAL_LEAVE_FIELDS.taken, errors, 366);
  const wage = readAmount(input.wage, ANNUAL_LEAVE_FIELDS.wage, errors, { optional: true });
  if (String(input.years ?? '').trim() === '') errors.push({ field: 'years', message: '请填写累计工作年限' });
  else if (continuity && continuity !== 'not-yet' && years < 1) {
    errors.push({ field: 'years', message: '已连续工作满12个月的，累计工作年限至少为 1 年，请检查' });
  }
  if (validYear) {
    if (qualified && continuity === 'during' && parseDate(qualified)!.y !== year) {
      errors.push({ field: 'qualified', message: `本年度内满12个月的，日期应在 ${year} 年内` });
    }
    if (joined && parseDate(joined)!.y !== year) errors.push({ field: 'joined', message: `入职日期应在 ${year} 年内；往年入职的请留空` });
    if (left && parseDate(left)!.y !== year) errors.push({ field: 'left', message: `离职日期应在 ${year} 年内；本年未离职的请留空` });
  }
  if (joined && left && dayNumber(left) < dayNumber(joined)) errors.push({ field: 'left', message: '离职日期不能早于入职日期' });
  if (qualified && continuity === 'during' && left && dayNumber(left) < dayNumber(qualified)) {
    errors.push({ field: 'left', message: '离职日期早于连续工作满12个月的日期：当年不享受年休假，请检查日期' });
  }
  if (errors.length || !continuity) return { ok: false, errors };

  const steps: Step[] = [];
  const assumptions: string[] = [];
  const notes: string[] = [];
  const firstDay = dayNumber(`${year}-01-01`);
  const lastDay = dayNumber(`${year}-12-31`);

  if (continuity === 'not-yet') {
    steps.push({
      label: '是否享受年休假',
      formula: `到 ${year} 年末连续工作仍不满12个月：连续工作满12个月以后才享受年休假`,
      value: '本年度不享受',
      basis: ELIGIBILITY_BASIS,
    });
    notes.push(
      '享受年休假的条件是连续工作满12个月（职工带薪年休假条例第二条、实施办法第三条）；累计工作年限只决定休几天（条例第三条、实施办法第四条）。',
    );
    return {
      ok: true,
      value: { fullYearDays: 0, days: 0, untaken: 0, daily: 0, extraPay: 0 },
      summary: `${year} 年不享受年休假`,
      steps,
      assumptions,
      notes,
    };
  }

  steps.push({
    label: '是否享受年休假',
    formula: continuity === 'before' ? `${CONTINUITY.before}` : `${chineseDate(qualified!)} 连续工作满12个月，自这一天起享受`,
    value: '享受',
    basis: ELIGIBILITY_BASIS,
  });
  const fullYearDays = annualLeaveDays(Math.floor(years));
  steps.push({
    label: '全年应休天数',
    formula: `累计工作 ${num(years)} 年：${years < 10 ? '已满 1 年不满 10 年' : years < 20 ? '已满 10 年不满 20 年' : '已满 20 年'}`,
    value: `${fullYearDays} 天`,
    basis: ['职工带薪年休假条例 第3条第1款', '企业职工带薪年休假实施办法 第4条'],
  });

  // The first day of this year on which the worker had leave at this employer.
  const candidates = [firstDay];
  if (joined) candidates.push(dayNumber(joined));
  if (continuity === 'during') candidates.push(dayNumber(qualified!));
  const entitledFrom = Math.max(...candidates);
  const entitledDate = fromDayNumber(entitledFrom);
  const partYear = entitledFrom > firstDay;

  // The regulation divides by 365 days even in a leap year.
  let days = fullYearDays;
  if (partYear && !left) {
    const remaining = lastDay - entitledFrom + 1;
    const exact = (remaining / 365) * fullYearDays;
    days = Math.floor(exact);
    const qualifiedLater = continuity === 'during' && entitledFrom === dayNumber(qualified!);
    steps.push({
      label: qualifiedLater ? '本年度内满12个月，当年折算' : '新进单位当年折算',
      formula: `（${chineseDate(entitledDate)} 起本年剩余日历天数 ${remaining} ÷ 365）× ${fullYearDays} = ${num(exact)}，不足 1 整天的部分不享受`,
      value: `${days} 天`,
      basis: qualifiedLater ? ['企业职工带薪年休假实施办法 第3条', '企业职工带薪年休假实施办法 第5条'] : ['企业职工带薪年休假实施办法 第5条'],
    });
  }
  if (continuity === 'during') {
    notes.push(
      '本年度内才连续工作满12个月的，当年的天数怎样折算，条例和实施办法没有专门规定。本计算器参照实施办法第五条的方法：自满12个月之日起本年剩余日历天数 ÷ 365 × 全年应休天数，不足 1 整天的部分不计。当地另有规定的，以当地规定和仲裁机构的认定为准。',
    );
  }
  if (left) {
    const passed = dayNumber(left) - entitledFrom + 1;
    const exact = (passed / 365) * fullYearDays;
    const owed = Math.max(0, Math.floor(exact - taken));
    steps.push({
      label: '离职当年折算',
      formula: `（本年在本单位${partYear ? `自 ${chineseDate(entitledDate)} 起` : ''}已过日历天数 ${passed} ÷ 365）× ${fullYearDays} − 已休 ${num(taken)} = ${num(exact - taken)}，不足 1 整天的部分不支付`,
      value: `应休未休 ${owed} 天`,
      basis: ['企业职工带薪年休假实施办法 第12条'],
    });
    days = Math.floor(exact);
    return finish(owed);
  }
  return finish(Math.max(0, Math.floor(days - taken)));

  function finish(untaken: number): Outcome<AnnualLeaveValue> {
    if (!left) {
      steps.push({
        label: '应休未休天数',
        formula: `${days} − 已休 ${num(taken)}`,
        value: `${untaken} 天`,
        basis: ['职工带薪年休假条例 第5条第3款'],
      });
    }
    let daily = 0;
    let extraPay = 0;
    if (wage !== undefined && untaken > 0) {
      daily = wage / PAY_DAYS_PER_MONTH;
      extraPay = money(daily * 2 * untaken);
      steps.push({
        label: '日工资',
        formula: `${yuan(wage)} ÷ ${PAY_DAYS_PER_MONTH} = ${yuan(daily)} 元`,
        value: `${yuan(daily)} 元`,
        basis: ['企业职工带薪年休假实施办法 第11条'],
      });
      steps.push({
        label: '未休年休假工资报酬',
        formula: `按日工资的 300% 支付，其中 100% 是正常工作期间已发的工资，另应支付 ${yuan(daily)} × 200% × ${untaken} 天 = ${yuan(extraPay)} 元`,
        value: `${yuan(extraPay)} 元`,
        basis: ['职工带薪年休假条例 第5条第3款', '企业职工带薪年休假实施办法 第10条第1款'],
      });
    } else if (wage === undefined && untaken > 0) {
      assumptions.push('没有填写月工资，未计算未休年休假工资报酬。');
    }
    notes.push('有寒暑假、请事假或病假较长等情形的，可能不享受当年年休假（职工带薪年休假条例第四条）。');
    notes.push('职工因本人原因且书面提出不休年休假的，单位可以只支付正常工资（实施办法第十条第二款）。');
    assumptions.push('月工资按支付前十二个月剔除加班工资后的月平均工资（实施办法第十一条）。');
    if (isLeapYear(year)) assumptions.push(`${year} 年是闰年，折算仍按实施办法规定除以 365 天。`);
    const summary = extraPay
      ? `应休未休 ${untaken} 天，另应支付 ${yuan(extraPay)} 元`
      : `${year} 年应休年休假 ${days} 天${taken ? `，尚余 ${untaken} 天` : ''}`;
    return { ok: true, value: { fullYearDays, days, untaken, daily: money(daily), extraPay }, summary, steps, assumptions, notes };
  }
}

import {
  chineseDate,
  dayNumber,
  money,
  num,
  periodLength,
  readAmount,
  readDate,
  yuan,
  type FieldError,
  type FieldSpec,
  type IsoDate,
  type Outcome,
  type Step,
} from './common.ts';

/** Why the contract ended; decides whether 经济补偿 is due (劳动合同法 第46条). */
export const TERMINATION_REASONS = {
  'employer-fault': { label: '单位有过错，我依法解除（如拖欠工资、不缴社保）', due: true, basis: ['劳动合同法 第46条第1项'] },
  'employer-proposed': { label: '单位提出，双方协商一致解除', due: true, basis: ['劳动合同法 第46条第2项'] },
  'no-fault-dismissal': { label: '单位以不能胜任、医疗期满、客观情况变化为由解除', due: true, basis: ['劳动合同法 第46条第3项'] },
  layoff: { label: '单位经济性裁员', due: true, basis: ['劳动合同法 第46条第4项'] },
  'fixed-term-expired': { label: '固定期限合同到期：单位不续签，或降低条件续签而我不同意', due: true, basis: ['劳动合同法 第46条第5项'] },
  'employer-closed': {
    label: '单位被宣告破产、吊销营业执照、责令关闭、撤销或决定提前解散',
    due: true,
    basis: ['劳动合同法 第46条第6项', '劳动合同法 第44条第4项', '劳动合同法 第44条第5项'],
  },
  'task-completed': {
    label: '以完成一定工作任务为期限的合同，因任务完成而终止',
    due: true,
    basis: ['劳动合同法实施条例 第22条', '劳动合同法 第46条第7项'],
  },
  'refused-to-sign-later': {
    label: '用工超过一个月不满一年，我不愿补签书面合同，单位书面通知终止',
    due: true,
    basis: ['劳动合同法实施条例 第6条第1款', '劳动合同法 第46条第7项'],
  },
  'worker-resigned': { label: '我自己辞职（提前通知单位）', due: false, basis: ['劳动合同法 第37条'] },
  'worker-proposed': { label: '我提出，双方协商一致解除', due: false, basis: ['劳动合同法 第46条第2项'] },
  'worker-fault': { label: '因我严重违纪等过错被解除', due: false, basis: ['劳动合同法 第39条'] },
  'renewal-refused': { label: '合同到期，单位维持或提高条件续签，我不同意', due: false, basis: ['劳动合同法 第46条第5项'] },
  'refused-to-sign-first-month': {
    label: '用工一个月内，单位书面通知后我不签书面合同，单位终止',
    due: false,
    basis: ['劳动合同法实施条例 第5条'],
  },
} as const;

export type TerminationReason = keyof typeof TERMINATION_REASONS;

const WAGE_HINT = '离职前十二个月的平均应得工资（税前，含奖金、津贴和补贴）；工作不满十二个月的，按实际工作月数平均';

/** The inputs of 经济补偿 and 赔偿金. */
export const SEVERANCE_FIELDS = {
  reason: {
    name: 'reason',
    label: '劳动合同是怎样结束的',
    type: 'select',
    options: Object.entries(TERMINATION_REASONS).map(([value, r]) => ({ value, label: r.label })),
  },
  start: { name: 'start', label: '入职（用工）日期', type: 'date' },
  end: { name: 'end', label: '离职日期（最后工作日）', term: '离职日期', type: 'date' },
  wage: { name: 'wage', label: '月平均工资', type: 'number', unit: '元', hint: WAGE_HINT },
  localAverageWage: {
    name: 'localAverageWage',
    label: '当地上年度职工月平均工资',
    type: 'number',
    unit: '元',
    optional: true,
    regional: 'averageMonthlyWage',
    hint: '用于判断是否封顶；不知道可以不填',
  },
  localMinimumWage: {
    name: 'localMinimumWage',
    label: '当地月最低工资标准',
    term: '当地最低工资标准',
    type: 'number',
    unit: '元',
    optional: true,
    regional: 'minimumMonthlyWage',
    hint: '平均工资低于它时按它计算；不知道可以不填',
  },
} satisfies Record<string, FieldSpec>;

export interface SeveranceInput {
  /** 用工之日 */
  start?: string;
  /** Last day of the employment */
  end?: string;
  /** Average monthly wage over the 12 months before the end (or the months worked, when fewer) */
  wage?: string | number;
  reason?: string;
  /** 本地区上年度职工月平均工资; from the site configuration or typed by the user */
  localAverageWage?: string | number;
  /** 当地最低工资标准 (monthly); from the site configuration or typed by the user */
  localMinimumWage?: string | number;
}

export interface SeveranceValue {
  due: boolean;
  /** Months of wage owed: 3.5 for three years and four months */
  months: number;
  /** The monthly wage the months are multiplied with (raised to the minimum wage, capped at 3 × local average) */
  base: number;
  amount: number;
  capped: boolean;
  /** Whether the average wage was raised to the local minimum wage (实施条例 第27条) */
  raisedToMinimum: boolean;
  /** Whether years before 2008-01-01 were left out (劳动合同法 第97条第3款) */
  excludesBefore2008: boolean;
}

/** Compensation years start on 2008-01-01 for contracts that existed then (劳动合同法 第97条第3款). */
export const LABOUR_CONTRACT_LAW_EFFECTIVE = '2008-01-01';

/**
 * Months of wage for a length of service: each full year one month; six months or more
 * counts as a year; less than six months, half a month (劳动合同法 第47条第1款).
 */
export function severanceMonths(service: { months: number; days: number }): number {
  const years = Math.floor(service.months / 12);
  const rest = service.months % 12;
  if (rest >= 6) return years + 1;
  if (rest > 0 || service.days > 0) return years + 0.5;
  return years;
}

interface Parsed {
  start: IsoDate;
  end: IsoDate;
  wage: number;
  localAverageWage?: number;
  localMinimumWage?: number;
}

function parse(input: SeveranceInput, errors: FieldError[]): Parsed | null {
  const start = readDate(input.start, SEVERANCE_FIELDS.start, errors);
  const end = readDate(input.end, SEVERANCE_FIELDS.end, errors);
  const wage = readAmount(input.wage, SEVERANCE_FIELDS.wage, errors);
  const localAverageWage = readAmount(input.localAverageWage, SEVERANCE_FIELDS.localAverageWage, errors, { optional: true });
  const localMinimumWage = readAmount(input.localMinimumWage, SEVERANCE_FIELDS.localMinimumWage, errors, { optional: true });
  if (start && end && dayNumber(end) < dayNumber(start)) errors.push({ field: 'end', message: '离职日期不能早于入职日期' });
  else if (end && dayNumber(end) < dayNumber(LABOUR_CONTRACT_LAW_EFFECTIVE)) {
    errors.push({
      field: 'end',
      message:
        '离职日期早于2008年1月1日：劳动合同法自2008年1月1日起施行（第九十八条），这次解除或终止不适用劳动合同法，应按当时的规定处理，本计算器不能计算',
    });
  }
  if (errors.length || !start || !end || wage === undefined) return null;
  return { start, end, wage, localAverageWage: localAverageWage || undefined, localMinimumWage: localMinimumWage || undefined };
}

/** Core arithmetic shared by 经济补偿 and 赔偿金: months, wage base and cap, amount, with its steps. */
export function compensation(p: Parsed, from: IsoDate, steps: Step[], assumptions: string[]): Omit<SeveranceValue, 'due' | 'excludesBefore2008'> {
  const service = periodLength(from, p.end);
  let months = severanceMonths(service);
  const years = Math.floor(service.months / 12);
  const restText = service.months % 12 || service.days ? `${service.months % 12} 个月${service.days ? ` ${service.days} 天` : ''}` : '';
  steps.push({
    label: '工作年限',
    formula: `${chineseDate(from)} 至 ${chineseDate(p.end)}：${years} 年${restText ? ` ${restText}` : ''}`,
    value: `${num(months)} 个月工资`,
    basis: ['劳动合同法 第47条第1款'],
  });
  // The average is over the months actually worked when the whole employment is shorter than 12 months.
  const worked = periodLength(p.start, p.end);
  const averagedOver = worked.months >= 12 ? '解除或终止前十二个月' : `实际工作的 ${worked.months} 个月${worked.days ? ` ${worked.days} 天` : ''}`;
  let base = p.wage;
  steps.push({
    label: '月工资',
    formula: `按${averagedOver}的平均工资（应得工资，含计时或计件工资以及奖金、津贴和补贴）：${yuan(p.wage)} 元`,
    value: `${yuan(p.wage)} 元`,
    basis: ['劳动合同法 第47条第3款', '劳动合同法实施条例 第27条'],
  });
  let raisedToMinimum = false;
  if (p.localMinimumWage !== undefined && p.wage < p.localMinimumWage) {
    raisedToMinimum = true;
    base = money(p.localMinimumWage);
    steps.push({
      label: '不低于最低工资标准',
      formula: `平均工资 ${yuan(p.wage)} 元低于当地最低工资标准 ${yuan(p.localMinimumWage)} 元，按最低工资标准 ${yuan(base)} 元计算`,
      value: `${yuan(base)} 元`,
      basis: ['劳动合同法实施条例 第27条'],
    });
  } else if (p.localMinimumWage === undefined) {
    assumptions.push('未提供当地最低工资标准，没有判断月工资是否低于它。平均工资低于当地最低工资标准的，按最低工资标准计算（实施条例第二十七条）。');
  }
  let capped = false;
  if (p.localAverageWage !== undefined && base > 3 * p.localAverageWage) {
    capped = true;
    const wage = base;
    base = money(3 * p.localAverageWage);
    steps.push({
      label: '月工资封顶',
      formula: `月工资 ${yuan(wage)} 元高于当地上年度职工月平均工资 ${yuan(p.localAverageWage)} 元的三倍，按 ${yuan(p.localAverageWage)} × 3 = ${yuan(base)} 元计算`,
      value: `${yuan(base)} 元`,
      basis: ['劳动合同法 第47条第2款'],
    });
    if (months > 12) {
      steps.push({
        label: '年限封顶',
        formula: `月工资高于三倍的，支付年限最高不超过十二年：${num(months)} 个月 → 12 个月`,
        value: '12 个月工资',
        basis: ['劳动合同法 第47条第2款'],
      });
      months = 12;
    }
  } else if (p.localAverageWage === undefined) {
    assumptions.push(
      '未提供当地上年度职工月平均工资，没有判断是否封顶。月工资高于当地社平工资三倍的，按三倍计算且年限最多 12 年（第四十七条第二款）。',
    );
  }
  const amount = money(base * months);
  steps.push({
    label: '金额',
    formula: `${yuan(base)} 元 × ${num(months)} 个月 = ${yuan(amount)} 元`,
    value: `${yuan(amount)} 元`,
    basis: ['劳动合同法 第47条'],
  });
  assumptions.push(
    '月工资是劳动者的应得工资（不是扣除社保、个税后的实发工资），包括计时或计件工资以及奖金、津贴和补贴等货币性收入（实施条例第二十七条）；加班工资是否计入，各地做法不一，请向当地仲裁机构或 12333 咨询。',
  );
  assumptions.push('“六个月以上”按包括六个月本数计算。');
  return { months, base, amount, capped, raisedToMinimum };
}

const BEFORE_2008_SUMMARY = '（不含2008年1月1日以前的工作年限）';

/** 经济补偿: whether it is due and how much (劳动合同法 第46、47条). */
export function calculateSeverance(input: SeveranceInput): Outcome<SeveranceValue> {
  const errors: FieldError[] = [];
  const reason = input.reason as TerminationReason | undefined;
  if (!reason || !(reason in TERMINATION_REASONS)) errors.push({ field: 'reason', message: '请选择劳动合同是怎样结束的' });
  const p = parse(input, errors);
  if (!p || !reason || errors.length) return { ok: false, errors };
  const why = TERMINATION_REASONS[reason];
  const steps: Step[] = [];
  const assumptions: string[] = [];
  const notes: string[] = [];
  if (!why.due) {
    steps.push({
      label: '是否应支付',
      formula: `${why.label}：不属于应当支付经济补偿的情形`,
      value: '不支付',
      basis: [...why.basis, '劳动合同法 第46条'],
    });
    return {
      ok: true,
      value: { due: false, months: 0, base: 0, amount: 0, capped: false, raisedToMinimum: false, excludesBefore2008: false },
      summary: '按您选择的情形，单位一般不需要支付经济补偿',
      steps,
      assumptions,
      notes: ['如果实际上是单位提出解除、或单位有过错迫使您离开，结论会不同，请按真实情况选择。'],
    };
  }
  steps.push({ label: '是否应支付', formula: `${why.label}：属于应当支付经济补偿的情形`, value: '应支付', basis: [...why.basis] });
  let from = p.start;
  const excludesBefore2008 = dayNumber(p.start) < dayNumber(LABOUR_CONTRACT_LAW_EFFECTIVE);
  if (excludesBefore2008) {
    from = LABOUR_CONTRACT_LAW_EFFECTIVE;
    steps.push({
      label: '2008年以前的年限',
      formula: `${chineseDate(p.start)} 至 2007年12月31日的年限不在本计算之内，自 2008年1月1日起计算`,
      value: '另按当时规定',
      basis: ['劳动合同法 第97条第3款'],
    });
    notes.push('2008年1月1日以前的工作年限不在本计算之内：依照当时有关规定应当支付经济补偿的，按当时的规定执行（劳动合同法第九十七条第三款）。');
  }
  const value = compensation(p, from, steps, assumptions);
  if (reason === 'no-fault-dismissal') notes.push('单位依照第四十条解除而没有提前三十日书面通知的，还应额外支付一个月工资（劳动合同法第四十条）。');
  return {
    ok: true,
    value: { due: true, ...value, excludesBefore2008 },
    summary: `经济补偿 ${yuan(value.amount)} 元${excludesBefore2008 ? BEFORE_2008_SUMMARY : ''}`,
    steps,
    assumptions,
    notes,
  };
}

export interface UnlawfulTerminationInput extends Omit<SeveranceInput, 'reason'> {}

/** 违法解除或终止的赔偿金: twice the 经济补偿, years counted from the first day of work (第87条, 实施条例 第25条). */
export function calculateUnlawfulTermination(input: UnlawfulTerminationInput): Outcome<SeveranceValue> {
  const errors: FieldError[] = [];
  const p = parse(input, errors);
  if (!p) return { ok: false, errors };
  const steps: Step[] = [];
  const assumptions: string[] = [];
  const value = compensation(p, p.start, steps, assumptions);
  const amount = money(value.amount * 2);
  steps.push({
    label: '赔偿金',
    formula: `经济补偿标准 ${yuan(value.amount)} 元 × 2 = ${yuan(amount)} 元`,
    value: `${yuan(amount)} 元`,
    basis: ['劳动合同法 第87条', '劳动合同法实施条例 第25条'],
  });
  assumptions.push('赔偿金的年限自用工之日起计算，包括2008年以前的年限（实施条例第二十五条）。');
  return {
    ok: true,
    value: { due: true, ...value, amount, excludesBefore2008: false },
    summary: `赔偿金 ${yuan(amount)} 元`,
    steps,
    assumptions,
    notes: [
      '单位违法解除时，您也可以要求继续履行劳动合同；不要求或已经不能继续履行的，才支付赔偿金（第四十八条）。',
      '支付了赔偿金的，不再另付经济补偿（实施条例第二十五条）。是否属于违法解除，由仲裁委员会或法院认定。',
    ],
  };
}

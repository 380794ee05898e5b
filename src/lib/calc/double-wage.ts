import {
  addDays,
  monthEnd,
  chineseDate,
  dayNumber,
  daysInMonth,
  money,
  parseDate,
  periodLength,
  readAmount,
  readDate,
  yuan,
  type FieldError,
  type FieldSpec,
  type Outcome,
  type Step,
} from './common.ts';

/** The inputs of 二倍工资. */
export const DOUBLE_WAGE_FIELDS = {
  start: { name: 'start', label: '入职（用工）日期', type: 'date' },
  signed: { name: 'signed', label: '签订书面合同的日期', term: '签订书面合同的日期', type: 'date', optional: true, hint: '一直没签就不填' },
  end: { name: 'end', label: '计算截止日期', type: 'date', hint: '已离职填离职日期，仍在职填今天' },
  wage: { name: 'wage', label: '月工资', type: 'number', unit: '元' },
} satisfies Record<string, FieldSpec>;

export interface DoubleWageInput {
  /** 用工之日 */
  start?: string;
  /** Day the written contract was signed; empty when it never was */
  signed?: string;
  /** Last day to count: the day employment ended, or today */
  end?: string;
  /** Monthly wage */
  wage?: string | number;
}

export interface DoubleWageValue {
  /** First and last day of the period that earns double pay, if any */
  from?: string;
  to?: string;
  months: number;
  days: number;
  /** The extra wage owed on top of the wage already paid */
  amount: number;
}

/**
 * 未订立书面劳动合同的二倍工资: from the day after the first month of employment until the day
 * before the contract was signed, at most until the day before 满一年
 * (劳动合同法 第10、82条, 实施条例 第6、7条).
 */
export function calculateDoubleWage(input: DoubleWageInput): Outcome<DoubleWageValue> {
  const errors: FieldError[] = [];
  const start = readDate(input.start, DOUBLE_WAGE_FIELDS.start, errors);
  const signed = readDate(input.signed, DOUBLE_WAGE_FIELDS.signed, errors, { optional: true });
  const end = readDate(input.end, DOUBLE_WAGE_FIELDS.end, errors);
  const wage = readAmount(input.wage, DOUBLE_WAGE_FIELDS.wage, errors);
  if (start && signed && dayNumber(signed) < dayNumber(start)) errors.push({ field: 'signed', message: '签合同日期不能早于入职日期' });
  if (start && end && dayNumber(end) < dayNumber(start)) errors.push({ field: 'end', message: '截止日期不能早于入职日期' });
  if (errors.length || !start || !end || wage === undefined) return { ok: false, errors };

  const steps: Step[] = [];
  const assumptions: string[] = [];
  const notes: string[] = [];
  // One convention for both ends: 用工之日 is the first day counted, so 满一个月 is the last day of
  // the first month and 满一年 the last day of the twelfth month (实施条例 第7条 names both ends).
  const graceEnd = monthEnd(start, 1);
  const from = addDays(graceEnd, 1);
  const yearComplete = monthEnd(start, 12);
  const yearEnd = addDays(yearComplete, -1);
  steps.push({
    label: '一个月内订立合同的期限',
    formula: `自用工之日 ${chineseDate(start)} 起一个月内（至 ${chineseDate(graceEnd)}）应当订立书面劳动合同`,
    value: `至 ${chineseDate(graceEnd)}`,
    basis: ['劳动合同法 第10条第2款', '劳动合同法实施条例 第5条'],
  });
  assumptions.push(
    `日期按“用工之日算作第一天”计算：满一个月是 ${chineseDate(graceEnd)}，二倍工资自次日 ${chineseDate(from)} 起算；满一年是 ${chineseDate(yearComplete)}，二倍工资最多算到其前一日 ${chineseDate(yearEnd)}。各地仲裁机构的计算方法不完全相同，结果可能相差一两天，以其认定为准。`,
  );
  const candidates = [yearEnd, end];
  if (signed) candidates.push(addDays(signed, -1));
  const to = candidates.reduce((a, b) => (dayNumber(a) <= dayNumber(b) ? a : b));
  if (dayNumber(to) < dayNumber(from)) {
    steps.push({
      label: '二倍工资期间',
      formula: signed ? `${chineseDate(signed)} 签订了书面合同，在用工一个月内` : `截至 ${chineseDate(end)} 用工未超过一个月`,
      value: '无',
      basis: ['劳动合同法 第82条第1款'],
    });
    return { ok: true, value: { months: 0, days: 0, amount: 0 }, summary: '没有应支付二倍工资的期间', steps, assumptions, notes };
  }
  const length = periodLength(from, to);
  steps.push({
    label: '二倍工资期间',
    formula: `${chineseDate(from)}（满一个月的次日）至 ${chineseDate(to)}${dayNumber(to) === dayNumber(yearEnd) ? '（满一年的前一日）' : signed && dayNumber(to) === dayNumber(addDays(signed, -1)) ? '（签合同的前一日）' : '（计算截止日）'}`,
    value: `${length.months} 个月${length.days ? ` ${length.days} 天` : ''}`,
    basis: ['劳动合同法 第82条第1款', '劳动合同法实施条例 第6条', '劳动合同法实施条例 第7条'],
  });
  let amount = wage * length.months;
  let partText = '';
  if (length.days) {
    const partStart = parseDate(length.months ? addDays(monthEnd(from, length.months), 1) : from)!;
    const monthDays = daysInMonth(partStart.y, partStart.m);
    amount += (wage * length.days) / monthDays;
    partText = ` + ${yuan(wage)} × ${length.days}/${monthDays}`;
    assumptions.push('不足一个月的天数按该月日历天数折算；各地折算方法不完全相同，以仲裁机构认定为准。');
  }
  amount = money(amount);
  steps.push({
    label: '另应支付的一倍工资',
    formula: `${yuan(wage)} × ${length.months}${partText} = ${yuan(amount)} 元`,
    value: `${yuan(amount)} 元`,
    basis: ['劳动合同法 第82条第1款'],
  });
  assumptions.push('“二倍工资”中的一倍已经作为正常工资发放，这里计算的是另外应支付的一倍。月工资按劳动合同约定或实际发放的正常工资计算。');
  if (!signed && dayNumber(end) >= dayNumber(yearComplete)) {
    notes.push(
      `用工满一年仍未订立书面合同的，自满一年的当日（${chineseDate(yearComplete)}）起视为已订立无固定期限劳动合同，并应立即补订（劳动合同法第十四条第三款、实施条例第七条）。`,
    );
  }
  notes.push(
    '用工一个月内，单位书面通知订立书面合同而劳动者不签的，单位应当书面通知终止劳动关系，不需支付经济补偿，但应支付实际工作时间的劳动报酬（实施条例第五条）；超过一个月不满一年劳动者不补签的，单位应当书面通知终止，并支付经济补偿（实施条例第六条）。',
  );
  notes.push(
    '单位违反规定不与劳动者订立无固定期限劳动合同的，自应当订立之日起也要每月支付二倍工资（劳动合同法第八十二条第二款），本计算器不计算这种情形。',
  );
  notes.push('申请仲裁有一年的时效（劳动争议调解仲裁法第二十七条）；二倍工资差额时效从何时起算，各地仲裁机构口径不一，请尽早主张。');
  return {
    ok: true,
    value: { from, to, months: length.months, days: length.days, amount },
    summary: `另应支付二倍工资差额 ${yuan(amount)} 元`,
    steps,
    assumptions,
    notes,
  };
}

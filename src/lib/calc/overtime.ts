import {
  PAY_DAYS_BASIS,
  PAY_DAYS_PER_MONTH,
  money,
  num,
  readAmount,
  readQuantity,
  yuan,
  type FieldError,
  type FieldSpec,
  type Outcome,
  type Step,
} from './common.ts';

/** The inputs of 加班费. */
export const OVERTIME_FIELDS = {
  wage: { name: 'wage', label: '月工资（正常工作时间工资）', term: '月工资', type: 'number', unit: '元' },
  workdayHours: { name: 'workdayHours', label: '工作日下班后加班', term: '工作日延长工作时间', type: 'number', unit: '小时', optional: true },
  restDayHours: { name: 'restDayHours', label: '休息日加班且没有补休', term: '休息日加班时间', type: 'number', unit: '小时', optional: true },
  holidayHours: { name: 'holidayHours', label: '法定节假日加班', term: '法定节假日加班时间', type: 'number', unit: '小时', optional: true },
} satisfies Record<string, FieldSpec>;

export interface OvertimeInput {
  /** Monthly wage used as the overtime base */
  wage?: string | number;
  /** Hours worked beyond the normal day on working days */
  workdayHours?: string | number;
  /** Hours worked on rest days for which no time off was given */
  restDayHours?: string | number;
  /** Hours worked on statutory holidays */
  holidayHours?: string | number;
}

export interface OvertimeValue {
  hourly: number;
  workday: number;
  restDay: number;
  holiday: number;
  total: number;
}

/** 加班费: 150% / 200% / 300% of the hourly wage (劳动法 第44条), hourly wage = monthly ÷ 21.75 ÷ 8. */
export function calculateOvertime(input: OvertimeInput): Outcome<OvertimeValue> {
  const errors: FieldError[] = [];
  const wage = readAmount(input.wage, OVERTIME_FIELDS.wage, errors);
  const workdayHours = readQuantity(input.workdayHours, OVERTIME_FIELDS.workdayHours, errors, 744);
  const restDayHours = readQuantity(input.restDayHours, OVERTIME_FIELDS.restDayHours, errors, 744);
  const holidayHours = readQuantity(input.holidayHours, OVERTIME_FIELDS.holidayHours, errors, 744);
  if (!errors.length && workdayHours + restDayHours + holidayHours === 0)
    errors.push({ field: 'workdayHours', message: '请至少填写一种加班的小时数' });
  if (errors.length || wage === undefined) return { ok: false, errors };

  const hourly = wage / PAY_DAYS_PER_MONTH / 8;
  const steps: Step[] = [
    {
      label: '小时工资',
      formula: `${yuan(wage)} ÷ ${PAY_DAYS_PER_MONTH} ÷ 8 = ${yuan(hourly)} 元`,
      value: `${yuan(hourly)} 元/小时`,
      basis: [PAY_DAYS_BASIS],
    },
  ];
  const part = (hours: number, rate: number, label: string, basis: string) => {
    if (!hours) return 0;
    const amount = money(hourly * rate * hours);
    steps.push({
      label,
      formula: `${yuan(hourly)} × ${rate * 100}% × ${num(hours)} 小时 = ${yuan(amount)} 元`,
      value: `${yuan(amount)} 元`,
      basis: [basis, '工资支付暂行规定 第13条'],
    });
    return amount;
  };
  const workday = part(workdayHours, 1.5, '工作日延长工作时间', '劳动法 第44条第1项');
  const restDay = part(restDayHours, 2, '休息日加班且未安排补休', '劳动法 第44条第2项');
  const holiday = part(holidayHours, 3, '法定休假日加班', '劳动法 第44条第3项');
  const total = money(workday + restDay + holiday);
  steps.push({
    label: '合计',
    formula: [workday, restDay, holiday].filter(Boolean).map(yuan).join(' + ') + ` = ${yuan(total)} 元`,
    value: `${yuan(total)} 元`,
    basis: ['劳动法 第44条'],
  });
  const notes: string[] = [];
  if (workdayHours + restDayHours + holidayHours > 36) {
    notes.push(
      `填写的加班共 ${num(workdayHours + restDayHours + holidayHours)} 小时。延长工作时间一般每月不得超过三十六小时（劳动法第四十一条），超出的部分单位同样要付加班费，您也可以向劳动保障监察机构反映。`,
    );
  }
  return {
    ok: true,
    value: { hourly: money(hourly), workday, restDay, holiday, total },
    summary: `加班费 ${yuan(total)} 元`,
    steps,
    assumptions: [
      '月工资按劳动合同约定的正常工作时间工资计算，不含加班费；约定不明的，各地确定基数的办法不同，以当地规定为准。',
      '按标准工时制计算。实行综合计算工时或不定时工作制的，算法不同。',
      '休息日加班已安排同等时间补休的，不支付休息日加班费；法定休假日加班不能以补休代替。',
    ],
    notes,
  };
}

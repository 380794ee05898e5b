import {
  ANNUAL_LEAVE_FIELDS,
  ARBITRATION_FIELDS,
  DOUBLE_WAGE_FIELDS,
  INJURY_FIELDS,
  OVERTIME_FIELDS,
  SEVERANCE_FIELDS,
  calculateAnnualLeave,
  calculateArbitrationDeadline,
  calculateDoubleWage,
  calculateInjuryDeadline,
  calculateOvertime,
  calculateSeverance,
  calculateUnlawfulTermination,
  type FieldSpec,
  type Outcome,
} from './index.ts';

export type { FieldSpec, RegionalKey } from './common.ts';

export interface CalculatorSpec {
  id: string;
  title: string;
  /** One line under the title */
  intro: string;
  /** The form's inputs, in order; each is declared beside its calculator */
  fields: FieldSpec[];
  /** The main articles, listed on the page for reading without JavaScript */
  basis: string[];
  compute: (values: Record<string, string>, today: string) => Outcome<unknown>;
}

// 赔偿金 asks the same as 经济补偿 but why the contract ended.
const { reason: _reason, ...terminationFields } = SEVERANCE_FIELDS;

/** The 算得清 calculators, in the order the tools page lists them. */
export const CALCULATORS: CalculatorSpec[] = [
  {
    id: 'severance',
    basis: ['劳动合同法 第46条', '劳动合同法 第47条', '劳动合同法实施条例 第27条', '劳动合同法 第97条第3款'],
    title: '经济补偿计算器',
    intro: '劳动合同解除或终止时，单位要不要给经济补偿、给多少。',
    fields: Object.values(SEVERANCE_FIELDS),
    compute: (v) => calculateSeverance(v),
  },
  {
    id: 'unlawful-termination',
    basis: ['劳动合同法 第87条', '劳动合同法实施条例 第25条', '劳动合同法 第47条', '劳动合同法实施条例 第27条'],
    title: '违法解除赔偿金计算器',
    intro: '单位违法解除或终止劳动合同，不继续履行时应付的赔偿金。',
    fields: Object.values(terminationFields),
    compute: (v) => calculateUnlawfulTermination(v),
  },
  {
    id: 'double-wage',
    basis: ['劳动合同法 第10条第2款', '劳动合同法 第82条第1款', '劳动合同法实施条例 第6条', '劳动合同法实施条例 第7条'],
    title: '未签劳动合同二倍工资计算器',
    intro: '入职超过一个月单位还没签书面合同，另外应付的一倍工资。',
    fields: Object.values(DOUBLE_WAGE_FIELDS),
    compute: (v) => calculateDoubleWage(v),
  },
  {
    id: 'overtime',
    basis: ['劳动法 第44条', '工资支付暂行规定 第13条', '关于职工全年月平均工作时间和工资折算问题的通知 第二部分'],
    title: '加班费计算器',
    intro: '工作日加班、休息日加班、法定节假日加班分别怎么算。',
    fields: Object.values(OVERTIME_FIELDS),
    compute: (v) => calculateOvertime(v),
  },
  {
    id: 'annual-leave',
    basis: [
      '职工带薪年休假条例 第2条',
      '企业职工带薪年休假实施办法 第3条',
      '职工带薪年休假条例 第3条第1款',
      '职工带薪年休假条例 第5条第3款',
      '企业职工带薪年休假实施办法 第5条',
      '企业职工带薪年休假实施办法 第10条第1款',
      '企业职工带薪年休假实施办法 第11条',
      '企业职工带薪年休假实施办法 第12条',
    ],
    title: '带薪年休假计算器',
    intro: '今年有几天年休假，没休的单位该给多少钱。',
    fields: Object.values(ANNUAL_LEAVE_FIELDS),
    compute: (v) => calculateAnnualLeave(v),
  },
  {
    id: 'arbitration-deadline',
    basis: ['劳动争议调解仲裁法 第27条第1款', '劳动争议调解仲裁法 第27条第4款'],
    title: '劳动仲裁时效计算器',
    intro: '申请劳动仲裁最晚到哪一天。',
    fields: Object.values(ARBITRATION_FIELDS),
    compute: (v) => calculateArbitrationDeadline(v),
  },
  {
    id: 'injury-deadline',
    basis: ['工伤保险条例 第17条第1款', '工伤保险条例 第17条第2款', '最高人民法院关于审理工伤保险行政案件若干问题的规定 第7条'],
    title: '工伤认定申请期限计算器',
    intro: '受伤后，单位和本人最晚什么时候申请工伤认定。',
    fields: Object.values(INJURY_FIELDS),
    compute: (v, today) => calculateInjuryDeadline(v, today),
  },
];

export function calculatorById(id: string): CalculatorSpec | undefined {
  return CALCULATORS.find((c) => c.id === id);
}

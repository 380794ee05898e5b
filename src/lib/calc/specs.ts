import {
  CONTINUITY,
  TERMINATION_REASONS,
  calculateAnnualLeave,
  calculateArbitrationDeadline,
  calculateDoubleWage,
  calculateInjuryDeadline,
  calculateOvertime,
  calculateSeverance,
  calculateUnlawfulTermination,
  type Outcome,
} from './index.ts';

/** Which regional parameter of the site configuration fills a field. */
export type RegionalKey = 'averageMonthlyWage' | 'minimumMonthlyWage';

/** One input of a calculator form. Its name is also its URL parameter. */
export interface FieldSpec {
  name: string;
  label: string;
  type: 'date' | 'number' | 'select';
  hint?: string;
  optional?: boolean;
  options?: Array<{ value: string; label: string }>;
  /** Unit shown after a number input */
  unit?: string;
  /** Filled from the site's regional parameters when configured */
  regional?: RegionalKey;
}

export interface CalculatorSpec {
  id: string;
  title: string;
  /** One line under the title */
  intro: string;
  fields: FieldSpec[];
  /** The main articles, listed on the page for reading without JavaScript */
  basis: string[];
  compute: (values: Record<string, string>, today: string) => Outcome<unknown>;
}

const wageHint = '离职前十二个月的平均应得工资（税前，含奖金、津贴和补贴）；工作不满十二个月的，按实际工作月数平均';
const localAverageWage: FieldSpec = {
  name: 'localAverageWage',
  label: '当地上年度职工月平均工资',
  type: 'number',
  unit: '元',
  optional: true,
  regional: 'averageMonthlyWage',
  hint: '用于判断是否封顶；不知道可以不填',
};
const localMinimumWage: FieldSpec = {
  name: 'localMinimumWage',
  label: '当地月最低工资标准',
  type: 'number',
  unit: '元',
  optional: true,
  regional: 'minimumMonthlyWage',
  hint: '平均工资低于它时按它计算；不知道可以不填',
};

/** The 算得清 calculators, in the order the tools page lists them. */
export const CALCULATORS: CalculatorSpec[] = [
  {
    id: 'severance',
    basis: ['劳动合同法 第46条', '劳动合同法 第47条', '劳动合同法实施条例 第27条', '劳动合同法 第97条第3款'],
    title: '经济补偿计算器',
    intro: '劳动合同解除或终止时，单位要不要给经济补偿、给多少。',
    fields: [
      {
        name: 'reason',
        label: '劳动合同是怎样结束的',
        type: 'select',
        options: Object.entries(TERMINATION_REASONS).map(([value, r]) => ({ value, label: r.label })),
      },
      { name: 'start', label: '入职（用工）日期', type: 'date' },
      { name: 'end', label: '离职日期（最后工作日）', type: 'date' },
      { name: 'wage', label: '月平均工资', type: 'number', unit: '元', hint: wageHint },
      localAverageWage,
      localMinimumWage,
    ],
    compute: (v) => calculateSeverance(v),
  },
  {
    id: 'unlawful-termination',
    basis: ['劳动合同法 第87条', '劳动合同法实施条例 第25条', '劳动合同法 第47条', '劳动合同法实施条例 第27条'],
    title: '违法解除赔偿金计算器',
    intro: '单位违法解除或终止劳动合同，不继续履行时应付的赔偿金。',
    fields: [
      { name: 'start', label: '入职（用工）日期', type: 'date' },
      { name: 'end', label: '离职日期（最后工作日）', type: 'date' },
      { name: 'wage', label: '月平均工资', type: 'number', unit: '元', hint: wageHint },
      localAverageWage,
      localMinimumWage,
    ],
    compute: (v) => calculateUnlawfulTermination(v),
  },
  {
    id: 'double-wage',
    basis: ['劳动合同法 第10条第2款', '劳动合同法 第82条第1款', '劳动合同法实施条例 第6条', '劳动合同法实施条例 第7条'],
    title: '未签劳动合同二倍工资计算器',
    intro: '入职超过一个月单位还没签书面合同，另外应付的一倍工资。',
    fields: [
      { name: 'start', label: '入职（用工）日期', type: 'date' },
      { name: 'signed', label: '签订书面合同的日期', type: 'date', optional: true, hint: '一直没签就不填' },
      { name: 'end', label: '计算截止日期', type: 'date', hint: '已离职填离职日期，仍在职填今天' },
      { name: 'wage', label: '月工资', type: 'number', unit: '元' },
    ],
    compute: (v) => calculateDoubleWage(v),
  },
  {
    id: 'overtime',
    basis: ['劳动法 第44条', '工资支付暂行规定 第13条', '关于职工全年月平均工作时间和工资折算问题的通知 第二部分'],
    title: '加班费计算器',
    intro: '工作日加班、休息日加班、法定节假日加班分别怎么算。',
    fields: [
      { name: 'wage', label: '月工资（正常工作时间工资）', type: 'number', unit: '元' },
      { name: 'workdayHours', label: '工作日下班后加班', type: 'number', unit: '小时', optional: true },
      { name: 'restDayHours', label: '休息日加班且没有补休', type: 'number', unit: '小时', optional: true },
      { name: 'holidayHours', label: '法定节假日加班', type: 'number', unit: '小时', optional: true },
    ],
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
    fields: [
      { name: 'year', label: '计算的年度', type: 'number', unit: '年' },
      {
        name: 'continuity',
        label: '什么时候连续工作满12个月',
        type: 'select',
        hint: '连续工作满12个月才有年休假；中间断过的，从重新工作之日起算',
        options: Object.entries(CONTINUITY).map(([value, label]) => ({ value, label })),
      },
      { name: 'qualified', label: '本年度内满12个月的，填满12个月的日期', type: 'date', optional: true },
      {
        name: 'years',
        label: '累计工作年限（包括以前的单位）',
        type: 'number',
        unit: '年',
        hint: '决定每年休几天：满1年5天，满10年10天，满20年15天',
      },
      { name: 'joined', label: '今年新入职的，填入职日期', type: 'date', optional: true },
      { name: 'left', label: '今年离职的，填离职日期', type: 'date', optional: true },
      { name: 'taken', label: '今年已休年休假', type: 'number', unit: '天', optional: true },
      { name: 'wage', label: '月工资（不含加班费）', type: 'number', unit: '元', optional: true, hint: '填了才计算未休年休假工资' },
    ],
    compute: (v) => calculateAnnualLeave(v),
  },
  {
    id: 'arbitration-deadline',
    basis: ['劳动争议调解仲裁法 第27条第1款', '劳动争议调解仲裁法 第27条第4款'],
    title: '劳动仲裁时效计算器',
    intro: '申请劳动仲裁最晚到哪一天。',
    fields: [
      {
        name: 'claim',
        label: '争议的类型',
        type: 'select',
        options: [
          { value: 'wages', label: '追讨拖欠的工资（劳动报酬）' },
          { value: 'other', label: '其他争议（如违法解除、经济补偿、二倍工资）' },
        ],
      },
      { name: 'known', label: '知道权利被侵害的日期', type: 'date', optional: true, hint: '如被辞退、被拒付之日' },
      { name: 'ended', label: '劳动关系终止的日期', type: 'date', optional: true, hint: '仍在职就不填' },
    ],
    compute: (v) => calculateArbitrationDeadline(v),
  },
  {
    id: 'injury-deadline',
    basis: ['工伤保险条例 第17条第1款', '工伤保险条例 第17条第2款', '最高人民法院关于审理工伤保险行政案件若干问题的规定 第7条'],
    title: '工伤认定申请期限计算器',
    intro: '受伤后，单位和本人最晚什么时候申请工伤认定。',
    fields: [{ name: 'injured', label: '受伤（或被诊断、鉴定为职业病）的日期', type: 'date' }],
    compute: (v, today) => calculateInjuryDeadline(v, today),
  },
];

export function calculatorById(id: string): CalculatorSpec | undefined {
  return CALCULATORS.find((c) => c.id === id);
}

import {
  addDays,
  addMonths,
  chineseDate,
  dayNumber,
  readDate,
  type FieldError,
  type FieldSpec,
  type IsoDate,
  type Outcome,
  type Step,
} from './common.ts';

/** The inputs of 仲裁时效. */
export const ARBITRATION_FIELDS = {
  claim: {
    name: 'claim',
    label: '争议的类型',
    type: 'select',
    options: [
      { value: 'wages', label: '追讨拖欠的工资（劳动报酬）' },
      { value: 'other', label: '其他争议（如违法解除、经济补偿、二倍工资）' },
    ],
  },
  known: { name: 'known', label: '知道权利被侵害的日期', type: 'date', optional: true, hint: '如被辞退、被拒付之日' },
  ended: { name: 'ended', label: '劳动关系终止的日期', type: 'date', optional: true, hint: '仍在职就不填' },
} satisfies Record<string, FieldSpec>;

/** The input of 工伤认定申请期限. */
export const INJURY_FIELDS = {
  injured: { name: 'injured', label: '受伤（或被诊断、鉴定为职业病）的日期', type: 'date' },
} satisfies Record<string, FieldSpec>;

export interface ArbitrationInput {
  /** wages: 拖欠劳动报酬; other: every other dispute */
  claim?: string;
  /** The day the worker knew or should have known the right was infringed */
  known?: string;
  /** Whether the employment has ended, and when */
  ended?: string;
}

export interface DeadlineValue {
  /** Last day to apply, or undefined when no time limit runs yet */
  lastDay?: IsoDate;
}

/** The last day of a period of years or months starting the day after `from`: the corresponding day. */
export function periodEnd(from: IsoDate, months: number): IsoDate {
  return addMonths(from, months);
}

/** 劳动争议仲裁时效: one year, with the special rule for unpaid wages while employed (劳动争议调解仲裁法 第27条). */
export function calculateArbitrationDeadline(input: ArbitrationInput): Outcome<DeadlineValue> {
  const errors: FieldError[] = [];
  const wages = input.claim === 'wages';
  if (input.claim !== 'wages' && input.claim !== 'other') errors.push({ field: 'claim', message: '请选择争议的类型' });
  const known = readDate(input.known, ARBITRATION_FIELDS.known, errors, { optional: wages });
  const ended = readDate(input.ended, ARBITRATION_FIELDS.ended, errors, { optional: true });
  if (errors.length) return { ok: false, errors };
  const steps: Step[] = [];
  const notes = [
    '时效因一方向对方主张权利、向有关部门请求权利救济或对方同意履行义务而中断，从中断时起重新计算（第二十七条第二款）；因不可抗力等正当理由不能申请的，时效中止（第二十七条第三款）。',
    '期间最后一日遇法定节假日的，一般顺延至节假日后的第一个工作日，以仲裁机构认定为准。',
  ];
  const assumptions = ['期间按“对应日”计算：知道权利受侵害的次日起算，一年后的对应日为最后一日。'];
  if (wages) {
    if (!ended) {
      steps.push({
        label: '在职期间拖欠劳动报酬',
        formula: '劳动关系存续期间因拖欠劳动报酬发生争议的，申请仲裁不受一年时效的限制',
        value: '暂不受时效限制',
        basis: ['劳动争议调解仲裁法 第27条第4款'],
      });
      return {
        ok: true,
        value: {},
        summary: '在职期间追讨欠薪，暂不受一年仲裁时效限制',
        steps,
        assumptions: [],
        notes: ['离职（劳动关系终止）后，应当自终止之日起一年内申请仲裁。', ...notes],
      };
    }
    const lastDay = periodEnd(ended, 12);
    steps.push({
      label: '离职后追讨欠薪',
      formula: `劳动关系于 ${chineseDate(ended)} 终止，应当自终止之日起一年内提出`,
      value: `最后一日 ${chineseDate(lastDay)}`,
      basis: ['劳动争议调解仲裁法 第27条第4款'],
    });
    return { ok: true, value: { lastDay }, summary: `最晚在 ${chineseDate(lastDay)} 前申请仲裁`, steps, assumptions, notes };
  }
  const lastDay = periodEnd(known!, 12);
  steps.push({
    label: '一般仲裁时效',
    formula: `自知道或者应当知道权利被侵害之日（${chineseDate(known!)}）起一年`,
    value: `最后一日 ${chineseDate(lastDay)}`,
    basis: ['劳动争议调解仲裁法 第27条第1款'],
  });
  return { ok: true, value: { lastDay }, summary: `最晚在 ${chineseDate(lastDay)} 前申请仲裁`, steps, assumptions, notes };
}

export interface InjuryInput {
  /** 事故伤害发生之日, or the day an occupational disease was diagnosed */
  injured?: string;
}

export interface InjuryValue {
  employerLastDay: IsoDate;
  workerLastDay: IsoDate;
}

/** 工伤认定申请期限: 30 days for the employer, one year for the worker or family (工伤保险条例 第17条). */
export function calculateInjuryDeadline(input: InjuryInput, today?: IsoDate): Outcome<InjuryValue> {
  const errors: FieldError[] = [];
  const injured = readDate(input.injured, INJURY_FIELDS.injured, errors);
  if (injured && today && dayNumber(injured) > dayNumber(today)) errors.push({ field: 'injured', message: '受伤日期不能晚于今天' });
  if (errors.length || !injured) return { ok: false, errors };
  const employerLastDay = addDays(injured, 30);
  const workerLastDay = periodEnd(injured, 12);
  const steps: Step[] = [
    {
      label: '用人单位申请',
      formula: `自 ${chineseDate(injured)} 起 30 日内`,
      value: `最后一日 ${chineseDate(employerLastDay)}`,
      basis: ['工伤保险条例 第17条第1款'],
    },
    {
      label: '单位未申请的，职工或近亲属、工会组织申请',
      formula: `自 ${chineseDate(injured)} 起 1 年内`,
      value: `最后一日 ${chineseDate(workerLastDay)}`,
      basis: ['工伤保险条例 第17条第2款'],
    },
    {
      label: '被耽误的时间',
      formula: '不是因为职工或者其近亲属自身原因耽误的时间，不计算在申请期限内（五种情形见下方“请注意”）',
      value: '最后一日相应顺延',
      basis: ['最高人民法院关于审理工伤保险行政案件若干问题的规定 第7条'],
    },
  ];
  return {
    ok: true,
    value: { employerLastDay, workerLastDay },
    summary: `单位应在 ${chineseDate(employerLastDay)} 前申请；单位不申请的，您最晚在 ${chineseDate(workerLastDay)} 前申请`,
    steps,
    assumptions: ['期间自受伤次日起算；30 日的最后一日为第 30 天，一年的最后一日为对应日。'],
    notes: [
      '遇特殊情况，经报社会保险行政部门同意，单位的申请时限可以适当延长（第十七条第一款）。',
      '单位未在规定时限内申请的，在此期间发生的工伤待遇等费用由单位负担（第十七条第四款）。',
      '不是因为职工或者其近亲属自身原因超过申请期限的，被耽误的时间不计算在申请期限内。下列情形属于这种原因：（一）不可抗力；（二）人身自由受到限制；（三）属于用人单位原因；（四）社会保险行政部门登记制度不完善；（五）当事人对是否存在劳动关系申请仲裁、提起民事诉讼（最高人民法院关于审理工伤保险行政案件若干问题的规定第七条）。',
      '期间最后一日遇法定节假日的，以受理机构认定为准。',
    ],
  };
}

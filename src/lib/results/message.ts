/**
 * What the participant sees and sends: the code grouped for reading, the text for the QR code,
 * a message ready to paste into a WeChat chat, and a plain statement of what a code proves.
 */
import { CODE_PREFIX, canonicalCode, formatCode } from './codec.ts';
import { formatBeijingTime } from './format.ts';

/** What a code proves and what it does not, in plain words for participants and organisers. */
export const CODE_PROVES =
  '成绩凭证码记录了本次答题选择的答案、开始和交卷时间，以及填写的报名信息；组织者用它按题库重新判分，' +
  '所以凭证码能证明“交上来的是哪些答案”，分数以组织者核算为准。';

/** See CODE_PROVES: the limits, said just as plainly. */
export const CODE_DOES_NOT_PROVE =
  '凭证码不能证明答题人的身份（姓名、单位由本人填写，也可能由别人代答），' + '也不能完全保证时间真实（懂技术的人可以改动开始和交卷时间）。';

/**
 * The text for a QR code: the code without hyphens, upper case, so the QR code uses the compact
 * alphanumeric mode.
 */
export function qrText(code: string): string {
  return canonicalCode(code);
}

/** What shareMessage shows besides the code. */
export interface ShareMessageInfo {
  /** The quiz title */
  title: string;
  /** 姓名 */
  name: string;
  /** 单位, when the quiz asks for it */
  unit?: string;
  /** Unix ms of submission */
  submittedAt: number;
  /** Score as shown to the participant (left out for quizzes that do not show it) */
  score?: number;
  maxScore?: number;
}

/**
 * A message to paste into a WeChat chat with the organiser: title, who, when, the grouped code
 * and a line asking not to edit it. The organiser's tool finds the code inside it.
 */
export function shareMessage(code: string, info: ShareMessageInfo): string {
  const lines = [`【成绩凭证码】${info.title}`];
  lines.push(`姓名：${info.name}${info.unit ? `　单位：${info.unit}` : ''}`);
  lines.push(`交卷时间：${formatBeijingTime(info.submittedAt).slice(0, 16)}`);
  if (info.score !== undefined) {
    lines.push(`本人看到的得分：${info.score}${info.maxScore !== undefined ? ` / ${info.maxScore}` : ''} 分（以组织者核算为准）`);
  }
  lines.push(formatCode(code));
  lines.push(`（以 ${CODE_PREFIX} 开头的整段都是凭证码，请原样转发，不要改动）`);
  return lines.join('\n');
}

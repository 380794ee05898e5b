/** Small formatting helpers shared by the exports, the message and the organiser's lists. */
import type { RejectReason, RejectedCode } from './types.ts';

/** Beijing time (UTC+8, no daylight saving) as `YYYY-MM-DD HH:mm:ss`, whatever the device's time zone. */
export { beijingTimestamp as formatBeijingTime } from '../time.ts';

/** The Chinese names of the reject kinds, for summaries. */
export const REJECT_KIND_LABELS: Record<RejectReason['kind'], string> = {
  malformed: '格式错误',
  checksum: '校验失败',
  'other-quiz': '其他答题的凭证码',
  'other-version': '题目版本不同',
  duplicate: '重复提交',
  time: '时间异常',
};

/** One line for the organiser: who (when known), the code's start and the reason. */
export function formatRejection(r: RejectedCode): string {
  const who = r.name ? `${r.name}${r.unit ? `（${r.unit}）` : ''}：` : '';
  const code = r.code.length > 20 ? `${r.code.slice(0, 16)}…` : r.code;
  return `${who}${code} —— ${r.reason.message}`;
}

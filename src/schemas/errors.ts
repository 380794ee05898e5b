import { z } from 'astro/zod';

/**
 * Turns schema failures into sentences a content editor understands,
 * in the spirit of Starlight's error map. Installed once for every schema.
 */

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（每项以 “- ” 开头）',
  object: '一组字段',
  date: '日期（如 2024-05-01）',
  undefined: '空',
  null: '空',
};

/** Describes a received value briefly, so the editor can find it in the file. */
export function describeValue(input: unknown): string {
  if (input === undefined) return '缺少该字段';
  if (input === null) return '空值';
  if (typeof input === 'string') return `“${input.length > 40 ? input.slice(0, 40) + '…' : input}”`;
  if (Array.isArray(input)) return `一个列表（${input.length} 项）`;
  if (input instanceof Date) return isNaN(input.getTime()) ? '无法识别的日期' : `日期 ${input.toISOString().slice(0, 10)}`;
  if (typeof input === 'object') return '一组字段';
  return String(input);
}

type RawIssue = z.core.$ZodRawIssue;

/** What a field of this type looks like, for 应为…. */
function expectedType(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/**
 * The Chinese message for one schema issue: what was found, then what is expected
 * (发现“昨天”，应为日期（如 2024-05-01）). Every zod issue code has a sentence.
 */
export function issueMessage(iss: RawIssue): string {
  const got = describeValue(iss.input);
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return `缺少必填字段，应为${expectedType(iss.expected)}`;
      if (iss.expected === 'date' && iss.input instanceof Date) return `发现无法识别的日期，应为日期（如 2024-05-01）`;
      return `发现${got}，应为${expectedType(iss.expected)}`;
    }
    case 'too_small': {
      const min = String(iss.minimum);
      if (iss.origin === 'string') return min === '1' ? '发现空白，不能为空' : `发现${got}（${lengthOf(iss.input)} 个字），应至少 ${min} 个字`;
      if (iss.origin === 'array' || iss.origin === 'set') return `发现${got}，应至少有 ${min} 项`;
      if (iss.origin === 'date') return `发现${got}，应不早于 ${min}`;
      return `发现${got}，应${iss.inclusive === false ? '大于' : '不小于'} ${min}`;
    }
    case 'too_big': {
      const max = String(iss.maximum);
      if (iss.origin === 'string') return `发现${got}（${lengthOf(iss.input)} 个字），应最多 ${max} 个字`;
      if (iss.origin === 'array' || iss.origin === 'set') return `发现${got}，应最多 ${max} 项`;
      if (iss.origin === 'date') return `发现${got}，应不晚于 ${max}`;
      return `发现${got}，应${iss.inclusive === false ? '小于' : '不大于'} ${max}`;
    }
    case 'invalid_value':
      return `发现${got}，应为 ${iss.values.map((v) => String(v)).join(' / ')} 之一`;
    case 'invalid_format': {
      if (iss.format === 'email') return `发现${got}，应为电子邮箱地址`;
      if (iss.format === 'url') return `发现${got}，应为以 https:// 开头的网址`;
      if (iss.format === 'date' || iss.format === 'datetime') return `发现${got}，应为日期（如 2024-05-01）`;
      if (iss.format === 'regex') return `发现${got}，格式不对`;
      return `发现${got}，应为 ${iss.format} 格式`;
    }
    case 'not_multiple_of':
      return `发现${got}，应为 ${String(iss.divisor)} 的整数倍`;
    case 'unrecognized_keys':
      return `发现不认识的字段：${iss.keys.join('、')}，应删除或改正拼写`;
    case 'invalid_union':
      return `发现${got}，格式不对`;
    case 'invalid_key':
      return `发现不合要求的字段名，格式不对`;
    case 'invalid_element':
      return `发现不合要求的项，格式不对`;
    default:
      return iss.message ?? `发现${got}，格式不对`;
  }
}

/** The length in characters of a text value (for 至少 N 个字). */
function lengthOf(input: unknown): number {
  return typeof input === 'string' ? [...input.trim()].length : 0;
}

let installed = false;
/** Makes every astro/zod schema report in Chinese. Safe to call many times. */
export function installErrorMap(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (iss) => issueMessage(iss) });
}

/** Formats the issues of a failed parse as lines naming file and field. */
export function formatIssues(file: string, error: z.ZodError, where = ''): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '（整个文件）';
    return `  - 字段 ${field}：${issue.message}`;
  });
  return `${file}${where} 内容有误：\n${lines.join('\n')}`;
}

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

/** The Chinese message for one schema issue. */
export function issueMessage(iss: RawIssue): string {
  const got = describeValue(iss.input);
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return `缺少必填字段，应为${TYPE_NAMES[iss.expected] ?? iss.expected}`;
      return `应为${TYPE_NAMES[iss.expected] ?? iss.expected}，实际为${got}`;
    }
    case 'too_small': {
      const min = String(iss.minimum);
      if (iss.origin === 'string') return min === '1' ? '不能为空' : `至少 ${min} 个字，实际为${got}`;
      if (iss.origin === 'array') return `至少要有 ${min} 项，实际为${got}`;
      return `不能小于 ${min}，实际为${got}`;
    }
    case 'too_big': {
      const max = String(iss.maximum);
      if (iss.origin === 'string') return `最多 ${max} 个字，实际为${got}`;
      if (iss.origin === 'array') return `最多 ${max} 项，实际为${got}`;
      return `不能大于 ${max}，实际为${got}`;
    }
    case 'invalid_value':
      return `应为 ${iss.values.map((v) => String(v)).join(' / ')} 之一，实际为${got}`;
    case 'invalid_format': {
      if (iss.format === 'email') return `应为电子邮箱地址，实际为${got}`;
      if (iss.format === 'url') return `应为以 https:// 开头的网址，实际为${got}`;
      if (iss.format === 'date') return `应为日期（如 2024-05-01），实际为${got}`;
      return `格式不对，实际为${got}`;
    }
    case 'unrecognized_keys':
      return `有不认识的字段：${iss.keys.join('、')}（检查拼写，或删除它们）`;
    case 'invalid_union':
      return `格式不对，实际为${got}`;
    default:
      return iss.message ?? `格式不对，实际为${got}`;
  }
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

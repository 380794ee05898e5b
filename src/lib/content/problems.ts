/**
 * Content problems: one mistake in one file, at a line where there is one, and the report that
 * lists them all, grouped by file (`content/x.mdx:12:3：字段“title”：发现…，应为…`).
 */
import type { z } from 'astro/zod';
import type { Position } from './yaml-source.ts';

export interface Problem {
  /** Path of the file, relative to the content root's project folder */
  file: string;
  /** 1-based line, when the mistake has one */
  line?: number;
  /** 1-based column */
  column?: number;
  /** The Chinese sentence: field (if any), what was found, what is expected */
  message: string;
}

/** A field path as an editor reads it: leaflet.points[1].basis[2] (list positions count from 1). */
export function fieldLabel(path: readonly PropertyKey[]): string {
  let label = '';
  for (const segment of path) {
    if (typeof segment === 'number') label += `[${segment + 1}]`;
    else label += (label ? '.' : '') + String(segment);
  }
  return label;
}

/** One line of the report. */
export function formatProblem(p: Problem): string {
  const at = p.line === undefined ? '' : `:${p.line}:${p.column ?? 1}`;
  return `${p.file}${at}：${p.message}`;
}

/**
 * Problems of a failed schema parse, each at the line of its field. `prefix` is where the parsed
 * value sits in the file (['questions', 3]) and `label` names it (第 4 题（id: ldht-004）).
 */
export function schemaProblems(
  file: string,
  error: z.ZodError,
  locate: (path: readonly PropertyKey[]) => Position,
  { prefix = [], label = '' }: { prefix?: readonly PropertyKey[]; label?: string } = {},
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    // An unknown field is shown where it is written, not where its parent is.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const where = locate([...prefix, ...path, ...keys.slice(0, 1)]);
    const field = path.length ? `字段“${fieldLabel(path)}”：` : '';
    return { file, line: where.line, column: where.column, message: `${label}${field}${issue.message}` };
  });
}

/** The whole report: problems grouped by file (files and lines in order), then the count. */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return '内容检查通过：没有发现错误。';
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const files = [...byFile.keys()].sort();
  const blocks = files.map((file) => {
    const list = [...byFile.get(file)!].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return [`${file}（${list.length} 处）`, ...list.map((p) => `  ${formatProblem(p)}`)].join('\n');
  });
  return `${blocks.join('\n\n')}\n\n内容检查发现 ${problems.length} 处错误，涉及 ${files.length} 个文件。`;
}

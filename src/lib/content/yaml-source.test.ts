import { describe, expect, it } from 'vitest';
import { readYamlSource } from './yaml-source.ts';
import { fieldLabel, formatReport, schemaProblems } from './problems.ts';
import { quizSchema } from '../../schemas/content.ts';

const QUIZ = ['title: 测试考试', 'description: 一次测试考试', 'quotas:', '  - count: 2', '    topic: 劳动合同', '  - count: 0', 'passMark: 3', ''].join('\n');

describe('readYamlSource', () => {
  it('keeps dates as the text written, so impossible dates can be seen', () => {
    expect(readYamlSource('published: 2026-13-45\n').data).toEqual({ published: '2026-13-45' });
  });
  it('locates fields, list items and (for a missing field) the nearest parent, counting the front matter offset', () => {
    const source = readYamlSource(QUIZ, 1);
    expect(source.locate(['quotas', 1, 'count'])).toEqual({ line: 7, column: 5 });
    expect(source.locate(['passMark'])).toEqual({ line: 8, column: 1 });
    expect(source.locate(['quotas', 0, 'type']).line).toBe(5);
  });
  it('reports YAML syntax errors in Chinese at their line', () => {
    const source = readYamlSource('title: 测试\nquotas:\n  - count: 1\n   topic: [劳动合同\n');
    expect(source.data).toBeUndefined();
    expect(source.errors.length).toBeGreaterThan(0);
    expect(source.errors[0]!.message).toMatch(/^YAML 写法有误：/);
    expect(source.errors[0]!.line).toBeGreaterThanOrEqual(3);
  });
  it('reports a key written twice', () => {
    const source = readYamlSource('title: a\ntitle: b\n');
    expect(source.errors).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('同一个字段写了两次') })]);
  });
});

describe('schemaProblems and the report', () => {
  it('puts each schema issue at its field’s line, with the field, what was found and what is expected', () => {
    const source = readYamlSource(QUIZ);
    const result = quizSchema.safeParse(source.data);
    expect(result.success).toBe(false);
    const problems = schemaProblems('content/quizzes/t.yaml', result.error!, source.locate);
    expect(problems).toContainEqual({ file: 'content/quizzes/t.yaml', line: 6, column: 5, message: '字段“quotas[2].count”：发现0，应不小于 1' });
    const report = formatReport(problems);
    expect(report).toContain('content/quizzes/t.yaml:6:5：字段“quotas[2].count”');
    expect(report).toMatch(/内容检查发现 \d+ 处错误，涉及 1 个文件。$/);
  });
  it('labels list positions from 1', () => {
    expect(fieldLabel(['leaflet', 'points', 0, 'basis', 1])).toBe('leaflet.points[1].basis[2]');
  });
});

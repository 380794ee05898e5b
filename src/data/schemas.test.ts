import { describe, expect, it } from 'vitest';
import { schemas, withChineseErrors } from './schemas.ts';
import { quizSchema } from '../schemas/content.ts';

/** Astro parses entries with its own error map; this one stands in for it (English, like Astro's). */
const englishMap = (issue: { code: string; message?: string }) => ({ message: issue.message ?? `English: ${issue.code}` });

describe('withChineseErrors (the schemas as Astro’s content layer runs them)', () => {
  it('keeps the Chinese messages and the field paths even under another error map', async () => {
    const quiz = { title: '测试', description: '一次测试考试', quotas: [{ count: 'ten' }], passMark: 1 };
    const plain = await quizSchema.safeParseAsync(quiz, { error: englishMap });
    expect(plain.error?.issues[0]?.message).toMatch(/^English/);
    const wrapped = await withChineseErrors(quizSchema).safeParseAsync(quiz, { error: englishMap });
    expect(wrapped.error?.issues).toEqual([expect.objectContaining({ path: ['quotas', 0, 'count'], message: '发现“ten”，应为数字' })]);
  });
  it('returns the parsed data (defaults, dates) when the entry is valid', async () => {
    const quiz = { title: '测试', description: '一次测试考试', quotas: [{ count: 1 }], passMark: 1, opens: new Date('2026-12-01') };
    const parsed = await withChineseErrors(quizSchema).safeParseAsync(quiz, { error: englishMap });
    expect(parsed.data).toMatchObject({ kind: 'exam', shuffleQuestions: true, opens: new Date('2026-12-01') });
    expect(schemas.explainer).toBeDefined();
  });
});

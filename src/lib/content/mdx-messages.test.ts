import { describe, expect, it } from 'vitest';
import { parseMdxBody } from './statements.ts';
import { mdxErrorMessage, mdxErrorPosition, type MdxParseError } from './mdx-messages.ts';

function errorOf(body: string): MdxParseError {
  try {
    parseMdxBody(body);
  } catch (error) {
    return error as MdxParseError;
  }
  throw new Error('expected a parse error');
}

describe('mdxErrorMessage', () => {
  it('says in Chinese that a <div> is not closed, at its line', () => {
    const e = errorOf('第一段。\n\n<div>\n\n没有闭合的块。\n');
    expect(mdxErrorMessage(e)).toMatch(/^MDX 写法有误：标签 <div> 没有闭合/);
    expect(mdxErrorPosition(e).line).toBe(3);
  });
  it('explains an unescaped { and a bad character in a tag', () => {
    expect(mdxErrorMessage(errorOf('工资 {按月 发放\n'))).toMatch(/^MDX 写法有误：.*\\\{/);
    expect(mdxErrorMessage(errorOf('工资 < 3000 元 <3 \n'))).toMatch(/^MDX 写法有误：/);
  });
  it('never returns an English-only sentence', () => {
    for (const body of ['<Cite law="劳动法" article={44}', '</div>\n', '<a></b>\n', '{1 +}\n']) {
      const message = mdxErrorMessage(errorOf(body));
      expect(message).toMatch(/^MDX 写法有误：.*[\u4e00-\u9fa5]{4}/);
      expect(message, body).not.toContain('解析器原文');
    }
  });
});

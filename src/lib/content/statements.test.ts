import { describe, expect, it } from 'vitest';
import { uncitedStatements } from './statements.ts';

const body = (rules: string) => `## 一句话看懂\n\n没有引用也可以。\n\n## 主要规定\n\n${rules}\n\n## 常见问题\n\n不查这里。\n`;

describe('uncitedStatements: every statement of law in 主要规定 names its article', () => {
  it('accepts paragraphs, list items and table rows that quote an article', () => {
    const rules = [
      '单位应当订立书面合同（《劳动合同法》第十条）。',
      '- 超过一个月不满一年的，每月支付二倍工资（《劳动合同法》第八十二条第一款）。',
      '- 见 <Cite law="劳动合同法" article={14} />。',
      '| 情形 | 依据 |\n|---|---|\n| 满一年 | 《劳动合同法》第十四条第三款 |\n| 满一年以后 | 同上 |',
      '> 提示：留好工资条和考勤记录。',
    ].join('\n\n');
    expect(uncitedStatements(body(rules))).toEqual([]);
  });
  it('reports each uncited paragraph, item and row with its line, and does not count a bare 第N条', () => {
    const rules = ['单位应当订立书面合同。', '- 依照第八十二条支付二倍工资。', '| 情形 | 依据 |\n|---|---|\n| 满一年 | 视为无固定期限 |\n| 以后 | 同上 |', '> 注意：这不是提示块。'].join('\n\n');
    expect(uncitedStatements(body(rules))).toEqual([
      { line: 7, text: '单位应当订立书面合同。' },
      { line: 9, text: '依照第八十二条支付二倍工资。' },
      { line: 13, text: '满一年 视为无固定期限' },
      { line: 14, text: '以后 同上' },
      { line: 16, text: '注意：这不是提示块。' },
    ]);
  });
});

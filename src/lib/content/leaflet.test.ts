import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './files.ts';
import { leafletContent, openingSentences } from './leaflet.ts';

const body = (file: string) => splitFrontMatter(readFileSync(file, 'utf8'), file).body;

describe('leafletContent', () => {
  it('takes the one-paragraph answer and the rule headings of an explainer', () => {
    const c = leafletContent(body('content/explainers/shiyongqi.mdx'));
    expect(c.answer).toHaveLength(1);
    expect(c.answer[0]).toMatch(/^试用期不是“想试多久就试多久”/);
    expect(c.answer[0]).not.toContain('**');
    expect(c.points).toContain('只能试用一次');
  });
  it('takes the tips of a case', () => {
    const c = leafletContent(body('content/cases/jiaoxue-shiyongqi-jiechu.mdx'));
    expect(c.tips.length).toBeGreaterThan(2);
    expect(c.tips[0]).toContain('录用条件');
  });
  it('gives empty lists for a body without those sections', () => {
    expect(leafletContent('正文。\n')).toEqual({ answer: [], points: [], tips: [] });
  });
});

describe('openingSentences', () => {
  it('keeps whole sentences up to the length, and always the first', () => {
    expect(openingSentences('第一句。第二句！第三句很长很长。', 8)).toBe('第一句。第二句！');
    expect(openingSentences('只有一句但是很长很长很长', 4)).toBe('只有一句但是很长很长很长');
  });
});

import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { remarkCitations } from './remark-citations.ts';

async function run(source: string) {
  const file = new VFile({ path: 'content/explainers/test.mdx', value: source });
  const out = await compile(file, { remarkPlugins: [remarkCitations], jsx: true });
  return { code: String(out), frontmatter: (out.data as { astro: { frontmatter: { citations: string[] } } }).astro.frontmatter };
}

describe('remarkCitations', () => {
  it('links a prose citation and lists it for the page', async () => {
    const { code, frontmatter } = await run('解除合同时，依照《劳动合同法》第四十七条计算经济补偿。\n');
    expect(code).toMatch(/<Cite label="《劳动合同法》第四十七条" url="\/laws\/laodong-hetong-fa\/#art-47" \/>/);
    expect(frontmatter.citations).toEqual([expect.stringMatching(/#art-47$/)]);
  });

  it('links each article of a list under one law name', async () => {
    const { code, frontmatter } = await run('见《中华人民共和国劳动法》第四十四条、第四十五条。\n');
    expect(frontmatter.citations).toHaveLength(2);
    // Written as 《中华人民共和国劳动法》第四十四条 and 第四十五条: the text as written is kept beside the label.
    expect(code).toMatch(/<Cite label="《劳动法》第四十四条" url="\/laws\/laodong-fa\/#art-44" text="《中华人民共和国劳动法》第四十四条" \/>/);
    expect(code).toMatch(/<Cite label="《劳动法》第四十五条" url="\/laws\/laodong-fa\/#art-45" text="第四十五条" \/>/);
  });

  it('leaves text inside links and headings alone', async () => {
    const { code } = await run('## 《劳动合同法》第十条\n\n[《劳动合同法》第十条](/laws/)\n');
    expect(code).not.toContain('Cite');
  });

  it('fails the build with file, line and column for an unknown article', async () => {
    await expect(run('第一段。\n\n依据《劳动合同法》第二百条。\n')).rejects.toThrow(
      /content\/explainers\/test\.mdx:3:1.*《劳动合同法》第二百条.*没有第二百条/s,
    );
  });

  it('checks <Cite> components too', async () => {
    const ok = await run('<Cite law="劳动法" article={44} paragraph={1} />\n');
    expect(ok.frontmatter.citations).toEqual([expect.stringMatching(/#art-44$/)]);
    expect(ok.code).toMatch(/<Cite label="《劳动法》第四十四条第一款" url="\/laws\/laodong-fa\/#art-44" \/>/);
    await expect(run('\n<Cite law="劳动法典" article={44} />\n')).rejects.toThrow(/test\.mdx:2:1.*未找到法规/s);
  });
});

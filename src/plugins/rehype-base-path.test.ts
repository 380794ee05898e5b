import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeBasePath } from './rehype-base-path.ts';

async function render(markdown: string, base: string): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkRehype).use(rehypeBasePath, { base }).use(rehypeStringify).process(markdown);
  return String(file);
}

describe('rehypeBasePath', () => {
  it('puts the base in front of site paths in links and images', async () => {
    const html = await render('[第四十七条](/laws/laodong-hetong-fa/#art-47) ![图](/og/a.png)', '/pufa/');
    expect(html).toContain('href="/pufa/laws/laodong-hetong-fa/#art-47"');
    expect(html).toContain('src="/pufa/og/a.png"');
  });

  it('leaves other URLs and a root deployment as they are', async () => {
    const markdown = '[外部](https://www.gov.cn/) [锚点](#art-3) [协议相对](//example.org/) [本站](/laws/)';
    const html = await render(markdown, '/pufa/');
    expect(html).toContain('href="https://www.gov.cn/"');
    expect(html).toContain('href="#art-3"');
    expect(html).toContain('href="//example.org/"');
    expect(await render('[本站](/laws/)', '/')).toContain('href="/laws/"');
  });
});

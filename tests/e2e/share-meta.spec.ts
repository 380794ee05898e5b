import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { load as loadYaml } from 'js-yaml';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST, lawByShortTitle } from './helpers.ts';

/** The public base URL from site.config.yaml, without a trailing slash. */
const BASE_URL = (loadYaml(readFileSync('site.config.yaml', 'utf8')) as { baseUrl: string }).baseUrl.replace(/\/+$/, '');
const SITE_NAME = '人社普法小站';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} 不是 PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The dist/ file of an absolute image URL on this site. */
function distFileOf(imageUrl: string): string {
  expect(imageUrl.startsWith(`${BASE_URL}/og/`), `${imageUrl} 应在 ${BASE_URL}/og/ 下`).toBe(true);
  return join(DIST, decodeURIComponent(new URL(imageUrl).pathname));
}

const metas = (head: HTMLElement, attr: 'property' | 'name' | 'itemprop', key: string) =>
  head.querySelectorAll(`meta[${attr}="${key}"]`).map((m) => m.getAttribute('content') ?? '');

/** Checks every share tag of one page's head and returns its image files. */
function checkHead(html: string, path: string, expected: { section?: string; type?: 'article' | 'website' } = {}) {
  const head = parse(html.slice(0, html.indexOf('</head>')));
  const one = (attr: 'property' | 'name' | 'itemprop', key: string) => {
    const values = metas(head, attr, key);
    expect(values, `${path}：${key} 应恰好有一个`).toHaveLength(1);
    expect(values[0]!.trim(), `${path}：${key} 不能为空`).not.toBe('');
    return values[0]!;
  };

  const title = head.querySelector('title')?.text ?? '';
  expect(title).toContain(SITE_NAME);
  const description = one('name', 'description');
  expect(description.length).toBeGreaterThan(8);
  const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href');
  expect(canonical).toBe(BASE_URL + path);

  expect(['article', 'website']).toContain(one('property', 'og:type'));
  if (expected.type) expect(one('property', 'og:type')).toBe(expected.type);
  const ogTitle = one('property', 'og:title');
  expect(title.startsWith(ogTitle) || path === '/').toBe(true);
  expect(one('property', 'og:description')).toBe(description);
  expect(one('property', 'og:url')).toBe(canonical);
  expect(one('property', 'og:site_name')).toContain(SITE_NAME);
  expect(one('property', 'og:locale')).toBe('zh_CN');
  expect(one('name', 'twitter:card')).toBe('summary_large_image');
  if (expected.section) expect(one('property', 'article:section')).toBe(expected.section);

  const images = metas(head, 'property', 'og:image');
  const widths = metas(head, 'property', 'og:image:width').map(Number);
  const heights = metas(head, 'property', 'og:image:height').map(Number);
  const alts = metas(head, 'property', 'og:image:alt');
  expect(images).toHaveLength(2);
  expect(widths).toHaveLength(2);
  expect(heights).toHaveLength(2);
  expect(alts.every((a) => a.includes(SITE_NAME))).toBe(true);

  const [wide, square] = images.map(distFileOf) as [string, string];
  expect(existsSync(wide), `${path}：缺少分享图 ${wide}`).toBe(true);
  expect(existsSync(square), `${path}：缺少方形分享图 ${square}`).toBe(true);
  expect(pngSize(wide)).toEqual({ width: 1200, height: 630 });
  expect(pngSize(wide)).toEqual({ width: widths[0], height: heights[0] });
  const sq = pngSize(square);
  expect(sq).toEqual({ width: widths[1], height: heights[1] });
  expect(sq.width).toBe(sq.height);
  expect(sq.width).toBeGreaterThanOrEqual(300);
  expect(metas(head, 'name', 'twitter:image')).toEqual([images[0]]);
  expect(metas(head, 'itemprop', 'image')).toEqual([images[1]]);
  return { wide, square, ogTitle };
}

const pageTypes = () => [
  { name: '首页', path: '/', type: 'website' as const },
  { name: '政策解读', path: '/explainers/jingji-buchang/', section: '政策解读', type: 'article' as const },
  { name: '以案说法', path: '/cases/baoxin-zhi-jiaban-fei/', section: '以案说法', type: 'article' as const },
  { name: '法规全文', path: `/laws/${lawByShortTitle('劳动合同法').slug}/`, section: '法规库', type: 'article' as const },
  { name: '法规库', path: '/laws/', section: '法规库' },
  { name: '计算器', path: '/tools/severance/', section: '算得清' },
  { name: '算得清', path: '/tools/', section: '算得清' },
  { name: '学法答题', path: '/quiz/', section: '学法答题' },
  { name: '每日一练', path: '/quiz/daily/', section: '学法答题' },
  { name: '模拟考试', path: '/quiz/shili-ceshi/', section: '学法答题' },
  { name: '搜索', path: '/search/' },
  { name: '关于本站', path: '/about/', section: '关于本站' },
];

for (const p of pageTypes()) {
  test(`share metadata and images: ${p.name}`, async ({ request }) => {
    const res = await request.get(p.path);
    expect(res.ok()).toBe(true);
    const { wide } = checkHead(await res.text(), p.path, p);
    // The image is served as a PNG by the preview server too.
    const img = await request.get(wide.slice(DIST.length));
    expect(img.headers()['content-type']).toContain('image/png');
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['pagefind', '_astro', 'og'].includes(name) ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

test('every built page that has share tags has both of its images, and no image is shared by two pages', () => {
  const seen = new Map<string, string>();
  let pages = 0;
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('property="og:image"')) continue;
    const path =
      '/' +
      relative(DIST, file)
        .replace(/index\.html$/, '')
        .replace(/\.html$/, '/');
    const canonical =
      parse(html.slice(0, html.indexOf('</head>')))
        .querySelector('link[rel="canonical"]')
        ?.getAttribute('href') ?? '';
    const { wide, square } = checkHead(html, new URL(canonical).pathname, {});
    for (const img of [wide, square]) {
      expect(seen.get(img), `${img} 被 ${seen.get(img)} 和 ${path} 共用`).toBeUndefined();
      seen.set(img, path);
    }
    pages++;
  }
  expect(pages).toBeGreaterThan(50);
});

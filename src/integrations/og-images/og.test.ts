import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OG_SIZES, ogImagePath, pageOfOgImage } from '../../lib/og/paths.ts';
import { pageShareMeta } from '../../lib/og/page-meta.ts';
import { cachedPng, cardHash, pngSize, renderPng, renderSvg } from './render.ts';
import type { CardSpec } from '../../lib/og/template.ts';

const spec: CardSpec = {
  title: '单位不签劳动合同怎么办？',
  section: '政策解读',
  bureau: '示例市人社局',
  siteName: '人社普法小站',
  host: 'pufa.example.gov.cn',
  home: false,
};

describe('share image paths', () => {
  it('maps pages to stable image paths', () => {
    expect(ogImagePath('/', 'wide')).toBe('/og/index.png');
    expect(ogImagePath('/', 'square')).toBe('/og/index-square.png');
    expect(ogImagePath('/explainers/', 'wide')).toBe('/og/explainers.png');
    expect(ogImagePath('/explainers/jingji-buchang/', 'wide')).toBe('/og/explainers/jingji-buchang.png');
    expect(ogImagePath('/explainers/jingji-buchang/', 'square')).toBe('/og/explainers/jingji-buchang-square.png');
    expect(ogImagePath('/404.html', 'wide')).toBe('/og/404.png');
  });
  it('finds the page of an image path (dev server)', () => {
    expect(pageOfOgImage('/og/index.png')).toEqual({ pagePath: '/', variant: 'wide' });
    expect(pageOfOgImage('/og/explainers/jingji-buchang-square.png')).toEqual({ pagePath: '/explainers/jingji-buchang/', variant: 'square' });
    expect(pageOfOgImage('/og/laws.png')).toEqual({ pagePath: '/laws/', variant: 'wide' });
    expect(pageOfOgImage('/explainers/x/')).toBeNull();
  });
  it('keeps the square image at least 300×300 for WeChat', () => {
    expect(OG_SIZES.square.width).toBe(OG_SIZES.square.height);
    expect(OG_SIZES.square.width).toBeGreaterThanOrEqual(300);
    expect(OG_SIZES.wide).toEqual({ width: 1200, height: 630 });
  });
});

describe('reading share tags from built HTML', () => {
  it('decodes entities and reads every og:image', () => {
    const html = `<html><head><meta property="og:url" content="https://x.cn/a/"><meta property="og:title" content="A &amp; &quot;B&quot;">
      <meta property="article:section" content="法规库"><meta property="og:image" content="https://x.cn/og/a.png"><meta property="og:image" content="https://x.cn/og/a-square.png"></head><body><meta property="og:title" content="not this"></body></html>`;
    expect(pageShareMeta(html)).toEqual({
      url: 'https://x.cn/a/',
      title: 'A & "B"',
      section: '法规库',
      images: ['https://x.cn/og/a.png', 'https://x.cn/og/a-square.png'],
    });
  });
  it('ignores pages without share tags', () => {
    expect(pageShareMeta('<html><head><title>x</title></head></html>')).toBeNull();
  });
});

describe('drawing share cards', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a 1200×630 and a 600×600 PNG', async () => {
    expect(pngSize(await renderPng(spec, 'wide'))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(await renderPng(spec, 'square'))).toEqual({ width: 600, height: 600 });
  }, 30_000);

  it('draws text as paths with the bundled font, so no system font is needed', async () => {
    const svg = await renderSvg(spec, 'wide');
    expect(svg).toMatch(/^<svg[^>]+width="1200"[^>]+height="630"/);
    expect(svg).not.toContain('<text');
    expect(svg.length).toBeGreaterThan(10_000); // glyph outlines
  });

  it('cuts long titles to three lines with an ellipsis instead of overflowing', async () => {
    const sentence = '公司以末位淘汰为由解除劳动合同员工能否要求支付违法解除赔偿金'; // 30 characters
    const twoLines = await renderSvg({ ...spec, title: sentence }, 'wide');
    const long = { ...spec, title: sentence.repeat(5) };
    const svg = await renderSvg(long, 'wide');
    // Glyphs are drawn as paths: 150 characters cost about what three lines do, not five times two lines.
    expect(svg.length).toBeLessThan(twoLines.length * 2);
    expect(pngSize(await renderPng(long, 'square'))).toEqual({ width: 600, height: 600 });
  });

  it('caches by what is drawn: the second request is a hit, a changed title is drawn again', async () => {
    const first = await cachedPng(spec, 'wide', dir);
    const second = await cachedPng(spec, 'wide', dir);
    expect(first.hit).toBe(false);
    expect(second.hit).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
    const changed = await cachedPng({ ...spec, title: '另一个标题' }, 'wide', dir);
    expect(changed.hit).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
  });

  it('hashes every drawn field and the variant', () => {
    const base = cardHash(spec, 'wide');
    expect(cardHash({ ...spec }, 'wide')).toBe(base);
    expect(cardHash(spec, 'square')).not.toBe(base);
    for (const change of [{ title: 'x' }, { section: '以案说法' }, { bureau: '某某市人社局' }, { host: 'a.cn' }, { home: true }]) {
      expect(cardHash({ ...spec, ...change }, 'wide')).not.toBe(base);
    }
  });

  it('draws the same bytes every time', async () => {
    const a = await renderPng(spec, 'square');
    const b = await renderPng(spec, 'square');
    expect(a.equals(b)).toBe(true);
  });

  it('rejects bytes that are not a PNG', () => {
    expect(() => pngSize(new Uint8Array([1, 2, 3]))).toThrow('不是 PNG');
  });
});

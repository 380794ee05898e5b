import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from '@playwright/test';
import { lawByShortTitle } from './helpers.ts';

/** Number of pages in a PDF produced by Chromium. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('an explainer links to a one-page A4 leaflet with the answer, points, help, QR code and bureau', async ({ page }) => {
  await page.goto('/explainers/shiyongqi/');
  await page.getByRole('link', { name: /打印宣传单/ }).click();
  await expect(page).toHaveURL(/\/explainers\/shiyongqi\/print\/$/);
  const sheet = page.locator('.sheet');
  await expect(sheet.locator('h1')).toContainText('试用期');
  await expect(sheet.locator('.answer')).toContainText('最长六个月');
  await expect(sheet.getByRole('heading', { name: '要点' })).toBeVisible();
  await expect(sheet.locator('.points li').first()).toContainText('试用期最长一个月');
  await expect(sheet.locator('.example h2')).toContainText('算一算');
  await expect(sheet.locator('.example')).toContainText('教学案例（情节虚构）');
  await expect(sheet).toContainText('12333');
  await expect(sheet).toContainText('示例市人力资源和社会保障局');
  await expect(sheet.locator('.qr svg[role="img"]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.screen-bar')).toBeHidden();
  mkdirSync('test-results/print', { recursive: true });
  const pdf = await page.pdf({ path: 'test-results/print/leaflet-shiyongqi.pdf', preferCSSPageSize: true, printBackground: true });
  expect(pageCount(pdf)).toBe(1);
});

/** Renders page 1..n of a PDF to PNG with poppler's pdftoppm and reads the QR code on it (the project's jsQR). */
function qrTextsOf(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'leaflet-'));
  try {
    writeFileSync(join(dir, 'l.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '110', '-png', join(dir, 'l.pdf'), join(dir, 'p')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .flatMap((f) => {
        const png = PNG.sync.read(readFileSync(join(dir, f)));
        const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
        return code ? [code.data] : [];
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every explainer and case, from their list pages. */
async function contentPages(page: import('@playwright/test').Page): Promise<string[]> {
  const links: string[] = [];
  for (const path of ['/explainers/', '/cases/']) {
    await page.goto(path);
    links.push(...(await page.locator('.card h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))));
  }
  return links;
}

test('every leaflet prints on one A4 page (its large-print version on two), with sentences for points and a QR code that opens the page', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  const counts: string[] = [];
  for (const link of await contentPages(page)) {
    await page.goto(link);
    const headings = (await page.locator('main h2, main h3').allTextContents()).map((h) => h.trim());
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    for (const [variant, pages] of [
      ['print/', 1],
      ['print/large/', 2],
    ] as const) {
      await page.goto(`${link}${variant}`);
      const points = await page.locator('.points li').evaluateAll((lis) => lis.map((li) => (li.firstChild?.textContent ?? '').trim()));
      const cites = (await page.locator('.points .cite').allTextContents()).join('');
      const mains = ((await page.locator('.basis p').first().textContent()) ?? '').replace('主要依据：', '').split('；');
      if (points.length < 3 || points.length > 5) problems.push(`${link}${variant}：要点 ${points.length} 条`);
      for (const p of points) {
        if (!/[。！？；]$/.test(p)) problems.push(`${link}${variant}：要点不是完整的句子：${p}`);
        if (headings.includes(p)) problems.push(`${link}${variant}：要点与小标题相同：${p}`);
      }
      // Each main article (《劳动合同法》第四十七条) is cited by a point, possibly down to its 款 or 项.
      for (const main of mains) if (!cites.includes(main.trim())) problems.push(`${link}${variant}：主要依据 ${main} 不在要点所引条文中`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      const n = pageCount(pdf);
      counts.push(`${link}${variant}:${n}`);
      if (n !== pages) problems.push(`${link}${variant}：打印 ${n} 页，应为 ${pages} 页`);
      const qr = qrTextsOf(pdf);
      if (!qr.includes(canonical!)) problems.push(`${link}${variant}：二维码读出 ${JSON.stringify(qr)}，应为 ${canonical}`);
    }
  }
  console.log(`[宣传单页数] ${counts.join(' ')}`);
  expect(problems).toEqual([]);
});

test('a law prints as text without navigation or buttons', async ({ page }) => {
  await page.goto(`/laws/${lawByShortTitle('劳动合同法').slug}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.locator('.law-toc')).toBeHidden();
  await expect(page.locator('.copy-link').first()).toBeHidden();
  await expect(page.locator('#art-47')).toBeVisible();
  const pdf = await page.pdf({ path: 'test-results/print/law.pdf', format: 'A4' });
  expect(pageCount(pdf)).toBeGreaterThan(5);
});

import { mkdirSync } from 'node:fs';
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
  await expect(sheet).toContainText('12333');
  await expect(sheet).toContainText('示例市人力资源和社会保障局');
  await expect(sheet.locator('.qr svg[role="img"]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.screen-bar')).toBeHidden();
  mkdirSync('test-results/print', { recursive: true });
  const pdf = await page.pdf({ path: 'test-results/print/leaflet-shiyongqi.pdf', preferCSSPageSize: true, printBackground: true });
  expect(pageCount(pdf)).toBe(1);
});

test('every explainer and case leaflet fits on one A4 page', async ({ page }) => {
  test.setTimeout(120_000);
  const counts: string[] = [];
  for (const path of ['/explainers/', '/cases/']) {
    await page.goto(path);
    const links = await page.locator('.card h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    for (const link of links) {
      await page.goto(`${link}print/`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      counts.push(`${link}:${pageCount(pdf)}`);
    }
  }
  console.log(`[宣传单页数] ${counts.join(' ')}`);
  expect(counts.filter((c) => !c.endsWith(':1'))).toEqual([]);
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

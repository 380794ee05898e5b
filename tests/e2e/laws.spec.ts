import { expect, test } from '@playwright/test';
import { lawByShortTitle, readManifest } from './helpers.ts';

test('home → 法规库 → a law → an article anchor', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '法规库' }).click();
  await expect(page).toHaveURL(/\/laws\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '法规库' })).toBeVisible();

  await page.getByRole('link', { name: '中华人民共和国劳动合同法', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中华人民共和国劳动合同法');

  // Table of contents → chapter 4, then the article's own link.
  await page.getByText(/^目录/).click();
  await page
    .getByRole('navigation', { name: '法规目录' })
    .getByRole('link', { name: /第四章/ })
    .click();
  await expect(page).toHaveURL(/#ch-4$/);
  await page.getByRole('link', { name: '第四十七条', exact: true }).click();
  await expect(page).toHaveURL(/#art-47$/);
  const article = page.locator('#art-47');
  await expect(article).toBeInViewport();
  await expect(page.locator('.provision:has(#art-47)')).toContainText('经济补偿按劳动者在本单位工作的年限');
});

test('article anchors from the manifest exist on the law page', async ({ page }) => {
  const law = lawByShortTitle('劳动合同法');
  expect(law.articleCount).toBe(98);
  await page.goto(`/laws/${law.slug}/#art-98`);
  await expect(page.locator('#art-98')).toBeInViewport();
  const ids = await page.locator('.provision h3[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toEqual(law.anchors);
});

test('the manifest lists every law with its kind', async () => {
  const manifest = readManifest();
  expect(manifest).toHaveLength(29); // 28 statutes and the sample normative document
  expect(lawByShortTitle('宪法').kind).toBe('宪法');
  expect(lawByShortTitle('工伤保险条例').kind).toBe('行政法规');
  const notice = manifest.find((l) => l.title === '关于职工全年月平均工作时间和工资折算问题的通知');
  expect(notice?.articleCount).toBe(0);
  expect(notice?.anchors).toEqual(['part-1', 'part-2', 'part-3']);
});

test('copy link copies the article URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const law = lawByShortTitle('劳动法');
  await page.goto(`/laws/${law.slug}/#art-44`);
  const button = page.locator('.provision:has(#art-44) .copy-link');
  await button.click();
  await expect(button).toHaveText('已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/laws/${law.slug}/#art-44$`));
});

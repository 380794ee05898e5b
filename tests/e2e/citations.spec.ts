import { expect, test } from '@playwright/test';
import { lawByShortTitle } from './helpers.ts';

test('a citation link in an explainer opens the right article', async ({ page }) => {
  const law = lawByShortTitle('劳动合同法');
  await page.goto('/explainers/jingji-buchang/');
  const link = page.locator(`.prose a[href="/laws/${law.slug}/#art-47"]`).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/laws/${law.slug}/#art-47$`));
  await expect(page.locator('#art-47')).toBeInViewport();
});

test('the 条文 button shows the article text without a page load', async ({ page }) => {
  await page.goto('/explainers/jingji-buchang/');
  const before = page.url();
  const peek = page.getByRole('button', { name: '查看条文：劳动合同法第四十七条' }).first();
  await peek.click();
  const popover = page.getByRole('dialog', { name: /劳动合同法.*第四十七条/ });
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('经济补偿按劳动者在本单位工作的年限');
  expect(page.url()).toBe(before);
  await popover.getByRole('button', { name: '关闭' }).click();
  await expect(popover).toBeHidden();
});

test('a case shows its attribution and links its basis', async ({ page }) => {
  await page.goto('/cases/');
  const first = page.locator('.card h2 a').first();
  await first.click();
  await expect(page.locator('.case-source')).toContainText(/来源|教学案例（情节虚构）/);
  await expect(page.getByRole('heading', { name: '法条链接' })).toBeVisible();
  const basisLinks = page.locator('.basis a[href^="/laws/"]');
  expect(await basisLinks.count()).toBeGreaterThan(0);
});

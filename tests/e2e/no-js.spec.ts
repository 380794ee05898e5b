import { expect, test } from '@playwright/test';
import { lawByShortTitle } from './helpers.ts';

test.use({ javaScriptEnabled: false });

test('content pages are readable with JavaScript off', async ({ page }) => {
  await page.goto('/explainers/jingji-buchang/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '法律依据' })).toBeVisible();

  const law = lawByShortTitle('劳动合同法');
  await page.goto(`/laws/${law.slug}/#art-47`);
  await expect(page.locator('.provision:has(#art-47)')).toContainText('经济补偿');

  await page.goto('/cases/');
  await expect(page.locator('.card').first()).toBeVisible();
});

test('the header search form works without JavaScript as a plain link to /search/?q=', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox').fill('工伤');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByText('搜索需要开启 JavaScript')).toBeVisible();
});

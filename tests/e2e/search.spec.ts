import { expect, test } from '@playwright/test';
import { lawByShortTitle } from './helpers';

test('searching 经济补偿 finds 劳动合同法 第四十七条', async ({ page }) => {
  const law = lawByShortTitle('劳动合同法');
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: '搜索政策、案例和法条' }).fill('经济补偿');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(/\?q=%E7%BB%8F%E6%B5%8E%E8%A1%A5%E5%81%BF/);
  const hit = page.locator(`#search-results a[href$="/laws/${law.slug}/#art-47"]`);
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.locator('#art-47')).toBeInViewport();
});

test('a shared ?q= link runs the search and the 类型 filter narrows it', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('加班费'));
  await expect(page.locator('#search-status')).toContainText('找到');
  await page.getByLabel('类型').selectOption('政策解读');
  await expect(page).toHaveURL(/\?q=/);
  // The filtered search replaces the list when it arrives.
  await expect
    .poll(async () => [...new Set(await page.locator('#search-results .result-kind').allTextContents())])
    .toEqual(['政策解读']);
});

test('the search page fetches no search code before a search starts', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('searchbox', { name: '搜索政策、案例和法条' }).fill('工伤');
  await expect(page.locator('#search-status')).toContainText(/找到|没有找到/);
  expect(fetched.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

import { expect, test } from '@playwright/test';

const rootFontSize = (page: import('@playwright/test').Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('font size 大/中/小 applies and persists across pages', async ({ page }) => {
  await page.goto('/');
  const medium = await rootFontSize(page);
  const group = page.getByRole('group', { name: '字号' });
  await group.getByRole('button', { name: '大号字' }).click();
  await expect(group.getByRole('button', { name: '大号字' })).toHaveAttribute('aria-pressed', 'true');
  expect(await rootFontSize(page)).toBeGreaterThan(medium);

  await page.goto('/laws/');
  expect(await rootFontSize(page)).toBeGreaterThan(medium);
  await expect(page.getByRole('group', { name: '字号' }).getByRole('button', { name: '大号字' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '小号字' }).click();
  await page.reload();
  expect(await rootFontSize(page)).toBeLessThan(medium);
});

test('the switch still works when storage is unavailable', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new Error('denied');
      },
    });
  });
  await page.goto('/');
  const medium = await rootFontSize(page);
  await page.getByRole('button', { name: '大号字' }).click();
  expect(await rootFontSize(page)).toBeGreaterThan(medium);
});

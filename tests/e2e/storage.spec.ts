import { expect, test } from '@playwright/test';

/** The site's keys in localStorage, without values. */
const siteKeys = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('pufa:'))
      .sort(),
  );

test('清除全部记录 removes every key the site wrote (registration, attempts, history, 错题本, profile) but the font size', async ({ page }) => {
  await page.goto('/quiz/jingsai-shili/');
  await page.getByLabel('姓名').fill('张三');
  await page.getByLabel('单位', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('.quiz-progress')).toBeVisible();
  await page.goto('/quiz/daily/');
  await expect(page.locator('.quiz-progress')).toBeVisible();
  await page.getByRole('button', { name: '大' }).click();
  await page.evaluate(() => {
    localStorage.setItem('pufa:profile', JSON.stringify({ name: '张三', unit: '办公室' }));
    localStorage.setItem('other-site', 'kept');
  });
  const before = await siteKeys(page);
  expect(before).toEqual(
    expect.arrayContaining(['pufa:font-size', 'pufa:profile', 'pufa:registration:exam:jingsai-shili', 'pufa:attempt:exam:jingsai-shili']),
  );
  await page.goto('/quiz/history/');
  await page.getByRole('button', { name: '清除全部记录' }).click();
  await page.getByRole('button', { name: '确定清除' }).click();
  await expect(page.getByText('已清除本机的全部答题记录。')).toBeVisible();
  expect(await siteKeys(page)).toEqual(['pufa:font-size']);
  expect(await page.evaluate(() => localStorage.getItem('other-site'))).toBe('kept');
});

test('a stored attempt with a time a result code cannot hold is discarded and the quiz starts again', async ({ page }) => {
  await page.goto('/quiz/jingsai-shili/');
  // Of the published version, so only its time makes it unusable.
  const manifest = (await (await page.request.get('/quiz/manifest.json')).json()) as { quizzes: Array<{ id: string; definitionHash: string }> };
  const definitionHash = manifest.quizzes.find((q) => q.id === 'jingsai-shili')!.definitionHash;
  await page.evaluate((hash) => {
    const attempt = {
      version: 1,
      quizId: 'exam:jingsai-shili',
      mode: 'exam',
      definitionHash: hash,
      seed: '0123456789abcdef',
      answers: {},
      checked: [],
      current: 0,
      startedAt: 2 ** 32 * 1000,
    };
    localStorage.setItem('pufa:attempt:exam:jingsai-shili', JSON.stringify(attempt));
  }, definitionHash);
  await page.reload();
  await expect(page.getByRole('button', { name: '开始答题' })).toBeVisible();
});

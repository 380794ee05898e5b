import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DIST } from './helpers.ts';

const INDEX = '/quiz/search-index.json';

test('题库检索: 年休假 finds 休息休假 questions, loading the index only once the box is used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/quiz/practice/');
  await page.waitForLoadState('networkidle');
  expect(fetched).not.toContain(INDEX);

  const box = page.getByRole('searchbox', { name: '按关键词查找练习题' });
  const before = fetched.length;
  const indexRequest = page.waitForRequest((r) => r.url().endsWith(INDEX));
  await box.focus();
  await indexRequest;
  await page.waitForLoadState('networkidle');
  // The code that came with the index: lunr, the tokenizer and the result rendering.
  const chunks = fetched.slice(before).filter((u) => u.startsWith('/_astro/'));
  expect(chunks.length).toBeGreaterThan(0);

  await box.fill('年休假');
  await expect(page.locator('#qs-status')).toContainText(/找到 \d+ 道题/);
  const results = page.locator('#qs-results > li');
  expect(await results.count()).toBeGreaterThanOrEqual(5);
  const first = results.first();
  const stem = await first.locator('.qs-stem').textContent();
  const topic = await first.locator('.qs-meta').textContent();
  expect(topic!.includes('主题：休息休假') || stem!.includes('年休假'), `${topic} ${stem}`).toBe(true);
  await expect(first.locator('.qs-stem mark').first()).toHaveText('年休假');
  await expect(first.getByRole('link', { name: /练习“/ })).toHaveAttribute('href', /^\/quiz\/practice\/\?topic=/);

  // The result opens the question in its bank page, scrolled to and highlighted.
  const href = (await first.locator('.qs-stem').getAttribute('href'))!;
  expect(href).toMatch(/^\/quiz\/bank\/[a-z-]+\/\?hl=%E5%B9%B4%E4%BC%91%E5%81%87#q-[a-z0-9-]+$/);
  await first.locator('.qs-stem').click();
  const anchor = href.split('#')[1]!;
  await expect(page.locator(`#${anchor}`)).toBeInViewport();
  await expect(page.locator(`#${anchor}`)).toContainText(stem!.trim());
  await expect(page.locator(`li.question:has(#${anchor}) mark.search-hl`).first()).toHaveText('年休假');

  const index = readFileSync(join(DIST, INDEX));
  const code = chunks.map((c) => gzipSync(readFileSync(join(DIST, c)), { level: 9 }).length).reduce((a, b) => a + b, 0);
  console.log(
    `[搜索字节数] 题库检索首次使用：索引 ${(gzipSync(index, { level: 9 }).length / 1024).toFixed(1)} KB（原始 ${(index.length / 1024).toFixed(1)} KB），` +
      `脚本（lunr + 分词）${(code / 1024).toFixed(1)} KB，均为 gzip`,
  );
});

test('题库检索 says when nothing matches and keeps the keyboard flow', async ({ page }) => {
  await page.goto('/quiz/practice/');
  const box = page.getByRole('searchbox', { name: '按关键词查找练习题' });
  await box.fill('火星移民');
  await box.press('Enter');
  await expect(page.locator('#qs-status')).toContainText(/没有找到|部分匹配/);
  await box.fill('试用期');
  await box.press('Enter');
  await expect(page.locator('#qs-status')).toContainText('找到');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('#qs-results .qs-stem').first()).toBeFocused();
  const results = await new AxeBuilder({ page }).include('#question-search').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test.describe('bank pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/quiz/bank/ lists every bank; a bank page shows each question with its answer, explanation and basis', async ({ page }) => {
    await page.goto('/quiz/bank/');
    const banks = page.locator('.card h2 a');
    expect(await banks.count()).toBeGreaterThanOrEqual(10);
    await page.getByRole('link', { name: '工资、休假与女职工保护题库' }).click();
    await expect(page).toHaveURL(/\/quiz\/bank\/gongzi-xiujia-nvzhigong\/$/);
    await expect(page.getByRole('heading', { level: 2, name: '休息休假' })).toBeVisible();
    const question = page.locator('li.question:has(#q-xj-013)');
    await expect(question.getByRole('heading', { level: 3 })).toContainText('年休假');
    await question.getByText('查看答案与解析').click();
    await expect(question.locator('details')).toContainText('答案：');
    await expect(question.locator('details a[href^="/laws/"]').first()).toBeVisible();
  });
});

test('old links to a question on the single bank page go on to its bank page', async ({ page }) => {
  await page.goto('/quiz/bank/#q-xj-013');
  await expect(page).toHaveURL(/\/quiz\/bank\/gongzi-xiujia-nvzhigong\/#q-xj-013$/);
  await expect(page.locator('#q-xj-013')).toBeInViewport();
});

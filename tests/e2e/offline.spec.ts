import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST } from './helpers.ts';

/** Waits until the service worker controls the page (the first visit installs it). */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('after a first visit, visited pages open offline, others show the offline page, and a quiz can be finished', async ({ page, context }) => {
  await page.goto('/explainers/shiyongqi/');
  await waitForServiceWorker(page);
  await page.reload(); // now through the worker, so the page is kept
  await page.goto('/quiz/daily/');
  await expect(page.locator('.quiz-progress')).toHaveText('第 1 / 5 题');

  await context.setOffline(true);
  await page.goto('/explainers/shiyongqi/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('试用期');

  await page.goto('/cases/jiaoxue-fuyi-qixian/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('当前没有网络');
  await expect(page.locator('#offline-pages')).toContainText('试用期');

  // The daily quiz reloads offline with its saved progress and can be finished.
  await page.goto('/quiz/daily/');
  for (let i = 1; i <= 5; i++) {
    await expect(page.locator('.quiz-progress')).toHaveText(`第 ${i} / 5 题`);
    await page.locator('.quiz-question input').first().check();
    await page.getByRole('button', { name: '确认答案' }).click();
    await page.getByRole('button', { name: i === 5 ? '查看结果' : '下一题' }).click();
  }
  await expect(page.getByRole('heading', { name: /答题结果/ })).toBeVisible();
  await context.setOffline(false);
});

test('pages are network first: a new deploy shows without clearing anything', async ({ page, context }) => {
  await page.goto('/explainers/nianxiujia/');
  await waitForServiceWorker(page);
  await page.reload();
  const html = readFileSync(join(DIST, 'explainers/nianxiujia/index.html'), 'utf8');
  // Simulate the next deploy of this page by answering its request with changed content.
  await context.route('**/explainers/nianxiujia/', (route) =>
    route.fulfill({ contentType: 'text/html', body: html.replace('<h1', '<p id="new-deploy">新版本</p><h1') }),
  );
  await page.reload();
  await expect(page.locator('#new-deploy')).toHaveText('新版本');
});

test('the service worker precaches the shell, quiz and calculator code', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  expect(sw).toContain('offline/index.html');
  expect(sw).toMatch(/QuizApp[^"]*\.js/);
  expect(sw).toMatch(/Calculator[^"]*\.js/);
  expect(sw).toContain('skipWaiting');
});

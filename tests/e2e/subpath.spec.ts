/**
 * The sample site built as if deployed under a sub-path of the bureau's site
 * (tests/fixtures/site.subpath.yaml: https://rsj.example.gov.cn/pufa/, `npm run build:subpath`
 * into dist-subpath/) and served under /pufa/: links, search, quizzes and the service worker stay
 * inside it.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkLinks } from './link-check.ts';

const BASE = '/pufa/';
const DIST_SUBPATH = join(process.cwd(), 'dist-subpath');
const at = (path: string) => BASE + path.replace(/^\//, '');

test('every internal link of the sub-path build stays under /pufa/ and resolves', () => {
  const { pages, checked, broken } = checkLinks(DIST_SUBPATH, BASE);
  expect(pages).toBeGreaterThan(30);
  console.log(`子路径部署：检查了 ${pages} 个页面中的 ${checked} 个站内链接`);
  expect(broken).toEqual([]);
});

test('the home page, a citation and the navigation lead to pages under /pufa/', async ({ page }) => {
  await page.goto(at('/'));
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);

  await page.goto(at('/explainers/jiaban-fei/'));
  const citation = page.locator('main a[href*="/laws/"][href*="#art-"]').first();
  const href = await citation.getAttribute('href');
  expect(href).toMatch(/^\/pufa\/laws\/[^/]+\/(\?[^#]*)?#art-\d+/);
  const response = await page.goto(href!);
  expect(response?.status()).toBe(200);
  await expect(page.locator(new URL(href!, 'http://x').hash)).toBeVisible();
});

test('search under /pufa/ loads its index from /pufa/pagefind/ and links results under /pufa/', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.hostname === '127.0.0.1' && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
  });
  await page.goto(at(`/search/?q=${encodeURIComponent('试用期')}`));
  await expect(page.locator('#search-status')).toContainText(/找到/);
  const first = page.locator('#search-results > li a').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/pufa\//);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
  expect(outside).toEqual([]);
});

test('the question bank search and the daily quiz load their data under /pufa/', async ({ page }) => {
  await page.goto(at('/quiz/practice/'));
  const box = page.getByRole('searchbox', { name: '按关键词查找练习题' });
  await box.fill('年休假');
  await expect(page.locator('#qs-status')).toContainText(/找到 \d+ 道题/);
  const hit = await page.locator('#qs-results > li a').first().getAttribute('href');
  expect(hit).toMatch(/^\/pufa\//);

  await page.goto(at('/quiz/daily/'));
  await expect(page.locator('.quiz-progress')).toHaveText('第 1 / 5 题');
});

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('the service worker is scoped to /pufa/ and serves visited pages and the offline page there', async ({ page, context }) => {
  await page.goto(at('/explainers/shiyongqi/'));
  await waitForServiceWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(new URL(scope!).pathname).toBe(BASE);
  await page.reload(); // now through the worker, so the page is kept

  await context.setOffline(true);
  await page.goto(at('/explainers/shiyongqi/'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('试用期');
  await page.goto(at('/cases/jiaoxue-fuyi-qixian/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('当前没有网络');
  await expect(page.locator('#offline-pages a').first()).toHaveAttribute('href', /^\/pufa\//);
  await context.setOffline(false);
});

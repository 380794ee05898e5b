/**
 * Every page type works under its Content-Security-Policy: the <meta> policy the build writes
 * (scripts and styles only from the site or by hash) plus the headers the server sends (README,
 * nginx: frame-ancestors and the rest of SERVER_HEADERS). Any violation fails the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SERVER_HEADERS } from '../../src/lib/site/csp.ts';
import { DIST } from './helpers.ts';

async function withPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    for (const [name, value] of Object.entries(SERVER_HEADERS)) headers[name.toLowerCase()] = value;
    await route.fulfill({ response, headers });
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test('every page has a strict policy: no unsafe-inline scripts, no frame-ancestors in meta, no WeChat host unless configured', () => {
  for (const path of [
    'index.html',
    'explainers/jiaban-fei/index.html',
    'quiz/daily/index.html',
    'organizer/index.html',
    'laws/laodong-fa/index.html',
  ]) {
    const html = readFileSync(join(DIST, path), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+/);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).not.toContain('res.wx.qq.com');
    expect(policy, path).toContain("base-uri 'self'");
  }
});

test('reading pages, the citation popover, search and the highlighter run without a violation', async ({ page }) => {
  const violations = await withPolicy(page);
  await page.goto('/');
  await page.goto('/explainers/jiaban-fei/');
  await page
    .getByRole('button', { name: /^查看条文/ })
    .first()
    .click();
  await page.keyboard.press('Escape');
  await page.locator('.practice-quiz').scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: '确认答案' })).toBeVisible();
  await page.goto('/cases/baoxin-zhi-jiaban-fei/');
  await page.goto('/laws/');
  await page.goto('/search/?q=经济补偿');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  const first = (await page.locator('#search-results li a').first().getAttribute('href'))!;
  await page.goto(first);
  await page.waitForLoadState('networkidle');
  await page.goto('/explainers/jiaban-fei/print/');
  await page.goto('/about/');
  await page.goto('/no-such-page/');
  expect(violations).toEqual([]);
});

test('quizzes, question search, calculators and the organiser run without a violation', async ({ page }) => {
  const violations = await withPolicy(page);
  await page.goto('/quiz/daily/');
  await expect(page.locator('.quiz-progress')).toBeVisible();
  await page.goto('/quiz/shili-ceshi/');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('.quiz-progress')).toBeVisible();
  await page.goto('/quiz/practice/');
  await page.getByRole('searchbox', { name: '按关键词查找练习题' }).fill('年休假');
  await expect(page.locator('#qs-results > li').first()).toBeVisible();
  await page.goto('/tools/severance/?reason=employer-proposed&start=2020-03-01&end=2023-10-31&wage=6000');
  await expect(page.locator('.calc-result h2')).toContainText('经济补偿');
  await page.goto('/organizer/');
  await page.getByLabel('本次统计的答题').selectOption({ index: 1 });
  await page.waitForLoadState('networkidle');
  await page.goto('/offline/');
  expect(violations).toEqual([]);
});

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'node-html-parser';
import { DIST, lawByShortTitle } from './helpers.ts';

const KB = 1024;
/** Bytes are measured as gzip level 9 of the built files, so figures are deterministic. */
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

interface FirstLoad {
  total: number;
  js: number;
  byType: Record<string, number>;
  requests: string[];
}

/** Everything a page requests before any interaction, sized from dist/. */
async function measureFirstLoad(page: Page, path: string): Promise<FirstLoad> {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const origin = new URL(page.url()).origin;
  const byType: Record<string, number> = {};
  let total = 0;
  let js = 0;
  for (const url of new Set(requests)) {
    const u = new URL(url);
    if (u.origin !== origin) throw new Error(`页面请求了站外资源：${url}`);
    const file = join(DIST, decodeURIComponent(u.pathname), u.pathname.endsWith('/') ? 'index.html' : '');
    const bytes = readFileSync(file);
    const size = gz(bytes);
    const type = file.endsWith('.html') ? 'html' : (file.split('.').pop() ?? 'other');
    byType[type] = (byType[type] ?? 0) + size;
    total += size;
    if (type === 'js') js += size;
    if (type === 'html') {
      const inline = parse(bytes.toString('utf8'))
        .querySelectorAll('script:not([src])')
        .filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module')
        .map((s) => s.textContent)
        .join('\n');
      if (inline) js += gz(inline);
    }
  }
  return { total, js, byType, requests: [...new Set(requests)] };
}

const format = (n: number) => `${(n / KB).toFixed(1)} KB`;

const budgets = () => [
  { type: '政策解读', path: '/explainers/jingji-buchang/', total: 50 * KB, js: 4 * KB },
  { type: '以案说法', path: '/cases/baoxin-zhi-jiaban-fei/', total: 50 * KB, js: 4 * KB },
  { type: '首页', path: '/', total: 50 * KB, js: 4 * KB },
  { type: '法规全文（劳动合同法）', path: `/laws/${lawByShortTitle('劳动合同法').slug}/`, total: 80 * KB, js: 4 * KB },
  { type: '搜索页（未搜索）', path: '/search/', total: 50 * KB, js: 6 * KB },
  // The quiz island loads at once on quiz pages; all its JavaScript, Preact included, stays under
  // 26 KB (25 KB until the collector outbox and per-article practice were added: 25.4 KB).
  { type: '答题页（模拟考试）', path: '/quiz/shili-ceshi/', total: 80 * KB, js: 26 * KB },
  // 每日一练 draws from the whole bank, so it fetches all questions (101.7 KB gzip for 642): the
  // largest page, and it grows with the bank until the draw needs only a pool index (issue 13).
  { type: '答题页（每日一练）', path: '/quiz/daily/', total: 140 * KB, js: 26 * KB },
  { type: '计算器（经济补偿）', path: '/tools/severance/', total: 50 * KB, js: 25 * KB },
];

for (const b of budgets()) {
  test(`first-load budget: ${b.type}`, async ({ page }) => {
    const load = await measureFirstLoad(page, b.path);
    const parts = Object.entries(load.byType)
      .map(([t, n]) => `${t} ${format(n)}`)
      .join('，');
    console.log(`[字节预算] ${b.type} ${b.path}：首次加载 ${format(load.total)}（${parts}），交互前 JS ${format(load.js)}`);
    expect(load.total, `首次加载 ${format(load.total)} 超出 ${format(b.total)}`).toBeLessThanOrEqual(b.total);
    expect(load.js, `交互前 JS ${format(load.js)} 超出 ${format(b.js)}`).toBeLessThanOrEqual(b.js);
    expect(load.requests.some((u) => u.includes('/pagefind/'))).toBe(false);
  });
}

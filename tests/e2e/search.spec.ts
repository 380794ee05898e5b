import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DIST, lawByShortTitle } from './helpers.ts';

const KB = 1024;
const format = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** Transfer size of a built file: Pagefind's index files are gzip already; others as gzip level 9 (like budgets.spec.ts). */
function gzipBytes(file: string): number {
  const bytes = readFileSync(file);
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : gzipSync(bytes, { level: 9 }).length;
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: '搜索政策、案例和法条' });
const status = (page: Page) => page.locator('#search-status');

async function openSearch(page: Page, query: string, params = '') {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${params}`);
  await expect(status(page)).toContainText(/找到|没有/);
}

/** Each result as its links (site path + anchor, without the highlight parameter); the first is the page. */
async function results(page: Page): Promise<string[][]> {
  return page.locator('#search-results > li').evaluateAll((lis) =>
    lis.map((li) =>
      [...li.querySelectorAll('a')].map((a) => {
        const u = new URL((a as HTMLAnchorElement).href);
        return decodeURIComponent(u.pathname + u.hash);
      }),
    ),
  );
}

const pageOf = (result: string[]) => result[0]!.split('#')[0]!;
const lawPath = (shortTitle: string) => `/laws/${lawByShortTitle(shortTitle).slug}/`;

test('typing 经济补偿 finds 劳动合同法 第四十七条, which opens at the article with the term highlighted', async ({ page }) => {
  const law = lawByShortTitle('劳动合同法');
  await page.goto('/search/');
  await searchBox(page).fill('经济补偿');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page).toHaveURL(/\?q=%E7%BB%8F%E6%B5%8E%E8%A1%A5%E5%81%BF/);
  const hit = page.locator(`#search-results a[href*="/laws/${law.slug}/?"][href$="#art-47"]`);
  await expect(hit).toHaveText('《劳动合同法》第四十七条');
  await expect(hit).toHaveAttribute('href', /[?&]hl=%E7%BB%8F%E6%B5%8E%E8%A1%A5%E5%81%BF/);
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`/laws/${law.slug}/\\?hl=.+#art-47$`));
  const marks = page.locator('.provision:has(#art-47) mark.search-hl');
  await expect(marks.first()).toHaveText('经济补偿');
  await expect(page.locator('#art-47')).toBeInViewport();
  // The mark is black on yellow: a contrast far above 4.5:1.
  expect(await marks.first().evaluate((m) => [getComputedStyle(m).color, getComputedStyle(m).backgroundColor])).toEqual([
    'rgb(0, 0, 0)',
    'rgb(255, 216, 61)',
  ]);
});

test.describe('Chinese queries put the relevant pages first', () => {
  test('经济补偿: the 经济补偿 explainer first, 劳动合同法 第四十七条 in the first five', async ({ page }) => {
    await openSearch(page, '经济补偿');
    const r = await results(page);
    expect(pageOf(r[0]!)).toBe('/explainers/jingji-buchang/');
    const law = r.slice(0, 5).find((x) => pageOf(x) === lawPath('劳动合同法'));
    expect(law?.[1]).toBe(`${lawPath('劳动合同法')}#art-47`);
  });

  test('仲裁时效: the 仲裁时效 case and the 劳动仲裁 explainer first, 调解仲裁法 第二十七条 in the first five', async ({ page }) => {
    await openSearch(page, '仲裁时效');
    const r = await results(page);
    expect(r.slice(0, 2).map(pageOf).sort()).toEqual(['/cases/jiaban-fei-zhongcai-shixiao/', '/explainers/laodong-zhengyi-zhongcai/']);
    const law = r.slice(0, 5).find((x) => pageOf(x) === lawPath('劳动争议调解仲裁法'));
    expect(law?.[1]).toBe(`${lawPath('劳动争议调解仲裁法')}#art-27`);
  });

  test('工伤认定: 工伤保险条例 (with 第十七条) and the 工伤 explainer in the first three', async ({ page }) => {
    await openSearch(page, '工伤认定');
    const r = await results(page);
    const top = r.slice(0, 3);
    expect(top.map(pageOf)).toContain('/explainers/gongshang-rending-daiyu/');
    const law = top.find((x) => pageOf(x) === lawPath('工伤保险条例'));
    expect(law).toContain(`${lawPath('工伤保险条例')}#art-17`);
  });

  test('年休假: the 年休假 explainer first, 职工带薪年休假条例 in the first five', async ({ page }) => {
    await openSearch(page, '年休假');
    const r = await results(page);
    expect(pageOf(r[0]!)).toBe('/explainers/nianxiujia/');
    expect(r.slice(0, 5).map(pageOf)).toContain(lawPath('职工带薪年休假条例'));
  });

  test('试用期: the 试用期 explainer first, 劳动合同法 第十九条 in the first five', async ({ page }) => {
    await openSearch(page, '试用期');
    const r = await results(page);
    expect(pageOf(r[0]!)).toBe('/explainers/shiyongqi/');
    const law = r.slice(0, 5).find((x) => pageOf(x) === lawPath('劳动合同法'));
    expect(law?.[1]).toBe(`${lawPath('劳动合同法')}#art-19`);
  });
});

test('a shared ?q= link runs the search and the 类型 filter narrows it', async ({ page }) => {
  await openSearch(page, '加班费');
  const all = Number((await status(page).textContent())!.match(/找到 (\d+)/)![1]);
  await page.getByLabel('类型').selectOption('政策解读');
  await expect(page).toHaveURL(/\?q=.+&kind=%E6%94%BF%E7%AD%96%E8%A7%A3%E8%AF%BB/);
  // The filtered search replaces the list when it arrives.
  await expect.poll(async () => [...new Set(await page.locator('#search-results .result-kind').allTextContents())]).toEqual(['政策解读']);
  const filtered = Number((await status(page).textContent())!.match(/找到 (\d+)/)![1]);
  expect(filtered).toBeLessThan(all);
});

test('filters combine, show in the address and are restored from it', async ({ page }) => {
  await openSearch(page, '年休假');
  await page.getByLabel('类型').selectOption('题目');
  await page.getByLabel('主题').selectOption('休息休假');
  await expect(page).toHaveURL(/kind=%E9%A2%98%E7%9B%AE&topic=%E4%BC%91%E6%81%AF%E4%BC%91%E5%81%87/);
  await expect.poll(async () => [...new Set(await page.locator('#search-results .result-kind').allTextContents())]).toEqual(['题目']);
  // Question hits link to the question in its bank page and show its topic; with 主题 set, only that topic.
  const notes = page.locator('#search-results .result-note');
  await expect(notes.first()).toHaveText('主题：休息休假');
  expect([...new Set(await notes.allTextContents())]).toEqual(['主题：休息休假']);
  await expect(page.locator('#search-results .result-primary a').first()).toHaveAttribute('href', /^\/quiz\/bank\/[a-z-]+\/\?hl=.+#q-[a-z0-9-]+$/);

  // The address restores the filters.
  await page.reload();
  await expect(page.getByLabel('类型')).toHaveValue('题目');
  await expect(page.getByLabel('主题')).toHaveValue('休息休假');
  await expect(status(page)).toContainText('找到');

  // 适用对象 with 类型: every explainer shown is for 用人单位.
  await openSearch(page, '经济补偿', `&kind=${encodeURIComponent('政策解读')}&audience=${encodeURIComponent('用人单位')}`);
  const metas = await page.locator('#search-results .result-meta').allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const m of metas) expect(m).toContain('用人单位');

  // Laws are filed under the topics of what cites them: 工伤保险条例 under 工伤保险.
  await openSearch(page, '工伤认定', `&kind=${encodeURIComponent('法规')}&topic=${encodeURIComponent('工伤保险')}`);
  expect((await results(page)).map(pageOf)).toContain(lawPath('工伤保险条例'));
});

test('显示更多结果 appends the next ten and moves focus to the first of them', async ({ page }) => {
  await openSearch(page, '经济补偿');
  const items = page.locator('#search-results > li');
  await expect(items).toHaveCount(10);
  await expect(status(page)).toContainText('先显示 10 个');
  await page.getByRole('button', { name: '显示更多结果' }).click();
  await expect(items).toHaveCount(20);
  await expect(items.nth(10).locator('a').first()).toBeFocused();
  await expect(status(page)).toContainText('已显示 20 个');
});

test('the search page fetches no search code before a search starts', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  // Choosing a filter without a query loads nothing either.
  await page.getByLabel('类型').selectOption('法规');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  const before = new Set(fetched);
  await searchBox(page).fill('工伤');
  await expect(status(page)).toContainText(/找到|没有找到/);
  expect(fetched.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
  // The search client itself came with the search too.
  expect(fetched.filter((u) => !before.has(u) && u.includes('/_astro/')).length).toBeGreaterThan(0);
});

test('pages opened without ?hl= load no highlighter; a bank question opened from search shows its marked answer', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(`${lawPath('劳动合同法')}#art-47`);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);

  await openSearch(page, '年休假', `&kind=${encodeURIComponent('题目')}`);
  const first = page.locator('#search-results .result-primary a').first();
  const anchor = (await first.getAttribute('href'))!.split('#')[1]!;
  await first.click();
  const question = page.locator(`li.question:has(#${anchor})`);
  await expect(page.locator(`#${anchor}`)).toBeInViewport();
  await expect(question.locator('mark.search-hl').first()).toHaveText('年休假');
  expect(fetched.some((u) => u.endsWith('/pagefind/pagefind-highlight.js'))).toBe(true);
});

test('the search page with results and filters, and a bank page, have no axe violations', async ({ page }) => {
  const axe = async () => {
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
  };
  await openSearch(page, '经济补偿');
  await expect(page.locator('#search-results .result-primary').first()).toBeVisible();
  expect(await axe()).toEqual([]);
  await openSearch(page, '年休假', `&kind=${encodeURIComponent('题目')}&topic=${encodeURIComponent('休息休假')}`);
  expect(await axe()).toEqual([]);
  await page.goto('/quiz/bank/gongzi-xiujia-nvzhigong/?hl=' + encodeURIComponent('年休假') + '#q-xj-013');
  await expect(page.locator('mark.search-hl').first()).toBeVisible();
  expect(await axe()).toEqual([]);
});

test('bytes: a first search for 经济补偿 and the question search index (printed)', async ({ page }) => {
  const fetched: string[] = [];
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  page.on('request', (r) => fetched.push(r.url()));
  await searchBox(page).fill('经济补偿');
  await expect(status(page)).toContainText('找到');
  await page.waitForLoadState('networkidle');
  const groups: Record<string, number> = {};
  let total = 0;
  for (const url of new Set(fetched)) {
    const path = decodeURIComponent(new URL(url).pathname);
    const size = gzipBytes(join(DIST, path));
    const group = path.startsWith('/_astro/')
      ? '站点搜索脚本'
      : /\/pagefind\/fragment\//.test(path)
        ? '结果片段'
        : /\/pagefind\/index\//.test(path)
          ? '索引分块'
          : /\.js$/.test(path)
            ? 'pagefind.js'
            : /wasm/.test(path)
              ? 'WebAssembly'
              : '元数据和筛选';
    groups[group] = (groups[group] ?? 0) + size;
    total += size;
  }
  const parts = Object.entries(groups)
    .map(([k, n]) => `${k} ${format(n)}`)
    .join('，');
  console.log(`[搜索字节数] 首次搜索“经济补偿”（Pagefind）：共 ${format(total)}，${fetched.length} 个请求（${parts}）`);

  const index = readFileSync(join(DIST, 'quiz/search-index.json'));
  const gz = gzipSync(index, { level: 9 }).length;
  console.log(`[搜索字节数] 题库检索 lunr 索引 /quiz/search-index.json：原始 ${format(index.length)}，gzip ${format(gz)}`);
  expect(total).toBeLessThan(300 * KB);
  expect(gz).toBeLessThan(160 * KB);
});

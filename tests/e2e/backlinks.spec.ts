/**
 * 人社政策一点通 (issue 17): every cited article leads onwards to what cites it, and a bureau's
 * documents sit beside their 解读.
 *
 * The expected citation graph is computed here from dist/ alone — the links each built explainer,
 * case and calculator page carries, and the questions file the quiz downloads — not by the build's
 * graph code, so a page that cites an article but is missing from its backlinks (or the other way
 * round) fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from './helpers.ts';
import { SAMPLE_DOCUMENT_LABEL } from '../../src/schemas/taxonomy.ts';

/** An article of the library as pages link to it: /laws/<slug>/#art-47 (or #part-2). */
const ARTICLE_HREF = /^\/laws\/([a-z0-9-]+)\/#((?:art|part)-\d+(?:-\d+)?)$/;

const html = (path: string) => parse(readFileSync(join(DIST, path), 'utf8'));
const pageDirs = (section: string) =>
  readdirSync(join(DIST, section), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DIST, section, d.name, 'index.html')))
    .map((d) => d.name);

/** Article links inside `scope` of a page, leaving out embedded islands (another page's citations). */
function citedArticles(root: HTMLElement, scope: string): Set<string> {
  const container = root.querySelector(scope);
  if (!container) throw new Error(`页面中没有 ${scope}`);
  for (const island of container.querySelectorAll('astro-island')) island.remove();
  return new Set(
    container
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => ARTICLE_HREF.test(href)),
  );
}

interface Expected {
  explainers: Set<string>;
  cases: Set<string>;
  calculators: Set<string>;
  questions: number;
}

/** The graph as dist/ shows it: article URL → the pages linking to it and the number of questions. */
function graphFromDist() {
  const graph = new Map<string, Expected>();
  const at = (url: string) => {
    let e = graph.get(url);
    if (!e) graph.set(url, (e = { explainers: new Set(), cases: new Set(), calculators: new Set(), questions: 0 }));
    return e;
  };
  const titles = new Map<string, string>();
  for (const [section, kind] of [
    ['explainers', 'explainers'],
    ['cases', 'cases'],
  ] as const) {
    for (const id of pageDirs(section)) {
      const page = `/${section}/${id}/`;
      const root = html(`${section}/${id}/index.html`);
      titles.set(page, root.querySelector('h1')!.text.trim());
      for (const url of citedArticles(root, 'main article')) at(url)[kind].add(page);
    }
  }
  for (const id of pageDirs('tools')) {
    const root = html(`tools/${id}/index.html`);
    for (const url of citedArticles(root, 'main .basis')) at(url).calculators.add(`/tools/${id}/`);
  }
  const questions = JSON.parse(readFileSync(join(DIST, 'quiz/questions.json'), 'utf8')) as Array<{ basis: Array<{ url: string }> }>;
  for (const q of questions) for (const url of new Set(q.basis.map((b) => b.url))) at(url).questions += 1;
  return { graph, titles };
}

const { graph, titles } = graphFromDist();
const lawSlugs = pageDirs('laws').filter((d) => d !== 'documents');

test('every cited article shows its backlinks, and their counts equal the citation graph', () => {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const slug of lawSlugs) {
    const root = html(`laws/${slug}/index.html`);
    for (const provision of root.querySelectorAll('section.provision')) {
      const anchor = provision.querySelector('h3[id]')!.id;
      const url = `/laws/${slug}/#${anchor}`;
      const refs = provision.querySelector('.refs');
      const expected = graph.get(url);
      if (!expected) {
        if (refs) problems.push(`${url}：没有任何页面引用，却显示了“本条相关”`);
        continue;
      }
      seen.add(url);
      if (!refs) {
        problems.push(`${url}：被引用却没有“本条相关”`);
        continue;
      }
      const hrefs = (prefix: string) =>
        refs
          .querySelectorAll('a[href]')
          .map((a) => a.getAttribute('href')!)
          .filter((h) => h.startsWith(prefix))
          .sort();
      const compare = (what: string, actual: string[], wanted: Set<string>) => {
        if (JSON.stringify(actual) !== JSON.stringify([...wanted].sort()))
          problems.push(`${url} ${what}：显示 ${actual.join(',')}，应为 ${[...wanted].sort().join(',')}`);
      };
      compare('解读', hrefs('/explainers/'), expected.explainers);
      compare('案例', hrefs('/cases/'), expected.cases);
      compare('计算器', hrefs('/tools/'), expected.calculators);
      const practice = refs.querySelector('a.refs-q');
      const shown = practice ? Number(/(\d+) 道题/.exec(practice.text)?.[1]) : 0;
      if (shown !== expected.questions) problems.push(`${url} 练习题：显示 ${shown} 道，应为 ${expected.questions} 道`);
      if (practice && practice.getAttribute('href') !== `/quiz/practice/?article=${slug}/${anchor}`)
        problems.push(`${url} 练习链接不对：${practice.getAttribute('href')}`);
      // Page links are shown with the page's own title.
      for (const a of refs.querySelectorAll('a[href^="/explainers/"], a[href^="/cases/"]')) {
        if (a.text.trim() !== titles.get(a.getAttribute('href')!)) problems.push(`${url}：链接文字“${a.text.trim()}”不是该页标题`);
      }
    }
  }
  expect(problems).toEqual([]);
  // Every article cited anywhere was found on its law page.
  expect([...graph.keys()].filter((url) => !seen.has(url))).toEqual([]);
  expect(seen.size).toBeGreaterThan(100);
  console.log(`[本条相关] ${seen.size} 条被引用的条文都显示了引用它的页面和练习题数`);
});

test('each law page lists the explainers that cite any of its articles', () => {
  const problems: string[] = [];
  for (const slug of lawSlugs) {
    const root = html(`laws/${slug}/index.html`);
    if (root.querySelector('.doc-meta')) continue; // documents show their 解读 block instead
    const wanted = new Set<string>();
    for (const [url, e] of graph) if (url.startsWith(`/laws/${slug}/#`)) for (const p of e.explainers) wanted.add(p);
    const shown = root.querySelectorAll('.law-explainers a').map((a) => a.getAttribute('href')!);
    if (JSON.stringify(shown.sort()) !== JSON.stringify([...wanted].sort()))
      problems.push(`${slug}：显示 ${shown.length} 篇，应为 ${wanted.size} 篇`);
  }
  expect(problems).toEqual([]);
});

test('a long list of backlinks is collapsed, works without JavaScript and opens a practice round on the article', async ({ browser }) => {
  const slug = 'laodong-hetong-fa';
  const url = `/laws/${slug}/#art-47`;
  const expected = graph.get(url)!;
  expect(expected.explainers.size + expected.cases.size + expected.calculators.size).toBeGreaterThan(2);

  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await noJs.newPage();
  await page.goto(url);
  const refs = page.locator('.provision:has(#art-47) details.refs');
  await expect(refs.locator('summary')).toContainText(`解读 ${expected.explainers.size}`);
  await expect(refs.locator('dd').first()).toBeHidden();
  await refs.locator('summary').click();
  await expect(refs.locator('dd').first()).toBeVisible();
  await noJs.close();

  const js = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const quiz = await js.newPage();
  await quiz.goto(url);
  await quiz.locator('.provision:has(#art-47) details.refs summary').click();
  await quiz.locator('.provision:has(#art-47) a.refs-q').click();
  await expect(quiz).toHaveURL(/\/quiz\/practice\/\?article=laodong-hetong-fa\/art-47$/);
  await expect(quiz.locator('.quiz-article')).toHaveText('本条练习：《劳动合同法》第四十七条');
  await expect(quiz.locator('.quiz-progress')).toContainText(`/ ${Math.min(10, expected.questions)} 题`);
  await js.close();
});

test('a citation popover links to the explainer of its article (本条解读)', async ({ page }) => {
  const id = 'jingji-buchang';
  const here = `/explainers/${id}/`;
  const root = html(`explainers/${id}/index.html`);
  const problems: string[] = [];
  let linked = 0;
  for (const popover of root.querySelectorAll('.cite-popover')) {
    const url = popover.querySelector('.cite-popover-actions a')!.getAttribute('href')!;
    const all = [...(graph.get(url)?.explainers ?? [])];
    const others = all.filter((p) => p !== here);
    const more = popover.querySelector('.cite-popover-more a');
    if (others.length === 0) {
      if (more) problems.push(`${url}：没有其他解读却显示了本条解读`);
    } else if (others.length === 1) {
      if (more?.getAttribute('href') !== others[0]) problems.push(`${url}：本条解读应链接 ${others[0]}`);
      linked++;
    } else {
      if (more?.getAttribute('href') !== url || !more.text.includes(`${all.length} 篇`))
        problems.push(`${url}：本条解读应链接本条并写明 ${all.length} 篇`);
      linked++;
    }
  }
  expect(problems).toEqual([]);
  expect(linked).toBeGreaterThan(0);

  await page.goto(here);
  const button = page.locator('.cite-peek').first();
  await button.click();
  const open = page.locator('.cite-popover:popover-open');
  await expect(open).toBeVisible();
});

const SAMPLE_DOC = '/laws/shili-wenjian-dingli-laodong-hetong/';
const SAMPLE_EXPLAINER = '/explainers/shili-wenjian-jiedu/';

test('the sample document sits beside its 解读, and the 解读 links back to the 原文', async ({ page }) => {
  await page.goto(SAMPLE_DOC);
  await expect(page.locator('h1')).toContainText(SAMPLE_DOCUMENT_LABEL);
  await expect(page.locator('.sample-label')).toContainText(SAMPLE_DOCUMENT_LABEL);
  const meta = page.locator('.doc-meta');
  for (const field of ['文号', '发文机关', '成文日期', '施行日期', '有效性']) await expect(meta.locator('dt', { hasText: field })).toHaveCount(1);
  await expect(meta).toContainText('示例人社规〔2026〕1号');
  await expect(meta).toContainText('现行有效');
  const interpretation = page.locator('.doc-interpretation');
  await expect(interpretation.locator(`h3 a[href="${SAMPLE_EXPLAINER}"]`)).toContainText(SAMPLE_DOCUMENT_LABEL);

  await interpretation.locator(`h3 a[href="${SAMPLE_EXPLAINER}"]`).click();
  await expect(page.locator('.sample-label')).toContainText(SAMPLE_DOCUMENT_LABEL);
  await expect(page.locator(`a.source-original[href="${SAMPLE_DOC}"]`)).toContainText(SAMPLE_DOCUMENT_LABEL);
});

test('the sample label is shown wherever the sample document or its explainer is listed, linked or cited', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(join(DIST, dir), { withFileTypes: true })) {
      const path = join(dir, d.name);
      if (d.isDirectory()) walk(path);
      else if (d.name.endsWith('.html')) files.push(path);
    }
  };
  walk('');
  const problems: string[] = [];
  let places = 0;
  for (const file of files) {
    const text = readFileSync(join(DIST, file), 'utf8');
    if (!text.includes(SAMPLE_DOC) && !text.includes(SAMPLE_EXPLAINER) && !text.includes('示例人社规')) continue;
    const root = parse(text);
    if (!root.querySelector('main')?.text.includes(SAMPLE_DOCUMENT_LABEL)) problems.push(`${file}：提到示例文件却没有标注`);
    for (const a of root.querySelectorAll('main a[href]')) {
      const href = a.getAttribute('href')!.replace(/#.*$/, '');
      if (href !== SAMPLE_DOC && href !== SAMPLE_EXPLAINER) continue;
      places++;
      // The link itself, or the list item, paragraph or block it sits in, names the sample as such.
      let block: HTMLElement | null = a;
      while (block && !/^(LI|P|DD|DIV|SECTION|H1|H2|H3|SPAN)$/.test(block.tagName) && block.parentNode) block = block.parentNode as HTMLElement;
      const label =
        a.text.includes(SAMPLE_DOCUMENT_LABEL) ||
        (a.getAttribute('aria-label') ?? '').includes(SAMPLE_DOCUMENT_LABEL) ||
        block?.text.includes(SAMPLE_DOCUMENT_LABEL);
      if (!label) problems.push(`${file}：链接“${a.text.trim()}”（${href}）没有示例标注`);
    }
  }
  expect(problems).toEqual([]);
  expect(places).toBeGreaterThan(3);
  console.log(`[示例标注] ${places} 处链接到示例文件或示例解读，都带“${SAMPLE_DOCUMENT_LABEL}”`);
});

test.describe('the document list', () => {
  test('lists every document without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/laws/documents/');
    await expect(page.locator('.doc-list > li')).toHaveCount(1);
    await expect(page.locator('.doc-list > li')).toContainText(SAMPLE_DOCUMENT_LABEL);
    await expect(page.locator('#doc-filters')).toBeHidden();
    await context.close();
  });

  test('filters by 发文机关, year and 有效性 and keeps the filter in the address', async ({ page }) => {
    await page.goto('/laws/documents/');
    const rows = page.locator('.doc-list > li:visible');
    await expect(rows).toHaveCount(1);
    await page.selectOption('#doc-validity', '现行有效');
    await expect(page).toHaveURL(/validity=%E7%8E%B0%E8%A1%8C%E6%9C%89%E6%95%88/);
    await expect(rows).toHaveCount(1);
    await page.selectOption('#doc-year', '2026');
    await page.selectOption('#doc-issuer', '某某市人力资源和社会保障局');
    await expect(rows).toHaveCount(1);
    await expect(page.locator('#doc-count')).toHaveText('共 1 件');

    // A filter from a shared link: nothing matches 2025, and the list says so.
    await page.goto('/laws/documents/?year=2025');
    await expect(page.locator('#doc-year')).toHaveValue('');
    await expect(rows).toHaveCount(1);
    await page.goto(`/laws/documents/?validity=${encodeURIComponent('已废止')}`);
    await expect(rows).toHaveCount(0);
    await expect(page.locator('#doc-none')).toBeVisible();
    await expect(page.locator('#doc-count')).toHaveText('共 0 件');
  });
});

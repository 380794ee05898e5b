/**
 * The search page's client, imported only when a search starts: loads Pagefind, runs the search
 * with the selected filters and renders results in batches (law hits as links to the matched
 * articles, question hits as links to the questions in their bank pages).
 */
import { BASE_PATH, sitePath } from '../lib/site/paths.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/highlight.ts';
import { exactFirst, toDisplay, type DisplayResult, type PagefindFragment, type ResultLink } from '../lib/search/results.ts';
import { pagefindFilters, type SearchState } from '../lib/search/search-params.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[]; unfilteredResultCount: number } | null>;
}

export interface SearchUi {
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
}

/** Results whose data (a fragment file each) is fetched at a time. */
export const PAGE_SIZE = 10;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = sitePath('/pagefind/pagefind.js');
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // Result URLs carry ?hl=<term>, which SearchHighlight.astro marks on the target page.
    // pageLength 0.3 (default 0.75): a long statute that matches is not pushed below short pages.
    // baseUrl: result URLs are under the site's base path when it is deployed under one.
    await module.options({ baseUrl: BASE_PATH, excerptLength: 40, highlightParam: HIGHLIGHT_PARAM, ranking: { pageLength: 0.3 } });
    return module;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

let latest = 0;
let current: { state: SearchState; results: PagefindResult[]; shown: number; ticket: number } | undefined;

/** Runs a search and renders its first results; a newer search makes older responses be dropped. */
export async function runSearch(state: SearchState, ui: SearchUi): Promise<void> {
  const ticket = ++latest;
  ui.more.hidden = true;
  if (!state.q) {
    current = undefined;
    ui.status.textContent = '';
    ui.list.replaceChildren();
    return;
  }
  ui.status.textContent = '正在搜索…';
  try {
    const engine = await loadPagefind();
    const search = await engine.search(state.q, { filters: pagefindFilters(state) });
    if (ticket !== latest || !search) return;
    current = { state, results: search.results, shown: 0, ticket };
    const items = await nextBatch();
    if (ticket !== latest) return;
    ui.list.replaceChildren(...items);
    ui.more.hidden = current.shown >= current.results.length;
    const n = search.results.length;
    const filtered = Object.keys(pagefindFilters(state)).length > 0;
    ui.status.textContent = n
      ? `找到 ${n} 个结果${n > current.shown ? `，先显示 ${current.shown} 个` : ''}。`
      : filtered && search.unfilteredResultCount
        ? `没有符合筛选条件的结果；不加筛选有 ${search.unfilteredResultCount} 个结果。`
        : `没有找到与“${state.q}”相关的内容，换个说法试试。`;
  } catch {
    if (ticket !== latest) return;
    ui.status.textContent = '搜索暂时不可用，请检查网络后重试。';
  }
}

/** Appends the next batch of the current search; focus moves to the first new result. */
export async function showMore(ui: SearchUi): Promise<void> {
  if (!current) return;
  const ticket = current.ticket;
  ui.more.disabled = true;
  try {
    const items = await nextBatch();
    if (ticket !== latest || !current) return;
    ui.list.append(...items);
    ui.more.hidden = current.shown >= current.results.length;
    ui.status.textContent = `找到 ${current.results.length} 个结果，已显示 ${current.shown} 个。`;
    items[0]?.querySelector<HTMLAnchorElement>('a')?.focus();
  } catch {
    ui.status.textContent = '加载更多结果失败，请检查网络后重试。';
  } finally {
    ui.more.disabled = false;
  }
}

async function nextBatch(): Promise<HTMLLIElement[]> {
  const search = current!;
  const batch = search.results.slice(search.shown, search.shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((r) => r.data()));
  search.shown += batch.length;
  return exactFirst(data.map((d) => toDisplay(d, search.state.q, search.state.topic))).map(renderResult);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

/** Pagefind excerpts are HTML: our own page text, escaped by Pagefind, with <mark> around matches. */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'result-excerpt');
  p.innerHTML = html;
  return p;
}

function kindTag(kind: string): HTMLSpanElement {
  return el('span', 'result-kind', kind);
}

function primaryItem(l: ResultLink): HTMLLIElement {
  const li = el('li');
  li.append(link(l.url, l.label, 'result-title'));
  if (l.note) li.append(el('span', 'result-note', l.note));
  if (l.excerpt) li.append(excerpt(l.excerpt));
  return li;
}

function renderResult(r: DisplayResult): HTMLLIElement {
  const li = el('li', 'result');
  li.dataset.kind = r.kind;
  if (r.primary.length) {
    // Laws and question banks: the page is the context, its matched articles / questions the links.
    const context = el('p', 'result-context');
    if (r.kind) context.append(kindTag(r.kind));
    context.append(link(r.url, r.title));
    const list = el('ul', 'result-primary');
    list.append(...r.primary.map(primaryItem));
    li.append(context, list);
    return li;
  }
  li.append(link(r.url, r.title, 'result-title'));
  if (r.kind) li.append(kindTag(r.kind));
  if (r.meta.length) li.append(el('p', 'result-meta', r.meta.join('　')));
  li.append(excerpt(r.excerpt));
  if (r.sections.length) {
    const p = el('p', 'result-sections', '相关段落：');
    r.sections.forEach((s, i) => {
      if (i > 0) p.append('、');
      p.append(link(s.url, s.label));
    });
    li.append(p);
  }
  return li;
}

/**
 * The search page's client: loads Pagefind only when a search starts,
 * then renders results with law articles as direct links to #art-N.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ balanced_score: number }>;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 40 });
    return module;
  });
  return pagefind;
}

let latest = 0;

/** Runs a search and renders it into the given elements; stale responses are dropped. */
export async function runSearch(query: string, kind: string, ui: { status: HTMLElement; list: HTMLElement }): Promise<void> {
  const ticket = ++latest;
  if (!query) {
    ui.status.textContent = '';
    ui.list.replaceChildren();
    return;
  }
  ui.status.textContent = '正在搜索…';
  try {
    const engine = await loadPagefind();
    const filters = kind ? { 类型: kind } : undefined;
    const search = await engine.search(query, { filters });
    const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return;
    ui.list.replaceChildren(...data.map(renderResult));
    ui.status.textContent = data.length ? `找到 ${search.results.length} 个结果` : `没有找到与“${query}”相关的内容，换个说法试试。`;
  } catch {
    if (ticket !== latest) return;
    ui.status.textContent = '搜索暂时不可用，请检查网络后重试。';
  }
}

function renderResult(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const title = document.createElement('a');
  title.className = 'result-title';
  title.href = r.url;
  title.textContent = r.meta.title ?? r.url;
  li.append(title);
  const kind = r.filters['类型']?.[0];
  if (kind) {
    const tag = document.createElement('span');
    tag.className = 'result-kind';
    tag.textContent = kind;
    li.append(tag);
  }
  // Pagefind excerpts are HTML with <mark> around matches, built from our own pages.
  // Pagefind lists sections in page order; show the best-matching articles first.
  const score = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);
  const subs = r.sub_results
    .filter((s) => s.url.includes('#'))
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3);
  if (subs.length) {
    const ul = document.createElement('ul');
    ul.className = 'result-sub';
    for (const s of subs) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.title;
      const p = document.createElement('p');
      p.innerHTML = s.excerpt;
      item.append(a, p);
      ul.append(item);
    }
    li.append(ul);
  } else {
    const p = document.createElement('p');
    p.innerHTML = r.excerpt;
    li.append(p);
  }
  return li;
}

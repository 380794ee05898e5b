/**
 * Turns Pagefind results into what the search page shows. Pure: unit-tested with fixtures.
 *
 * - 法规: the matched articles are the primary links (《劳动合同法》第四十七条 + excerpt), best first;
 *   the law itself is the context line.
 * - 题目: the matched questions of a bank page are the primary links, with their topic.
 * - 政策解读 / 以案说法: the page, its audience or source, and the best-matching sections.
 *
 * “Best” puts first a section whose excerpt contains every query term as written (Pagefind also
 * matches the words of a Chinese term apart: 年休假 → 年 … 休假), then by Pagefind's own scores.
 */
import { topicOfAnchor } from './banks.ts';
import { HIGHLIGHT_PARAM } from './highlight.ts';

/** The parts of Pagefind's result data used here (pagefind_web_js/types/index.d.ts). */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ balanced_score: number }>;
  anchor?: PagefindAnchor;
}
export interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  anchors?: PagefindAnchor[];
}

export interface ResultLink {
  label: string;
  url: string;
  /** HTML from Pagefind: text with <mark> around matches */
  excerpt?: string;
  /** 主题：休息休假 */
  note?: string;
}

export interface DisplayResult {
  /** 法规 / 政策解读 / 以案说法 / 题目 */
  kind: string;
  title: string;
  url: string;
  /** Lines such as 适用对象：公众、用人单位 or 来源：教学案例 */
  meta: string[];
  /** HTML excerpt of the page, shown when there are no primary links */
  excerpt: string;
  /** Laws: articles; question banks: questions */
  primary: ResultLink[];
  /** Explainers and cases: matched sections, as extra links */
  sections: ResultLink[];
  /** The page contains every query term as written */
  exact: boolean;
}

export const MAX_PRIMARY = 3;
export const MAX_SECTIONS = 2;

/** Query terms as Pagefind's highlighter marks them: split at spaces, folded like the index. */
export function queryTerms(query: string): string[] {
  return query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * A result URL carrying the terms to mark on the target page (…/?hl=经济补偿#art-47). Pagefind's
 * highlightParam adds the query as it segmented it (hl=年&hl=休假, which would mark every 年 on
 * the page); the terms as typed replace it.
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  const u = new URL(url, 'https://site.invalid');
  u.searchParams.delete(HIGHLIGHT_PARAM);
  for (const term of terms) u.searchParams.append(HIGHLIGHT_PARAM, term);
  const local = `${u.pathname}${u.search}${u.hash}`;
  return u.origin === 'https://site.invalid' ? local : `${u.origin}${local}`;
}

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .normalize('NFKC')
    .toLowerCase();
const containsAll = (text: string, terms: readonly string[]) => terms.length > 0 && terms.every((t) => text.includes(t));
const scoreOf = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);

/** Sub-results best first: exact terms in the excerpt, then Pagefind's score; page order breaks ties. */
export function rankSubResults<S extends PagefindSubResult>(subs: readonly S[], terms: readonly string[]): S[] {
  return subs
    .map((s, i) => ({ s, i, exact: containsAll(plain(s.excerpt), terms), score: scoreOf(s) }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.i - b.i)
    .map((x) => x.s);
}

/** The topic section (h2#topic-N) a location of a bank page falls in. */
function topicAt(anchors: readonly PagefindAnchor[], location: number): string | undefined {
  let topic: string | undefined;
  for (const a of anchors) {
    if (a.location > location) break;
    topic = topicOfAnchor(a.id) ?? topic;
  }
  return topic;
}

/** The display form of one Pagefind result. `topic` is the 主题 filter in force, if any. */
export function toDisplay(r: PagefindFragment, query: string, topic = ''): DisplayResult {
  const terms = queryTerms(query);
  const kind = r.filters['类型']?.[0] ?? '';
  const title = r.meta.title ?? r.url;
  const exact = containsAll(r.content.normalize('NFKC').toLowerCase(), terms);
  const url = (u: string) => withHighlight(u, terms);
  const base: DisplayResult = { kind, title, url: url(r.url), meta: [], excerpt: r.excerpt, primary: [], sections: [], exact };
  const withAnchor = (pattern: RegExp) => r.sub_results.filter((s) => s.anchor && pattern.test(s.anchor.id));

  if (kind === '法规') {
    const short = r.meta['简称'] ?? title;
    const articles = rankSubResults(withAnchor(/^(art|part)-/), terms).slice(0, MAX_PRIMARY);
    return {
      ...base,
      primary: articles.map((s) => ({ label: `《${short}》${s.title}`, url: url(s.url), excerpt: s.excerpt })),
    };
  }
  if (kind === '题目') {
    const anchors = [...(r.anchors ?? [])].sort((a, b) => a.location - b.location);
    const questions = withAnchor(/^q-/).map((s) => ({ ...s, topic: topicAt(anchors, s.anchor!.location) }));
    const onTopic = topic ? questions.filter((q) => q.topic === topic) : questions;
    const shown = rankSubResults(onTopic.length ? onTopic : questions, terms).slice(0, MAX_PRIMARY);
    return {
      ...base,
      primary: shown.map((s) => ({ label: s.title, url: url(s.url), excerpt: s.excerpt, note: s.topic ? `主题：${s.topic}` : undefined })),
    };
  }
  const meta: string[] = [];
  if (r.meta['适用对象']) meta.push(`适用对象：${r.meta['适用对象']}`);
  if (r.meta['来源']) meta.push(`来源：${r.meta['来源']}`);
  const sections = rankSubResults(
    r.sub_results.filter((s) => s.anchor),
    terms,
  ).slice(0, MAX_SECTIONS);
  return { ...base, meta, sections: sections.map((s) => ({ label: s.title, url: url(s.url) })) };
}

/** Within a batch, pages that contain the query as written come first (stable otherwise). */
export function exactFirst(results: readonly DisplayResult[]): DisplayResult[] {
  return [...results.filter((r) => r.exact), ...results.filter((r) => !r.exact)];
}

/**
 * The site's citation graph, turned around: for every article of the statute library, what on the
 * site cites it — explainers, cases, calculators — and how many practice questions rest on it.
 * The build collects who cites what (src/data/backlinks.ts); this module only inverts and counts,
 * so the rules are tested without a build.
 *
 * Articles are identified by their library URL (`/laws/laodong-hetong-fa/#art-47`), the `url` of
 * a resolved `CitationLink`: a citation of 第四十七条第一款 counts for 第四十七条.
 */
import { provisionOfUrl } from '../statute/links.ts';

export type CitingKind = 'explainer' | 'case' | 'calculator';

/** A page that cites articles. */
export interface CitingPage {
  kind: CitingKind;
  title: string;
  /** Site path of the page, e.g. /explainers/jingji-buchang/ */
  url: string;
  /** Library URLs of the articles it cites, repeats allowed */
  cites: readonly string[];
}

/** A practice question and the articles its answer rests on. */
export interface CitingQuestion {
  id: string;
  cites: readonly string[];
}

/** A link to a citing page. */
export interface PageRef {
  title: string;
  url: string;
}

/** What cites one article. */
export interface Backlinks {
  explainers: PageRef[];
  cases: PageRef[];
  calculators: PageRef[];
  /** Number of public practice questions citing the article */
  questions: number;
}

export interface CitationGraph {
  /** What cites an article (by library URL); undefined when nothing does */
  of(articleUrl: string): Backlinks | undefined;
  /** The explainers that cite any article of a law (by slug), in title order */
  explainersOfLaw(slug: string): PageRef[];
  /** Library URLs of every cited article, sorted */
  articles(): string[];
}

const KIND_KEY = { explainer: 'explainers', case: 'cases', calculator: 'calculators' } as const;

const byTitle = (a: PageRef, b: PageRef) => a.title.localeCompare(b.title, 'zh-CN') || a.url.localeCompare(b.url);

/** Inverts who-cites-what into what-is-cited-by-whom. A page or question counts once per article. */
export function buildCitationGraph(pages: readonly CitingPage[], questions: readonly CitingQuestion[]): CitationGraph {
  const table = new Map<string, Backlinks>();
  const entry = (url: string): Backlinks => {
    if (!provisionOfUrl(url)) throw new Error(`不是法规库条文的网址：${url}`);
    let b = table.get(url);
    if (!b) table.set(url, (b = { explainers: [], cases: [], calculators: [], questions: 0 }));
    return b;
  };
  const lawExplainers = new Map<string, Map<string, PageRef>>();

  for (const page of pages) {
    const ref = { title: page.title, url: page.url };
    for (const url of new Set(page.cites)) {
      entry(url)[KIND_KEY[page.kind]].push(ref);
      if (page.kind === 'explainer') {
        const slug = provisionOfUrl(url)!.slug;
        const refs = lawExplainers.get(slug) ?? new Map<string, PageRef>();
        refs.set(ref.url, ref);
        lawExplainers.set(slug, refs);
      }
    }
  }
  for (const q of questions) for (const url of new Set(q.cites)) entry(url).questions += 1;
  for (const b of table.values()) for (const list of [b.explainers, b.cases, b.calculators]) list.sort(byTitle);

  return {
    of: (url) => table.get(url),
    explainersOfLaw: (slug) => [...(lawExplainers.get(slug)?.values() ?? [])].sort(byTitle),
    articles: () => [...table.keys()].sort(),
  };
}

/** How many pages link to the article (questions not counted). */
export function pageCount(b: Backlinks): number {
  return b.explainers.length + b.cases.length + b.calculators.length;
}

/** Up to this many page links are shown open under an article; more are collapsed in a <details>. */
export const OPEN_BACKLINKS = 2;

/** Whether an article's backlinks are long enough to be collapsed. */
export function collapsesBacklinks(b: Backlinks): boolean {
  return pageCount(b) > OPEN_BACKLINKS;
}

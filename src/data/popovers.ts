/**
 * One popover per cited article and page: the first `<Cite>` of an article on a page claims it
 * and renders the article's text; later ones point their button at the same popover. The claim is
 * kept in the page's `Astro.locals`, which every component of one page render shares.
 */
import { popoverId, type CitationLink } from '../lib/statute/links.ts';

/** Claims the popover of a citation's article on this page; `first` is true for one citation only. */
export function claimPopover(locals: App.Locals, link: Pick<CitationLink, 'url'>): { id: string; first: boolean } {
  const id = popoverId(link);
  locals.citedArticles ??= new Set<string>();
  const first = !locals.citedArticles.has(id);
  locals.citedArticles.add(id);
  return { id, first };
}

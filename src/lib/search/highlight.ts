/** Search-term highlighting on result pages, shared by the search page and SearchHighlight.astro. */

/** Query parameter carrying the terms to mark: /laws/…/?hl=经济补偿#art-47 (Pagefind's highlightParam). */
export const HIGHLIGHT_PARAM = 'hl';

/** Class of the <mark> elements. */
export const HIGHLIGHT_CLASS = 'search-hl';

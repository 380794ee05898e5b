/**
 * Astro writes `<style>astro-island,…{display:contents}</style>` in front of the first island of
 * a page, inside the body, where HTML does not permit a `<style>` element (html-validate
 * `element-permitted-content`). The rule is the same on every page, so it moves into `<head>`;
 * its CSP hash, which Astro adds to every page, still matches.
 */
export const ISLAND_STYLE_ELEMENT = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page with Astro's island style once, in its head; pages without it are returned unchanged. */
export function hoistIslandStyle(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1 || !html.includes(ISLAND_STYLE_ELEMENT, headEnd)) return html;
  return html.split(ISLAND_STYLE_ELEMENT).join('').replace('</head>', `${ISLAND_STYLE_ELEMENT}</head>`);
}

/**
 * Where each page's share images live. The URLs are stable: they depend only on the page's path,
 * so a card cached by WeChat or a chat app keeps working after a rebuild.
 *   /                      → /og/index.png,              /og/index-square.png
 *   /explainers/           → /og/explainers.png,         /og/explainers-square.png
 *   /explainers/<id>/      → /og/explainers/<id>.png,    /og/explainers/<id>-square.png
 */

export type OgVariant = 'wide' | 'square';

/** Pixel sizes: the usual Open Graph card, and a square for WeChat's thumbnail (it wants at least 300×300). */
export const OG_SIZES: Record<OgVariant, { width: number; height: number }> = {
  wide: { width: 1200, height: 630 },
  square: { width: 600, height: 600 },
};

export const OG_VARIANTS: OgVariant[] = ['wide', 'square'];

const SQUARE_SUFFIX = '-square';

/** The image path (from the site root) of a page's share image. */
export function ogImagePath(pagePath: string, variant: OgVariant): string {
  const trimmed = decodeURI(pagePath)
    .replace(/\/index\.html$|\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  const base = trimmed === '' ? 'index' : trimmed;
  return encodeURI(`/og/${base}${variant === 'square' ? SQUARE_SUFFIX : ''}.png`);
}

/** The reverse of ogImagePath, for the dev server: which page an image URL belongs to. */
export function pageOfOgImage(imagePath: string): { pagePath: string; variant: OgVariant } | null {
  const m = /^\/og\/(.+)\.png$/.exec(decodeURI(imagePath));
  if (!m?.[1]) return null;
  let base = m[1];
  let variant: OgVariant = 'wide';
  if (base.endsWith(SQUARE_SUFFIX)) {
    variant = 'square';
    base = base.slice(0, -SQUARE_SUFFIX.length);
  }
  return { pagePath: base === 'index' ? '/' : `/${base}/`, variant };
}

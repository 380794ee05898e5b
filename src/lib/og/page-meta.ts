import { parse } from 'node-html-parser';

/** What a built page says about itself in its `<head>`: the inputs of its share card. */
export interface PageShareMeta {
  /** og:url, the page's canonical URL */
  url: string;
  /** og:title */
  title: string;
  /** article:section, '' when absent */
  section: string;
  /** Every og:image URL, in order */
  images: string[];
}

/** Reads the share tags of an HTML page (only its head is parsed); null when the page has no og:url or og:title. */
export function pageShareMeta(html: string): PageShareMeta | null {
  const end = html.indexOf('</head>');
  const head = parse(end >= 0 ? html.slice(0, end) : html);
  const prop = (name: string) => head.querySelectorAll(`meta[property="${name}"]`).map((m) => m.getAttribute('content') ?? '');
  const url = prop('og:url')[0];
  const title = prop('og:title')[0];
  if (!url || !title) return null;
  return { url, title, section: prop('article:section')[0] ?? '', images: prop('og:image') };
}

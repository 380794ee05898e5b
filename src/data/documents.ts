/**
 * Build side of lib/documents: the library's 规范性文件 (statutes with `document` front matter),
 * the explainers that interpret them (`source`), and the 已废止 notices of the pages that cite them.
 */
import { getCollection } from 'astro:content';
import { repealNotice, repealedAmong, sortDocuments, sourceNames, type DocumentItem, type SourceRef } from '../lib/documents/documents.ts';
import { provisionOfUrl } from '../lib/statute/links.ts';
import { citingPages } from './backlinks.ts';

let items: Promise<DocumentItem[]> | undefined;
/** Every normative document of the library, newest first. */
export function documentItems(): Promise<DocumentItem[]> {
  items ??= (async () =>
    sortDocuments(
      (await getCollection('laws')).flatMap((l) => (l.data.document ? [{ slug: l.data.slug, title: l.data.title, document: l.data.document }] : [])),
    ))();
  return items;
}

/** The document an explainer's `source` names, if it is in the library. */
export async function documentOfSource(source: SourceRef | undefined): Promise<DocumentItem | undefined> {
  if (!source) return undefined;
  return (await documentItems()).find((d) => sourceNames(source, d));
}

/** The explainers whose `source` names a document (its 解读), by title. */
export async function interpretationsOf(slug: string) {
  const doc = (await documentItems()).find((d) => d.slug === slug);
  if (!doc) return [];
  return (await getCollection('explainers'))
    .filter((e) => e.data.source && sourceNames(e.data.source, doc))
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/**
 * The 已废止 notices of a page (explainer, case): one per repealed document it cites or
 * interprets. `pageUrl` is the page's site path (/explainers/<id>/).
 */
export async function repealNoticesOf(pageUrl: string, source?: SourceRef): Promise<string[]> {
  const docs = await documentItems();
  const page = (await citingPages()).find((p) => p.url === pageUrl);
  const citedSlugs = new Set((page?.cites ?? []).map((url) => provisionOfUrl(url)?.slug));
  const cited = docs.filter((d) => citedSlugs.has(d.slug) || (source !== undefined && sourceNames(source, d)));
  return repealedAmong(cited).map(repealNotice);
}

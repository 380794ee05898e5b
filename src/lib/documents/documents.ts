/**
 * 规范性文件 in the library: the document list's filters (发文机关, year, 有效性), which explainer
 * interprets which document, and which cited documents are no longer in force. Pure: the pages
 * pass in the statutes and explainers the build read.
 */
import { DOCUMENT_VALIDITY, type DocumentValidity } from '../../schemas/taxonomy.ts';
import type { NormativeDocument } from '../../schemas/documents.ts';

/** One row of the document list. */
export interface DocumentItem {
  slug: string;
  title: string;
  document: NormativeDocument;
}

/** What the list is filtered by; an absent field does not filter. */
export interface DocumentFilter {
  issuer?: string;
  /** Year of the 成文日期, e.g. 2026 */
  year?: string;
  validity?: DocumentValidity;
}

/** The query parameters of the filters, as links and the form use them. */
export const FILTER_PARAMS = { issuer: 'issuer', year: 'year', validity: 'validity' } as const;

/** The year a document is filed under: the year of its 成文日期. */
export function documentYear(doc: NormativeDocument): string {
  return doc.written.slice(0, 4);
}

/** Reads the filters from a query string; an empty or unknown 有效性 is ignored, never an error. */
export function parseDocumentFilter(params: URLSearchParams): DocumentFilter {
  const filter: DocumentFilter = {};
  const issuer = params.get(FILTER_PARAMS.issuer)?.trim();
  if (issuer) filter.issuer = issuer;
  const year = params.get(FILTER_PARAMS.year)?.trim();
  if (year && /^\d{4}$/.test(year)) filter.year = year;
  const validity = params.get(FILTER_PARAMS.validity)?.trim();
  if (validity && (DOCUMENT_VALIDITY as readonly string[]).includes(validity)) filter.validity = validity as DocumentValidity;
  return filter;
}

/** The query string of a filter (without `?`), fields in a fixed order. */
export function filterQuery(filter: DocumentFilter): string {
  const params = new URLSearchParams();
  for (const key of ['issuer', 'year', 'validity'] as const) if (filter[key]) params.set(FILTER_PARAMS[key], filter[key]!);
  return params.toString();
}

/** What the filters read of a document; the list's rows carry exactly these as data attributes. */
export interface FilterFields {
  issuer: string;
  year: string;
  validity: string;
}

/** The filter fields of a document. */
export function filterFields(doc: NormativeDocument): FilterFields {
  return { issuer: doc.issuer, year: documentYear(doc), validity: doc.validity };
}

/** Whether a document passes every filter that is set. */
export function matchesFilter(fields: FilterFields, filter: DocumentFilter): boolean {
  return (
    (!filter.issuer || fields.issuer === filter.issuer) &&
    (!filter.year || fields.year === filter.year) &&
    (!filter.validity || fields.validity === filter.validity)
  );
}

/** The choices each filter offers: issuers by name, years newest first, 有效性 in their fixed order. */
export function documentFacets(items: readonly DocumentItem[]): { issuers: string[]; years: string[]; validities: DocumentValidity[] } {
  const docs = items.map((i) => i.document);
  return {
    issuers: [...new Set(docs.map((d) => d.issuer))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    years: [...new Set(docs.map(documentYear))].sort().reverse(),
    validities: DOCUMENT_VALIDITY.filter((v) => docs.some((d) => d.validity === v)),
  };
}

/** The list order: newest 成文日期 first, then by title. */
export function sortDocuments<T extends DocumentItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.document.written.localeCompare(a.document.written) || a.title.localeCompare(b.title, 'zh-CN'));
}

/** What an explainer's `source` says about the document it interprets. */
export interface SourceRef {
  title: string;
  documentNumber?: string;
  issuer?: string;
}

const bareTitle = (title: string) => title.replace(/^《|》$/g, '').replace(/\s+/g, '');

/**
 * Whether an explainer's `source` names this document: by 文号 when the source gives one (then
 * the 文号 must match), otherwise by the full title.
 */
export function sourceNames(source: SourceRef, doc: DocumentItem): boolean {
  if (source.documentNumber) return source.documentNumber.replace(/\s+/g, '') === doc.document.documentNumber.replace(/\s+/g, '');
  return bareTitle(source.title) === bareTitle(doc.title);
}

/** The documents among `cited` that have been repealed (已废止), for the notice at the top of a page. */
export function repealedAmong<T extends DocumentItem>(cited: readonly T[]): T[] {
  const seen = new Set<string>();
  return cited.filter((d) => d.document.validity === '已废止' && !seen.has(d.slug) && seen.add(d.slug));
}

/** The sentence of the 已废止 notice, with the date and the replacing document when known. */
export function repealNotice(doc: DocumentItem): string {
  const { validityDate, replacedBy } = doc.document;
  const when = validityDate ? `自${validityDate.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日')}起` : '';
  const by = replacedBy ? `，由${replacedBy}替代` : '';
  return `《${doc.title}》（${doc.document.documentNumber}）${when}已废止${by}。本页涉及该文件的内容仅供了解历史规定，请以现行规定为准。`;
}

import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseStatute } from '../lib/statute/parse.ts';
import { createStatuteIndex, findCitationsInText, parseCitation } from '../lib/statute/citation.ts';
import type { Statute } from '../lib/statute/types.ts';

/**
 * Where statute files live, relative to the project root. PUFA_LAWS_DIR points a build at
 * another folder, so tests can build a fixture library without touching content/.
 */
export const LAWS_DIR = process.env.PUFA_LAWS_DIR ?? 'content/laws';

/** Reads and parses every statute file in a folder, in file-name order. */
export function readStatutes(dir = LAWS_DIR): Statute[] {
  const base = isAbsolute(dir) ? dir : join(process.cwd(), dir);
  return readdirSync(base)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parseStatute(readFileSync(join(base, name), 'utf8'), `${dir}/${name}`));
}

let index: ReturnType<typeof createStatuteIndex> | undefined;
/** The statute library of this build, parsed once and shared by schemas, plugins and pages. */
export function statuteIndex(): ReturnType<typeof createStatuteIndex> {
  index ??= createStatuteIndex(readStatutes());
  return index;
}

/** Checks a data citation such as `劳动合同法 第47条`; returns a Chinese error or null. */
export function checkCitation(text: string): string | null {
  const citation = parseCitation(text);
  if (!citation) return `无法识别法条引用“${text}”，应写成“劳动合同法 第47条”或“劳动合同法 第四十七条”`;
  const result = statuteIndex().resolve(citation);
  return 'error' in result ? result.error : null;
}

/** Checks every 《某法》第N条 quoted in a text; returns one Chinese error per unresolved quotation. */
export function checkCitationsInText(text: string): string[] {
  const errors: string[] = [];
  for (const hit of findCitationsInText(text)) {
    const result = statuteIndex().resolve(hit.citation);
    if ('error' in result) errors.push(`“${text.slice(hit.start, hit.end)}”：${result.error}`);
  }
  return errors;
}

/** Resolves a citation already checked by the schema; throws with the text if it no longer resolves. */
export function resolveCitationText(text: string) {
  const citation = parseCitation(text);
  const result = citation ? statuteIndex().resolve(citation) : { error: '无法识别' };
  if ('error' in result) throw new Error(`法条引用“${text}”无效：${result.error}`);
  return { citation: citation!, ...result };
}

/** Splits prose into plain runs and quoted citations (《劳动法》第四十四条), resolving each. */
export function splitCitedText(text: string) {
  const parts: Array<{ text: string; target?: ReturnType<typeof resolveCitationText> }> = [];
  let last = 0;
  for (const hit of findCitationsInText(text)) {
    if (hit.start > last) parts.push({ text: text.slice(last, hit.start) });
    const result = statuteIndex().resolve(hit.citation);
    if ('error' in result) throw new Error(`“${text.slice(hit.start, hit.end)}”：${result.error}`);
    parts.push({ text: text.slice(hit.start, hit.end), target: { citation: hit.citation, ...result } });
    last = hit.end;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Popover keys (`slug#anchor`) of data citations and of citations quoted in prose. */
export function citationRefs(basis: string[], prose: string[] = []): string[] {
  const refs = basis.map((text) => resolveCitationText(text)).map((r) => `${r.statute.slug}#${r.provision.anchor}`);
  for (const text of prose) {
    for (const part of splitCitedText(text)) {
      if (part.target) refs.push(`${part.target.statute.slug}#${part.target.provision.anchor}`);
    }
  }
  return refs;
}

/** `<Cite>` attributes for a resolved citation, so data citations render like prose ones. */
export function citeProps(target: ReturnType<typeof resolveCitationText>) {
  const { statute, provision, citation } = target;
  return {
    law: statute.shortTitle,
    article: provision.kind === 'article' ? provision.number : undefined,
    part: provision.kind === 'part' ? provision.number : undefined,
    sub: provision.sub || undefined,
    paragraph: citation.paragraph,
    item: citation.item,
  };
}

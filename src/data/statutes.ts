/**
 * The statute library of this build (build time, Node only): read and parsed once, then shared
 * by the content loader, the schemas' citation check, the remark plugin and the pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseStatute } from '../lib/statute/parse.ts';
import { createStatuteIndex, findCitationsInText, parseCitation, type StatuteIndex } from '../lib/statute/citation.ts';
import { citationLink, provisionOfUrl, type CitationLink } from '../lib/statute/links.ts';
import type { Provision, Statute } from '../lib/statute/types.ts';
import type { CitationChecker } from '../schemas/content.ts';

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

let index: StatuteIndex | undefined;
/** The statute library of this build, parsed once. */
export function statuteIndex(): StatuteIndex {
  index ??= createStatuteIndex(readStatutes());
  return index;
}

/** Parses the library again after a file changed (the dev server's watcher). */
export function reloadStatutes(): StatuteIndex {
  index = undefined;
  return statuteIndex();
}

/** How the content schemas check citations against a statute library (this build's, or another). */
export function checkerFor(library: () => StatuteIndex): CitationChecker {
  return {
    checkCitation(text) {
      const citation = parseCitation(text);
      if (!citation) return `发现“${text}”，无法识别为法条引用，应写成“劳动合同法 第47条”或“劳动合同法 第四十七条”`;
      const result = library().resolve(citation);
      return 'error' in result ? `法条引用“${text}”无效：${result.error}` : null;
    },
    checkCitationsInText(text) {
      const errors: string[] = [];
      for (const hit of findCitationsInText(text)) {
        const result = library().resolve(hit.citation);
        if ('error' in result) errors.push(`法条引用“${text.slice(hit.start, hit.end)}”无效：${result.error}`);
      }
      return errors;
    },
  };
}

/** What the content schemas use to check citations against this build's library. */
export const statuteChecker: CitationChecker = checkerFor(statuteIndex);

/** Checks a data citation such as `劳动合同法 第47条`; returns a Chinese error or null. */
export const checkCitation = statuteChecker.checkCitation;

/** Checks every 《某法》第N条 quoted in a text; returns one Chinese error per unresolved quotation. */
export const checkCitationsInText = statuteChecker.checkCitationsInText;

/** Resolves a data citation already checked by the schema; throws with the text if it no longer resolves. */
export function resolveCitationText(text: string) {
  const citation = parseCitation(text);
  const result = citation ? statuteIndex().resolve(citation) : { error: '无法识别' };
  if ('error' in result) throw new Error(`法条引用“${text}”无效：${result.error}`);
  return { citation: citation!, ...result };
}

/** The link of a data citation: 劳动合同法 第47条第1款 → 《劳动合同法》第四十七条第一款, /laws/…/#art-47. */
export function citationLinkOf(text: string): CitationLink {
  const { citation, ...resolved } = resolveCitationText(text);
  return citationLink(resolved, citation);
}

/** Splits prose into plain runs and quoted citations (《劳动法》第四十四条), each resolved to its link. */
export function splitCitedText(text: string): Array<{ text: string; link?: CitationLink }> {
  const parts: Array<{ text: string; link?: CitationLink }> = [];
  let last = 0;
  for (const hit of findCitationsInText(text)) {
    if (hit.start > last) parts.push({ text: text.slice(last, hit.start) });
    const result = statuteIndex().resolve(hit.citation);
    if ('error' in result) throw new Error(`“${text.slice(hit.start, hit.end)}”：${result.error}`);
    parts.push({ text: text.slice(hit.start, hit.end), link: citationLink(result, hit.citation) });
    last = hit.end;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The statute and provision a citation link points to, for its popover. */
export function provisionOf(link: CitationLink): { statute: Statute; provision: Provision } {
  const target = provisionOfUrl(link.url);
  const statute = target ? statuteIndex().statuteBySlug(target.slug) : undefined;
  const provision = statute?.provisions.find((p) => p.anchor === target!.anchor);
  if (!statute || !provision) throw new Error(`引用目标 ${link.url} 在法规库中不存在`);
  return { statute, provision };
}

/**
 * The rule that version facts come from the law text itself: every date written in an explainer's
 * `## 依据的法规版本` list must be stated in the header lines or the text of the law it belongs to
 * (a history line such as “2010年10月28日 …通过”, or the law's own 施行 article “本法自2011年7月1日起施行”).
 * A date that only appears in a law file's NAME is the collector's label, not the text, and may not be written.
 */
import type { ListItem, Root } from 'mdast';
import { parseChineseNumber } from '../statute/numerals.ts';
import type { Statute } from '../statute/types.ts';
import { parseMdxBody, sectionNodes } from './statements.ts';

/** The heading of the section that lists the laws a page relies on, with their version facts. */
export const VERSIONS_SECTION = '依据的法规版本';

/** A date found in a text. */
export interface FoundDate {
  /** UTF-16 offset in the text */
  index: number;
  /** The date as written: 2010年12月20日, 一九九四年十二月六日 */
  text: string;
  /** The same date as YYYY-MM-DD */
  iso: string;
}

/** A date in the versions list that the law text does not state. */
export interface UnsupportedVersionDate {
  /** 1-based line in the body */
  line: number;
  /** The law the date belongs to, as written in 《》 (empty when the item names no law) */
  law: string;
  /** The date as written on the page */
  date: string;
  /** False when the law is not in the statute library at all */
  known: boolean;
}

/**
 * The text lines of a law, for finding its dates: the name of a law in 《》 as written on the page
 * gives the lines of its file, or undefined when the library has no such law.
 */
export type LawLines = (name: string) => readonly string[] | undefined;

const ASCII_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const CHINESE_DATE = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;

function isoDate(year: number | null, month: number | null, day: number | null): string | undefined {
  if (year === null || month === null || day === null) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every full date in a text (2004年1月1日, full-width digits, or 一九九五年一月一日), in order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Full-width digits have the same UTF-16 length as ASCII ones, so offsets stay valid.
  const ascii = text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  for (const m of ascii.matchAll(ASCII_DATE)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ index: m.index, text: text.slice(m.index, m.index + m[0].length), iso });
  }
  for (const m of text.matchAll(CHINESE_DATE)) {
    const iso = isoDate(parseChineseNumber(m[1]!), parseChineseNumber(m[2]!), parseChineseNumber(m[3]!));
    if (iso) found.push({ index: m.index, text: m[0], iso });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The lines of a parsed statute that are its own text: title, header (history lines, 文号),
 * preamble, every paragraph and item of its provisions, and its annexes. Editors' notes
 * (currencyNote, repeal marks) and the file name are not the text and are left out.
 */
export function statuteTextLines(statute: Statute): string[] {
  return [
    statute.title,
    ...statute.history,
    ...(statute.documentNumber === undefined ? [] : [statute.documentNumber]),
    ...statute.preamble,
    ...statute.provisions.flatMap((p) => p.paragraphs.flatMap((para) => [para.text, ...para.items.map((item) => `${item.label}${item.text}`)])),
    ...statute.appendices.flatMap((a) => a.paragraphs),
  ];
}

const QUOTED_NAME = /《([^《》\n]{1,80})》/g;

/** The 《》 names in a text with their offsets. */
function quotedNames(text: string): Array<{ index: number; name: string }> {
  return [...text.matchAll(QUOTED_NAME)].map((m) => ({ index: m.index, name: m[1]!.trim() }));
}

/**
 * Dates written in the list items of `## 依据的法规版本` that the law they follow does not state.
 * A date belongs to the nearest 《law》 before it in its list item (or the first one after it when
 * none comes before). It is supported when the same calendar date, in either notation, appears in
 * one of that law's text lines.
 */
export function unsupportedVersionDates(body: string, lawLines: LawLines, tree: Root = parseMdxBody(body)): UnsupportedVersionDate[] {
  const out: UnsupportedVersionDate[] = [];
  const datesByLaw = new Map<string, Set<string> | null>();
  const statedDates = (name: string): Set<string> | null => {
    if (!datesByLaw.has(name)) {
      const lines = lawLines(name);
      datesByLaw.set(name, lines ? new Set(lines.flatMap((l) => findDates(l).map((d) => d.iso))) : null);
    }
    return datesByLaw.get(name)!;
  };

  const items: ListItem[] = sectionNodes(tree, VERSIONS_SECTION).flatMap((node) => (node.type === 'list' ? node.children : []));
  for (const item of items) {
    const start = item.position?.start.offset;
    const end = item.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const text = body.slice(start, end);
    const names = quotedNames(text);
    for (const date of findDates(text)) {
      const owner = names.filter((n) => n.index < date.index).at(-1) ?? names[0];
      const law = owner?.name ?? '';
      const stated = law === '' ? null : statedDates(law);
      if (stated?.has(date.iso)) continue;
      const line = (item.position?.start.line ?? 1) + (text.slice(0, date.index).match(/\n/g)?.length ?? 0);
      out.push({ line, law, date: date.text, known: stated !== null });
    }
  }
  return out;
}

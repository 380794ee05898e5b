/**
 * Citations of statute provisions: parsing them from data (劳动合同法 第47条) and
 * from prose (《劳动合同法》第四十七条), formatting, and resolving against parsed statutes.
 */
import { provisionAnchor } from './anchors.ts';
import { NUMERAL_CHARS, parseChineseNumber, toChineseNumber } from './numerals.ts';
import type { ArticleParagraph, Provision, Repeal, Statute } from './types.ts';

/** A reference to one article (or a notice's part), optionally down to 款 and 项. */
export interface Citation {
  /** The law's name as written, without 《》 */
  law: string;
  kind: 'article' | 'part';
  /** Article number, or part number for kind 'part' */
  article: number;
  /** 1 for 第二十条之一; otherwise 0 */
  sub: number;
  /** 款, 1-based */
  paragraph?: number;
  /** 项, 1-based */
  item?: number;
  /** The citation text as given */
  raw: string;
}

/** A citation found in prose, with its UTF-16 offsets in the text. */
export interface CitationHit {
  start: number;
  end: number;
  citation: Citation;
}

const N = `[${NUMERAL_CHARS}]+`;
/** 第四十七条之一第二款第（三）项, or 第二部分. */
const REF = `第(${N})(条|部分)(?:之(${N}))?(?:第(${N})款)?(?:第[（(]?(${N})[）)]?项)?`;
const DATA_CITATION = new RegExp(`^(?:《([^《》]+)》|(.+?))[\\s]*${REF}$`);

/** Numbers from optional regex groups; null marks an invalid numeral. */
function optionalNumber(group: string | undefined): number | undefined | null {
  if (group === undefined) return undefined;
  const n = parseChineseNumber(group);
  return n === null || n < 1 ? null : n;
}

interface RefParts {
  kind: Citation['kind'];
  article: number;
  sub: number;
  paragraph?: number;
  item?: number;
}

/** Builds the numeric part of a citation from the groups of REF (starting at `at`). */
function refFromGroups(groups: ReadonlyArray<string | undefined>, at: number): RefParts | null {
  const article = optionalNumber(groups[at]);
  const kind = groups[at + 1] === '部分' ? 'part' : 'article';
  const sub = optionalNumber(groups[at + 2]);
  const paragraph = optionalNumber(groups[at + 3]);
  const item = optionalNumber(groups[at + 4]);
  if (article == null || sub === null || paragraph === null || item === null) return null;
  if (kind === 'part' && sub !== undefined) return null;
  return {
    kind,
    article,
    sub: sub ?? 0,
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(item === undefined ? {} : { item }),
  };
}

/**
 * Parses a citation as written in data files: `劳动合同法 第47条`, `劳动合同法第四十七条`,
 * `《中华人民共和国劳动合同法》第四十七条第一款`, `劳动合同法 第20条之一`,
 * `劳动合同法 第47条第2款第3项`, `某通知 第二部分`. Returns null when it is not a citation.
 */
export function parseCitation(text: string): Citation | null {
  const trimmed = text.trim();
  const match = DATA_CITATION.exec(trimmed);
  if (!match) return null;
  const law = (match[1] ?? match[2] ?? '').replace(/\s+/g, '');
  const parts = refFromGroups(match, 3);
  if (law === '' || parts === null) return null;
  return { law, ...parts, raw: text };
}

/** The label of the article or part a citation points to: 第四十七条, 第二十条之一, 第二部分. */
export function provisionLabel(c: Pick<Citation, 'kind' | 'article' | 'sub'>): string {
  if (c.kind === 'part') return `第${toChineseNumber(c.article)}部分`;
  return `第${toChineseNumber(c.article)}条${c.sub > 0 ? `之${toChineseNumber(c.sub)}` : ''}`;
}

/** The parts of a citation as written in a `<Cite>` component's attributes. */
export interface CitationParts {
  law: string;
  article?: number | string;
  sub?: number | string;
  part?: number | string;
  paragraph?: number | string;
  item?: number | string;
}

/** Builds the data form (`劳动合同法 第47条之1第2款`) of component attributes, for parseCitation. */
export function citationText({ law, article, sub, part, paragraph, item }: CitationParts): string {
  const unit = part ? `第${part}部分` : `第${article}条${sub ? `之${sub}` : ''}`;
  return `${law} ${unit}${paragraph ? `第${paragraph}款` : ''}${item ? `第${item}项` : ''}`;
}

/** 第四十七条第一款第三项: the provision with its 款 and 项. */
function provisionPath(c: Citation): string {
  const paragraph = c.paragraph === undefined ? '' : `第${toChineseNumber(c.paragraph)}款`;
  const item = c.item === undefined ? '' : `第${toChineseNumber(c.item)}项`;
  return `${provisionLabel(c)}${paragraph}${item}`;
}

/** Formats a citation in the data form's words: `劳动合同法 第四十七条第一款第三项`, `某通知 第二部分`. */
export function formatCitation(c: Citation, shortTitle: string): string {
  return `${shortTitle} ${provisionPath(c)}`;
}

/** A citation as it is shown to readers: 《劳动合同法》第四十七条第一款. */
export function citationLabel(c: Citation, shortTitle: string): string {
  return `《${shortTitle}》${provisionPath(c)}`;
}

/** The HTML id of the cited provision: art-47, art-20-1, part-2. */
export function anchorOf(c: Citation): string {
  return provisionAnchor(c.kind, c.article, c.sub);
}

// ---------------------------------------------------------------------------
// Prose

const QUOTED_LAW = /《([^《》\n]{1,80})》/g;
const FULL_REF = new RegExp(`\\s*${REF}`, 'y');
const NEXT_REF = new RegExp(REF, 'y');
/** 第二款(第三项) or 第三项 continuing the previous hit's article: 第四十六条第一款、第二款. */
const PARAGRAPH_REF = new RegExp(`第(${N})款(?:第[（(]?(${N})[）)]?项)?`, 'y');
const ITEM_REF = new RegExp(`第[（(]?(${N})[）)]?项`, 'y');
const CONNECTOR = /\s*(?:、|以及|和|及|或者|或|至)\s*/y;

function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Reads a continuation reference after a connector; later levels inherit from `previous`. */
function readContinuation(text: string, at: number, previous: Citation): { end: number; parts: RefParts } | null {
  const full = execAt(NEXT_REF, text, at);
  if (full) {
    const parts = refFromGroups(full, 1);
    return parts ? { end: at + full[0].length, parts } : null;
  }
  const paragraphRef = execAt(PARAGRAPH_REF, text, at);
  if (paragraphRef) {
    const paragraph = optionalNumber(paragraphRef[1]);
    const item = optionalNumber(paragraphRef[2]);
    if (paragraph == null || item === null) return null;
    const parts: RefParts = { kind: previous.kind, article: previous.article, sub: previous.sub, paragraph };
    if (item !== undefined) parts.item = item;
    return { end: at + paragraphRef[0].length, parts };
  }
  const itemRef = execAt(ITEM_REF, text, at);
  if (itemRef && previous.item !== undefined) {
    const item = optionalNumber(itemRef[1]);
    if (item == null) return null;
    const parts: RefParts = { kind: previous.kind, article: previous.article, sub: previous.sub, item };
    if (previous.paragraph !== undefined) parts.paragraph = previous.paragraph;
    return { end: at + itemRef[0].length, parts };
  }
  return null;
}

/**
 * Finds citations in prose: a law in 《》 directly followed by 第N条 (…款…项), and
 * further references joined to it by 、和及或至 (《劳动法》第四十四条、第四十五条),
 * each returned as its own hit. Bare 第N条 without a quoted law is not linked.
 */
export function findCitationsInText(text: string): CitationHit[] {
  const hits: CitationHit[] = [];
  for (const quoted of text.matchAll(QUOTED_LAW)) {
    const law = (quoted[1] ?? '').replace(/\s+/g, '');
    const lawEnd = quoted.index + quoted[0].length;
    const first = execAt(FULL_REF, text, lawEnd);
    const firstParts = first ? refFromGroups(first, 1) : null;
    if (!first || !firstParts || law === '') continue;
    let end = lawEnd + first[0].length;
    let previous: Citation = { law, ...firstParts, raw: text.slice(quoted.index, end) };
    hits.push({ start: quoted.index, end, citation: previous });

    for (;;) {
      const connector = execAt(CONNECTOR, text, end);
      if (!connector) break;
      const start = end + connector[0].length;
      const next = readContinuation(text, start, previous);
      if (!next) break;
      end = next.end;
      previous = { law, ...next.parts, raw: text.slice(start, end) };
      hits.push({ start, end, citation: previous });
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------
// Resolution

/** A citation resolved to its statute and provision. */
export interface ResolvedCitation {
  statute: Statute;
  provision: Provision;
}

/** Lookup of parsed statutes by name and slug. */
export interface StatuteIndex {
  readonly statutes: readonly Statute[];
  /** Finds the cited provision, or explains in Chinese why it cannot. */
  resolve(c: Citation): ResolvedCitation | { error: string };
  /** The statute a name refers to (title, short title, alias; with or without 中华人民共和国 and 《》). */
  findStatute(name: string): Statute | undefined;
  statuteBySlug(slug: string): Statute | undefined;
  /** Short titles of all statutes, in input order. */
  lawNames(): string[];
}

/** The form names are compared in: no spaces, no book-title marks, no 中华人民共和国 prefix. */
export function normalizeLawName(name: string): string {
  return name.replace(/[\s《》〈〉<>]/g, '').replace(/^中华人民共和国(?=.)/, '');
}

/** Dice coefficient of two multisets of strings. */
function dice(left: readonly string[], right: readonly string[]): number {
  if (left.length + right.length === 0) return 0;
  const pool = [...right];
  let shared = 0;
  for (const gram of left) {
    const at = pool.indexOf(gram);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

const bigrams = (chars: readonly string[]): string[] => chars.slice(1).map((c, i) => `${chars[i]}${c}`);

/** Similarity of two law names for "did you mean" lists: bigrams first, single characters (社保法 ~ 社会保险法) break ties. */
function similarity(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const contains = a.includes(b) || b.includes(a) ? 1 : 0;
  return contains + dice(bigrams(left), bigrams(right)) + 0.5 * dice(left, right);
}

function countLabel(statute: Statute, kind: Provision['kind']): string {
  const count = statute.provisions.filter((p) => p.kind === kind).length;
  return kind === 'part' ? `共 ${count} 部分` : `共 ${count} 条`;
}

/** 法释〔2025〕12号 第二十一条，2025年9月1日起 */
export function repealText(repeal: Repeal): string {
  return `${repeal.by}${repeal.effective ? `，${formatIsoDateChinese(repeal.effective)}起` : ''}`;
}

function formatIsoDateChinese(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function checkParagraphAndItem(statute: Statute, provision: Provision, c: Citation): string | null {
  const name = `《${statute.shortTitle}》${provisionLabel(c)}`;
  let paragraph: ArticleParagraph | undefined;
  let paragraphName = name;
  if (c.paragraph !== undefined) {
    paragraph = provision.paragraphs[c.paragraph - 1];
    if (!paragraph) {
      return `${name}没有第${toChineseNumber(c.paragraph)}款（该条共 ${provision.paragraphs.length} 款）`;
    }
    paragraphName = `${name}第${toChineseNumber(c.paragraph)}款`;
    if (paragraph.repealed) return `${paragraphName}已废止（${repealText(paragraph.repealed)}），不能作为依据`;
  } else {
    // Citing a whole article would take its repealed paragraph along: name the paragraph that is in force.
    const repealed = provision.paragraphs.findIndex((p) => p.repealed);
    if (repealed >= 0) {
      const inForce = provision.paragraphs.map((p, i) => (p.repealed ? null : `第${toChineseNumber(i + 1)}款`)).filter(Boolean);
      const hint = inForce.length ? `请只引用仍然有效的${inForce.join('、')}` : '该条已无有效条款';
      return `${name}第${toChineseNumber(repealed + 1)}款已废止（${repealText(provision.paragraphs[repealed]!.repealed!)}）：${hint}`;
    }
  }
  if (c.item === undefined) return null;
  // 第三十九条第（一）项 without 款 means the items of the paragraph that has them.
  paragraph ??= provision.paragraphs.find((p) => p.items.length > 0);
  const items = paragraph?.items ?? [];
  if (items.some((item) => item.number === c.item)) return null;
  const scope = c.paragraph === undefined ? '该条' : '该款';
  const count = items.length === 0 ? `${scope}没有项` : `${scope}共 ${items.length} 项`;
  return `${paragraphName}没有第${toChineseNumber(c.item)}项（${count}）`;
}

/**
 * Indexes parsed statutes for citation lookup. Throws when two statutes share a slug.
 * A name shared by several statutes resolves to an error asking for a distinct alias.
 */
/**
 * What makes a set of statutes unusable as one library: two files with the same URL slug (which
 * two files with the same title always have, the slug coming from the title). One sentence per
 * clash, naming both files and the fix (front matter `slug:`).
 */
export function libraryProblems(statutes: readonly Statute[]): Array<{ file: string; message: string }> {
  const bySlug = new Map<string, Statute>();
  const problems: Array<{ file: string; message: string }> = [];
  for (const statute of statutes) {
    const clash = bySlug.get(statute.slug);
    if (!clash) {
      bySlug.set(statute.slug, statute);
      continue;
    }
    const sameTitle = clash.title === statute.title ? `标题相同（“${statute.title}”），因此` : '';
    problems.push({
      file: statute.file,
      message:
        `发现本文件与 ${clash.file} ${sameTitle}网址标识（slug）都是“${statute.slug}”，应在其中一个文件开头加 front matter 指定不同的 slug` +
        `（例如在文件最前面写三行：---、slug: ${statute.slug}-2、---）${sameTitle ? '，并用 shortTitle 或 aliases 给出能区分两者的引用名称' : ''}`,
    });
  }
  return problems;
}

export function createStatuteIndex(statutes: readonly Statute[]): StatuteIndex {
  const byName = new Map<string, Statute[]>();
  const bySlug = new Map<string, Statute>();
  const clash = libraryProblems(statutes)[0];
  if (clash) throw new Error(`${clash.file}：${clash.message}`);
  for (const statute of statutes) {
    bySlug.set(statute.slug, statute);
    const names = new Set([statute.title, statute.shortTitle, ...statute.aliases].map(normalizeLawName));
    for (const name of names) byName.set(name, [...(byName.get(name) ?? []), statute]);
  }

  const lawNames = (): string[] => statutes.map((s) => s.shortTitle);

  const nearestNames = (query: string): string[] => {
    const wanted = normalizeLawName(query);
    return statutes
      .map((s, order) => ({
        name: s.shortTitle,
        order,
        score: Math.max(...[s.title, s.shortTitle, ...s.aliases].map((n) => similarity(wanted, normalizeLawName(n)))),
      }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, 5)
      .map((entry) => entry.name);
  };

  const lookup = (name: string): Statute[] => byName.get(normalizeLawName(name)) ?? [];

  return {
    statutes,
    lawNames,
    statuteBySlug: (slug) => bySlug.get(slug),
    findStatute: (name) => {
      const found = lookup(name);
      return found.length === 1 ? found[0] : undefined;
    },
    resolve(c) {
      const found = lookup(c.law);
      if (found.length > 1) {
        const list = found.map((s) => `${s.title}（${s.slug}）`).join('、');
        return { error: `法规名称“${c.law}”同时指向 ${list}，请改用能区分它们的名称或别名` };
      }
      const statute = found[0];
      if (!statute) {
        return { error: `未找到法规“${c.law}”。可用的名称：${nearestNames(c.law).join('、')}` };
      }
      const provision = statute.provisions.find((p) => p.kind === c.kind && p.number === c.article && p.sub === c.sub);
      if (!provision) {
        const hasKind = statute.provisions.some((p) => p.kind === c.kind);
        const missing = `《${statute.shortTitle}》没有${provisionLabel(c)}`;
        if (hasKind) return { error: `${missing}（${countLabel(statute, c.kind)}）` };
        const hint = c.kind === 'article' ? '该文件不分条，请按部分引用，如“第一部分”' : '该文件按条引用，如“第一条”';
        const other = c.kind === 'article' ? 'part' : 'article';
        return { error: `${missing}：${hint}（${countLabel(statute, other)}）` };
      }
      const error = checkParagraphAndItem(statute, provision, c);
      return error === null ? { statute, provision } : { error };
    },
  };
}

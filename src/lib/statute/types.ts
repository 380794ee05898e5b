/**
 * The shape of a parsed statute (法律、法规、规章、司法解释、规范性文件).
 * Everything here is plain data so it can be stored by Astro's content layer.
 */

import type { NormativeDocument } from '../../schemas/documents.ts';

export type { NormativeDocument };

/** The kinds of document in the statute library, in display order. */
export const STATUTE_KINDS = ['宪法', '法律', '行政法规', '部门规章', '司法解释', '规范性文件'] as const;
export type StatuteKind = (typeof STATUTE_KINDS)[number];

/** One numbered item of an article: （一）…… */
export interface ArticleItem {
  /** 1-based item number, from （一） */
  number: number;
  /** The label as written, e.g. （一） */
  label: string;
  /** The item text without its label */
  text: string;
}

/** A later document that repealed a paragraph, from the statute file's front matter. */
export interface Repeal {
  /** The repealing document and its article, as the editor wrote it */
  by: string;
  /** ISO date the repeal took effect */
  effective?: string;
}

/** One paragraph (款) of an article, with the items (项) that follow it. */
export interface ArticleParagraph {
  /** The paragraph text; for the first paragraph, without the 第N条 label */
  text: string;
  /** Items （一）（二）… that belong to this paragraph */
  items: ArticleItem[];
  /** Set when a later document repealed this paragraph: the text stays, shown as repealed, and cannot be cited */
  repealed?: Repeal;
}

/**
 * A citable unit of a statute. Most documents are divided into articles
 * (第N条); notices without articles are divided into parts (一、二、).
 */
export interface Provision {
  kind: 'article' | 'part';
  /** Article number (47 for 第四十七条) or part number (2 for 二、) */
  number: number;
  /** For 第二十条之一: 1; otherwise 0 */
  sub: number;
  /** The label as written in the source, e.g. 第四十七条, 第二十条之一, 二、 */
  label: string;
  /** Heading text of a part (一、制度工作时间的计算 → 制度工作时间的计算); empty for articles */
  title: string;
  /** HTML id: art-47, art-20-1, part-2 */
  anchor: string;
  paragraphs: ArticleParagraph[];
}

/** A structural division: 编, 章 or 节, holding provisions or further divisions. */
export interface Division {
  level: 'part' | 'chapter' | 'section';
  /** The heading as written, whitespace normalised: 第一章 总则 */
  heading: string;
  /** HTML id for the table of contents: ch-1, ch-2-sec-3 */
  anchor: string;
  /** Anchors of the provisions directly or indirectly inside this division, in order */
  provisionAnchors: string[];
  children: Division[];
}

/** A parsed statute file. */
export interface Statute {
  /** The file it was read from, as given to the parser: content/laws/劳动合同法(2012-12-28).md */
  file: string;
  /** Exactly the file's `# ` heading */
  title: string;
  /** Title without 中华人民共和国, or the front matter's shortTitle */
  shortTitle: string;
  /** Further names a citation may use (the full title, the front matter's aliases) */
  aliases: string[];
  /** ASCII URL slug derived from the short title (or front matter) */
  slug: string;
  kind: StatuteKind;
  /** The dated history lines before <!-- INFO END -->, e.g. 2012年12月28日 …修正 */
  history: string[];
  /** Document number (文号) if the header has one, e.g. 劳社部发[2008]3号 */
  documentNumber?: string;
  /** ISO date the document took effect, when the header states it (施行/执行) */
  effectiveDate?: string;
  /**
   * ISO date of the latest version: the file name's date when the header states it, else the last
   * dated history line; absent when the text does not state it
   */
  versionDate?: string;
  /** An editor's note on later changes the text does not contain (front matter currencyNote), shown at the top */
  currencyNote?: string;
  /** A bureau's normative document (front matter `document`): 文号, 发文机关, dates and 有效性 */
  document?: NormativeDocument;
  /** Paragraphs before the first division or provision (序言, a notice's preamble) */
  preamble: string[];
  /** Heading of the preamble when it had one (序言) */
  preambleHeading?: string;
  divisions: Division[];
  /** All provisions in document order */
  provisions: Provision[];
  /** Annexes after the last article (附录 / 附件), kept as plain paragraphs */
  appendices: Appendix[];
}

/** An annex (附录：女职工禁忌从事的劳动范围) that follows the articles and is not part of any article. */
export interface Appendix {
  /** The annex label as written, without a trailing colon: 附录 */
  heading: string;
  /** HTML id: appendix-1 */
  anchor: string;
  paragraphs: string[];
}

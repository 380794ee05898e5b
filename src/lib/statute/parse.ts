/**
 * Parses a statute Markdown file (content/laws/*.md) into a Statute.
 *
 * File layout: optional YAML front matter, `# title`, header lines (history,
 * 文号, …), `<!-- INFO END -->`, then `##`/`###` headings (编/章/节, 序言, or a
 * notice's 一、二、 parts) and paragraphs, articles starting with 第N条.
 */
import { load } from 'js-yaml';
import { provisionAnchor } from './anchors.ts';
import { NUMERAL_CHARS, parseChineseNumber, toChineseNumber } from './numerals.ts';
import { slugify } from './slug.ts';
import { normativeDocumentSchema, type NormativeDocument } from '../../schemas/documents.ts';
import { SAMPLE_DOCUMENT_LABEL } from '../../schemas/taxonomy.ts';
import {
  type Repeal,
  STATUTE_KINDS,
  type Appendix,
  type ArticleItem,
  type Division,
  type Provision,
  type Statute,
  type StatuteKind,
} from './types.ts';

// ---------------------------------------------------------------------------
// Small text helpers

/** Trims ASCII and full-width spaces, plus the zero-width spaces some sources carry. */
function clean(s: string): string {
  return s.replace(/^[\s\u200B\uFEFF]+|[\s\u200B\uFEFF]+$/g, '');
}

/** A paragraph that opens an annex: 附录： / 附件 / 附件一： / 附表2 */
const APPENDIX_START = /^附(录|件|表)[一二三四五六七八九十0-9]*[：:]?$/;

const isAsciiVisible = (c: string | undefined): boolean => c !== undefined && /[\x21-\x7e]/.test(c);

/** Collapses whitespace in a heading title; spaces only survive between ASCII words (总 则 → 总则). */
function normalizeTitle(s: string): string {
  return clean(s).replace(/[\s\u200B]+/g, (run, offset: number, all: string) =>
    isAsciiVisible(all[offset - 1]) && isAsciiVisible(all[offset + run.length]) ? ' ' : '',
  );
}

/** Joins a wrapped source line to the paragraph it continues (no space between Chinese characters). */
function joinLines(a: string, b: string): string {
  return isAsciiVisible(a.at(-1)) && isAsciiVisible(b[0]) ? `${a} ${b}` : a + b;
}

const ASCII_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const CHINESE_DATE = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in a line (2018年10月1日 or 一九九四年十二月六日) as YYYY-MM-DD. */
function findDate(line: string): string | undefined {
  const ascii = ASCII_DATE.exec(line);
  if (ascii) return isoDate(Number(ascii[1]), Number(ascii[2]), Number(ascii[3]));
  const chinese = CHINESE_DATE.exec(line);
  if (!chinese) return undefined;
  const [y, m, d] = [chinese[1], chinese[2], chinese[3]].map((part) => parseChineseNumber(part ?? ''));
  if (y == null || m == null || d == null) return undefined;
  return isoDate(y, m, d);
}

/** A whole line that is a 文号: 劳社部发[2008]3号, 劳部发〔1994〕489号, 国办发（2020）1号. */
const DOCUMENT_NUMBER = /^[\p{Script=Han}A-Za-z]{1,20}[〔[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*第?\s*\d+\s*号$/u;

const FILE_DATE = /[(（](\d{4})-(\d{1,2})-(\d{1,2})[)）]\.md$/;

// ---------------------------------------------------------------------------
// Titles and kinds

/** The short title used in lists and citations: strips a leading 中华人民共和国. */
export function shortTitleOf(title: string): string {
  const short = title.replace(/^中华人民共和国/, '');
  return short === '' ? title : short;
}

/**
 * Guesses the kind of document from its title and header. The enacting body in
 * the history decides; titles alone are the fallback for files without history.
 */
export function inferKind(title: string, history: readonly string[], documentNumber?: string): StatuteKind {
  const short = shortTitleOf(title);
  const header = history.join('\n');
  if (short === '宪法' || short === '宪法修正案') return '宪法';
  if (/^最高人民(法院|检察院)/.test(title)) return '司法解释';
  if (header.includes('全国人民代表大会')) return '法律';
  if (/国务院令|国务院[^\n]*常务会议/.test(header)) return '行政法规';
  if (/部务会议|委务会议|局务会议|部令/.test(header)) return '部门规章';
  if (title.includes('通知') || documentNumber !== undefined) return '规范性文件';
  // No usable header: national 法 are laws, 条例 are State Council regulations.
  if (/法$/.test(short)) return '法律';
  if (/条例$/.test(short)) return '行政法规';
  if (/(规定|办法|细则)$/.test(short)) return '部门规章';
  return '规范性文件';
}

// ---------------------------------------------------------------------------
// Front matter

/** A paragraph repealed by a later document, as written in the front matter. */
interface RepealEntry {
  article: number;
  sub: number;
  /** 1-based 款 */
  paragraph: number;
  repeal: Repeal;
}

interface FrontMatter {
  slug?: string;
  shortTitle?: string;
  aliases?: string[];
  kind?: StatuteKind;
  repealed?: RepealEntry[];
  currencyNote?: string;
  document?: NormativeDocument;
}

const FRONT_MATTER_FIELDS = ['slug', 'shortTitle', 'aliases', 'kind', 'repealed', 'currencyNote', 'document'] as const;
/** 第32条第1款 or 第三十二条第一款: the only form a repealed provision is written in. */
const REPEALED_PROVISION = new RegExp(`^第([${NUMERAL_CHARS}]+)条(?:之([${NUMERAL_CHARS}]+))?第([${NUMERAL_CHARS}]+)款$`);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const describe = (value: unknown): string => (value === undefined ? '空' : JSON.stringify(value));

function isStatuteKind(value: unknown): value is StatuteKind {
  return typeof value === 'string' && (STATUTE_KINDS as readonly string[]).includes(value);
}

function parseFrontMatter(yamlText: string, fileName: string): FrontMatter {
  let data: unknown;
  try {
    data = load(yamlText);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`${fileName}：front matter 不是合法的 YAML（${reason}）`, { cause: error });
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${fileName}：front matter 应为“字段: 值”形式的映射，实际为 ${describe(data)}`);
  }
  const record = data as Record<string, unknown>;
  const result: FrontMatter = {};
  const fieldError = (field: string, expected: string): Error =>
    new Error(`${fileName}：front matter 字段 ${field} 应为${expected}，实际为 ${describe(record[field])}`);

  for (const key of Object.keys(record)) {
    if (!(FRONT_MATTER_FIELDS as readonly string[]).includes(key)) {
      throw new Error(`${fileName}：front matter 含未知字段 ${key}（可用字段：${FRONT_MATTER_FIELDS.join('、')}）`);
    }
  }
  if ('slug' in record) {
    const slug = record.slug;
    if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) {
      throw fieldError('slug', '由小写字母、数字和连字符组成的字符串（如 laodong-hetong-fa）');
    }
    result.slug = slug;
  }
  if ('shortTitle' in record) {
    const shortTitle = record.shortTitle;
    if (typeof shortTitle !== 'string' || clean(shortTitle) === '') throw fieldError('shortTitle', '非空字符串');
    result.shortTitle = clean(shortTitle);
  }
  if ('aliases' in record) {
    const aliases = record.aliases;
    if (!Array.isArray(aliases) || !aliases.every((a): a is string => typeof a === 'string' && clean(a) !== '')) {
      throw fieldError('aliases', '非空字符串的列表（如 [劳动合同法, 劳合法]）');
    }
    result.aliases = aliases.map(clean);
  }
  if ('kind' in record) {
    const kind = record.kind;
    if (!isStatuteKind(kind)) throw fieldError('kind', ` ${STATUTE_KINDS.join('/')}之一`);
    result.kind = kind;
  }
  if ('currencyNote' in record) {
    const note = record.currencyNote;
    if (typeof note !== 'string' || clean(note) === '')
      throw fieldError('currencyNote', '非空字符串（说明本文本哪些内容已被后来的规定改变，并写明依据）');
    result.currencyNote = clean(note);
  }
  if ('repealed' in record) {
    const expected = '列表，每项写明 provision（如 第32条第1款）、by（废止它的文件及条文）和 effective（废止生效日期，如 2025-09-01）';
    const list = record.repealed;
    if (!Array.isArray(list) || list.length === 0) throw fieldError('repealed', expected);
    result.repealed = list.map((entry, i) => {
      const at = `repealed 第 ${i + 1} 项`;
      if (typeof entry !== 'object' || entry === null)
        throw new Error(`${fileName}：front matter ${at}应为映射（${expected}），实际为 ${describe(entry)}`);
      const { provision, by, effective, ...rest } = entry as Record<string, unknown>;
      const unknown = Object.keys(rest);
      if (unknown.length) throw new Error(`${fileName}：front matter ${at}含未知字段 ${unknown.join('、')}（可用字段：provision、by、effective）`);
      const match = typeof provision === 'string' ? REPEALED_PROVISION.exec(provision.replace(/\s+/g, '')) : null;
      const [article, sub, paragraph] = match ? [match[1], match[2], match[3]].map((g) => (g === undefined ? 0 : parseChineseNumber(g))) : [];
      if (!match || !article || sub === null || !paragraph) {
        throw new Error(`${fileName}：front matter ${at}的 provision 应为“第N条第M款”（如 第32条第1款），实际为 ${describe(provision)}`);
      }
      if (typeof by !== 'string' || clean(by) === '')
        throw new Error(`${fileName}：front matter ${at}的 by 应写明废止它的文件名称、文号和条文，实际为 ${describe(by)}`);
      const effectiveText = effective instanceof Date ? effective.toISOString().slice(0, 10) : effective;
      if (effectiveText !== undefined && (typeof effectiveText !== 'string' || !ISO_DATE.test(effectiveText))) {
        throw new Error(`${fileName}：front matter ${at}的 effective 应为日期（如 2025-09-01），实际为 ${describe(effective)}`);
      }
      return { article, sub: sub ?? 0, paragraph, repeal: { by: clean(by), ...(effectiveText ? { effective: effectiveText } : {}) } };
    });
  }
  if ('document' in record) {
    const parsed = normativeDocumentSchema.safeParse(record.document);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((issue) => `  - document.${issue.path.map(String).join('.') || '（整项）'}：${issue.message}`);
      throw new Error(`${fileName}：front matter 的 document（规范性文件信息）有误：\n${lines.join('\n')}`);
    }
    result.document = parsed.data;
  }
  return result;
}

// ---------------------------------------------------------------------------
// Body structure

const ARTICLE_START = new RegExp(`^第([${NUMERAL_CHARS}]+)条(?:之([${NUMERAL_CHARS}]+))?([\\s\\S]*)$`);
const ITEM_START = new RegExp(`^([（(]([${NUMERAL_CHARS}]+)[）)])([\\s\\S]*)$`);
const DIVISION_HEADING = new RegExp(`^(第([${NUMERAL_CHARS}]+)([编章节]))(.*)$`);
const PART_HEADING = /^([一二三四五六七八九十百零〇两]+)(?:([、.．])(.*))?$/;
const HEADING = /^(#{1,6})[ \u3000]+(.*)$/;
const INFO_END = /^<!--\s*INFO\s+END\s*-->$/;

/**
 * Text right after a label that shows a reference, not an article start:
 * a paragraph may begin "第四十条规定的……" or "第三条第二款……".
 */
const REFERENCE_CONTINUATION = /^(规定|第|的|、|，|,|。|；|和|及|或|至|到|中|所|之)/;

/** An item ending like this is complete; one ending in "，" or mid-word is continued by the next paragraph. */
const ITEM_CLOSED = /[。；;：:！？!?…”’」』）)\]】]$/;

type ArticleKey = readonly [number, number];

interface ArticleStart {
  label: string;
  number: number;
  sub: number;
  text: string;
}

/**
 * Reads a paragraph as the start of an article, or returns null when it is a
 * continuation paragraph. Numbers must increase: 第N条 at the start of a later
 * paragraph that does not advance the numbering is a reference, not a new article.
 */
function readArticleStart(paragraph: string, previous: ArticleKey | null): ArticleStart | null {
  const match = ARTICLE_START.exec(paragraph);
  if (!match) return null;
  const [, numeral = '', subNumeral, rest = ''] = match;
  const number = parseChineseNumber(numeral);
  const sub = subNumeral === undefined ? 0 : parseChineseNumber(subNumeral);
  if (number === null || sub === null || number < 1) return null;

  const hasSeparator = rest === '' || /^[\s\u200B]/.test(rest);
  if (!hasSeparator && REFERENCE_CONTINUATION.test(rest)) return null;
  if (previous !== null) {
    const [prevNumber, prevSub] = previous;
    const advances = number > prevNumber || (number === prevNumber && sub > prevSub);
    if (!advances) return null;
    // Without a separator only the very next article is believed (guards "第五十条规定……").
    const isNext = (number === prevNumber + 1 && sub === 0) || (number === prevNumber && sub === prevSub + 1);
    if (!hasSeparator && !isNext) return null;
  }
  const label = `第${numeral}条${subNumeral === undefined ? '' : `之${subNumeral}`}`;
  return { label, number, sub, text: clean(rest) };
}

type Block = { type: 'heading'; text: string; line: number; raw: string } | { type: 'paragraph'; text: string; line: number };

/** Splits body lines into headings and paragraphs; comment lines and blank lines end paragraphs. */
function toBlocks(lines: readonly string[], firstLineNumber: number): Block[] {
  const blocks: Block[] = [];
  let open: { type: 'paragraph'; text: string; line: number } | null = null;
  let inComment = false;
  lines.forEach((rawLine, index) => {
    const lineNumber = firstLineNumber + index;
    const line = clean(rawLine);
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      return;
    }
    if (line.startsWith('<!--')) {
      // <!-- FORCE BREAK --> and other comments only separate paragraphs.
      open = null;
      inComment = !line.includes('-->');
      return;
    }
    if (line === '') {
      open = null;
      return;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      open = null;
      blocks.push({ type: 'heading', text: clean(heading[2] ?? ''), line: lineNumber, raw: line });
      return;
    }
    // Article and item labels always begin a paragraph, even without a blank line before them.
    if (open !== null && !ARTICLE_START.test(line) && !ITEM_START.test(line)) {
      open.text = joinLines(open.text, line);
      return;
    }
    open = { type: 'paragraph', text: line, line: lineNumber };
    blocks.push(open);
  });
  return blocks;
}

const DIVISION_LEVELS = { 编: 'part', 章: 'chapter', 节: 'section' } as const;
const DIVISION_RANK: Readonly<Record<Division['level'], number>> = { part: 0, chapter: 1, section: 2 };

function divisionAnchor(level: Division['level'], number: number, parent: Division | undefined): string {
  const prefix = parent ? `${parent.anchor}-` : '';
  if (level === 'part') return `bian-${number}`;
  if (level === 'chapter') return `${prefix}ch-${number}`;
  return `${prefix}sec-${number}`;
}

// ---------------------------------------------------------------------------
// Entry point

/** One thing wrong in a statute file, at a line (1-based) when there is one. */
export interface StatuteProblem {
  line?: number;
  message: string;
}

/** A malformed statute file: every problem found, each with its line; the message lists them all. */
export class StatuteParseError extends Error {
  readonly file: string;
  readonly problems: readonly StatuteProblem[];
  constructor(file: string, problems: readonly StatuteProblem[]) {
    super(problems.map((p) => `${file}${p.line === undefined ? '' : ` 第 ${p.line} 行`}：${p.message}`).join('\n'));
    this.name = 'StatuteParseError';
    this.file = file;
    this.problems = problems;
  }
}

/** 第三条, 第二十条之一: an article's label for messages. */
function articleLabel(number: number, sub: number): string {
  return `第${toChineseNumber(number)}条${sub ? `之${toChineseNumber(sub)}` : ''}`;
}

/**
 * Parses one statute file. `fileName` (e.g. content/laws/劳动法(2018-12-29).md)
 * is used in error messages and for the version date in its name.
 * Throws a StatuteParseError with Chinese messages when the file is malformed; numbering mistakes
 * (a gap, a repeated number) are pushed to `options.numbering` instead when it is given.
 */
export function parseStatute(source: string, fileName: string, options: { numbering?: StatuteProblem[] } = {}): Statute {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const fail = (message: string, line?: number): never => {
    throw new StatuteParseError(fileName, [{ line, message }]);
  };
  // Numbering mistakes do not stop the reading: all of them are reported together at the end.
  const numbering: StatuteProblem[] = [];

  // Front matter
  let index = 0;
  let frontMatter: FrontMatter = {};
  if (clean(lines[0] ?? '') === '---') {
    const end = lines.findIndex((line, i) => i > 0 && clean(line) === '---');
    if (end < 0) fail('front matter 缺少结束行“---”');
    frontMatter = parseFrontMatter(lines.slice(1, end).join('\n'), fileName);
    index = end + 1;
  }

  // Title
  while (index < lines.length && clean(lines[index] ?? '') === '') index++;
  const titleLine = clean(lines[index] ?? '');
  const titleMatch = /^#[ \u3000]+(.+)$/.exec(titleLine);
  if (!titleMatch) {
    const found = index < lines.length ? `实际为“${titleLine.slice(0, 40)}”` : '但文件没有内容';
    return fail(`缺少标题行：第一行（front matter 之后）应为“# 法规名称”，${found}`, index + 1);
  }
  const title = clean(titleMatch[1] ?? '');
  const titleIndex = index;

  // Header: up to <!-- INFO END -->, or (when missing) up to the first heading or article.
  let infoEnd = lines.findIndex((line, i) => i > titleIndex && INFO_END.test(clean(line)));
  const bodyStart = infoEnd >= 0 ? infoEnd + 1 : -1;
  if (infoEnd < 0) {
    infoEnd = lines.findIndex((line, i) => i > titleIndex && (HEADING.test(clean(line)) || ARTICLE_START.test(clean(line))));
    if (infoEnd < 0) infoEnd = lines.length;
  }
  const history: string[] = [];
  const headerExtras: string[] = [];
  let documentNumber: string | undefined;
  for (const rawLine of lines.slice(titleIndex + 1, infoEnd)) {
    const line = clean(rawLine);
    if (line === '' || line.startsWith('<!--')) continue;
    if (documentNumber === undefined && DOCUMENT_NUMBER.test(line)) documentNumber = line;
    else if (findDate(line) !== undefined) history.push(line);
    else headerExtras.push(line); // e.g. a cover notice (印发通知): kept as preamble
  }

  const effectiveLine = history.filter((line) => /施行|执行/.test(line)).at(-1);
  const effectiveDate = effectiveLine === undefined ? undefined : findDate(effectiveLine);
  const fileDate = FILE_DATE.exec(fileName);
  // A bare "2018年10月1日 施行" line dates the entry into force, not the text's version.
  const versionLine = history.filter((line) => !/^\S+\s*(施行|执行)$/.test(line)).at(-1) ?? history.at(-1);
  // The file name's date is the collector's label, not part of the text: it is shown only when a
  // header line of the text carries the same date (the notice 劳社部发[2008]3号 is filed as
  // 2009-03-29, a date its text never states). Without a file date, the last history line dates it.
  const headerDates = new Set(history.map(findDate));
  const labelled = fileDate ? isoDate(Number(fileDate[1]), Number(fileDate[2]), Number(fileDate[3])) : undefined;
  const versionDate = fileDate
    ? labelled !== undefined && headerDates.has(labelled)
      ? labelled
      : undefined
    : versionLine === undefined
      ? undefined
      : findDate(versionLine);

  // Body
  const blocks = toBlocks(lines.slice(bodyStart >= 0 ? bodyStart : infoEnd), (bodyStart >= 0 ? bodyStart : infoEnd) + 1);
  const preamble: string[] = [...headerExtras];
  let preambleHeading: string | undefined;
  const provisions: Provision[] = [];
  const divisions: Division[] = [];
  const openDivisions: Division[] = []; // outermost first
  const anchors = new Set<string>();
  let current: Provision | null = null;
  let inPreamble = true;
  let lastArticle: ArticleKey | null = null;
  const appendices: Appendix[] = [];

  const addProvision = (provision: Provision, line: number): Provision => {
    if (anchors.has(provision.anchor)) fail(`${provision.label} 重复出现`, line);
    anchors.add(provision.anchor);
    provisions.push(provision);
    for (const division of openDivisions) division.provisionAnchors.push(provision.anchor);
    return provision;
  };

  for (const block of blocks) {
    if (block.type === 'heading') {
      const text = block.text;
      const division = DIVISION_HEADING.exec(text);
      const part = PART_HEADING.exec(text);
      if (division) {
        const [, label = '', numeral = '', levelChar = '', rest = ''] = division;
        const number = parseChineseNumber(numeral);
        if (number === null) return fail(`无法识别标题“${block.raw}”中的编号`, block.line);
        const level = DIVISION_LEVELS[levelChar as keyof typeof DIVISION_LEVELS];
        while (openDivisions.length > 0 && DIVISION_RANK[openDivisions.at(-1)?.level ?? 'part'] >= DIVISION_RANK[level]) {
          openDivisions.pop();
        }
        const parent = openDivisions.at(-1);
        const headingTitle = normalizeTitle(rest);
        const node: Division = {
          level,
          heading: headingTitle === '' ? label : `${label} ${headingTitle}`,
          anchor: divisionAnchor(level, number, parent),
          provisionAnchors: [],
          children: [],
        };
        if (anchors.has(node.anchor)) fail(`标题“${node.heading}”与前面的标题编号重复`, block.line);
        anchors.add(node.anchor);
        (parent ? parent.children : divisions).push(node);
        openDivisions.push(node);
        current = null;
        inPreamble = false;
      } else if (normalizeTitle(text) === '序言') {
        if (provisions.length > 0 || divisions.length > 0) fail('“序言”应位于第一章和第一条之前', block.line);
        preambleHeading = '序言';
        inPreamble = true;
        current = null;
      } else if (part) {
        // Notices without articles: "## 一、制度工作时间的计算", or a bare "## 三".
        const [, numeral = '', separator = '', rest = ''] = part;
        const number = parseChineseNumber(numeral);
        if (number === null || number < 1) return fail(`无法识别标题“${block.raw}”中的编号`, block.line);
        inPreamble = false;
        const lastPart = provisions.filter((p) => p.kind === 'part').at(-1)?.number ?? 0;
        if (number !== lastPart + 1) {
          numbering.push({
            line: block.line,
            message: `部分编号不连续：${lastPart ? `“${toChineseNumber(lastPart)}、”之后` : '第一部分'}是“${numeral}”，应为“${toChineseNumber(lastPart + 1)}”`,
          });
        }
        current = addProvision(
          {
            kind: 'part',
            number,
            sub: 0,
            label: numeral + separator,
            title: normalizeTitle(rest),
            anchor: provisionAnchor('part', number),
            paragraphs: [],
          },
          block.line,
        );
      } else {
        fail(`无法识别的标题“${block.raw}”：应为“第X编/章/节 标题”、“序言”或“一、标题”`, block.line);
      }
      continue;
    }

    // 附录：/附件1 after the articles starts an annex; everything after it belongs to the annex.
    if (provisions.length > 0 && APPENDIX_START.test(block.text)) {
      appendices.push({
        heading: block.text.replace(/[：:]\s*$/, ''),
        anchor: `appendix-${appendices.length + 1}`,
        paragraphs: [],
      });
      current = null;
      continue;
    }
    const appendix = appendices.at(-1);
    if (appendix) {
      appendix.paragraphs.push(block.text);
      continue;
    }

    const article = readArticleStart(block.text, lastArticle);
    const repeated = article ? null : ARTICLE_START.exec(block.text);
    if (repeated && lastArticle !== null && /^[\s\u200B]/.test(repeated[3] ?? '')) {
      // "第三条 …" right after 第三条 itself is a second article with the same number, not a reference.
      const number = parseChineseNumber(repeated[1] ?? '');
      const sub = repeated[2] === undefined ? 0 : parseChineseNumber(repeated[2]);
      if (number === lastArticle[0] && sub === lastArticle[1]) {
        numbering.push({
          line: block.line,
          message: `发现第二个${articleLabel(number, sub)}，条文编号重复，应为${articleLabel(number + 1, 0)}（或检查是否多写了一条）`,
        });
      }
    }
    if (article) {
      // A file may be an excerpt starting at any article; after the first, numbers go up by one.
      if (lastArticle !== null) {
        const expected = lastArticle[0] + 1;
        const isNext =
          (article.number === expected && article.sub === 0) || (article.number === lastArticle[0] && article.sub === lastArticle[1] + 1);
        if (!isNext) {
          numbering.push({
            line: block.line,
            message: `条文编号不连续：${articleLabel(lastArticle[0], lastArticle[1])}之后是${article.label}，应为${articleLabel(expected, 0)}（缺少的条文请补上，编号写错的请改正）`,
          });
        }
      }
      lastArticle = [article.number, article.sub];
      inPreamble = false;
      current = addProvision(
        {
          kind: 'article',
          number: article.number,
          sub: article.sub,
          label: article.label,
          title: '',
          anchor: provisionAnchor('article', article.number, article.sub),
          paragraphs: [{ text: article.text, items: [] }],
        },
        block.line,
      );
      continue;
    }

    const provision = current;
    if (provision === null) {
      if (inPreamble) preamble.push(block.text);
      else fail(`段落“${block.text.slice(0, 20)}…”不属于任何条文：标题之后应紧接“第X条”`, block.line);
      continue;
    }
    const item = ITEM_START.exec(block.text);
    const itemNumber = item ? parseChineseNumber(item[2] ?? '') : null;
    const last = provision.paragraphs.at(-1);
    const openItem = last?.items.at(-1);
    if (!item && openItem && !ITEM_CLOSED.test(openItem.text)) {
      // An item cut mid-sentence (hard-wrapped source) continues in the next paragraph.
      openItem.text = joinLines(openItem.text, block.text);
    } else if (item && itemNumber !== null) {
      const entry: ArticleItem = { number: itemNumber, label: item[1] ?? '', text: clean(item[3] ?? '') };
      if (last) last.items.push(entry);
      else provision.paragraphs.push({ text: '', items: [entry] });
    } else if (last && last.text === '' && last.items.length === 0) {
      last.text = block.text; // "第五条" alone on its line: the next paragraph is its text
    } else {
      provision.paragraphs.push({ text: block.text, items: [] });
    }
  }

  for (const entry of frontMatter.repealed ?? []) {
    const provision = provisions.find((p) => p.kind === 'article' && p.number === entry.article && p.sub === entry.sub);
    const paragraph = provision?.paragraphs[entry.paragraph - 1];
    if (!provision || !paragraph) {
      fail(`front matter 的 repealed 指向不存在的条款：第${entry.article}条${entry.sub ? `之${entry.sub}` : ''}第${entry.paragraph}款`);
    }
    paragraph!.repealed = entry.repeal;
  }

  // A caller that collects numbering problems (the content check) keeps the statute usable for citations.
  if (options.numbering) options.numbering.push(...numbering);
  else if (numbering.length) throw new StatuteParseError(fileName, numbering);

  const shortTitle = frontMatter.shortTitle ?? shortTitleOf(title);
  const aliases = [...new Set([title, ...(frontMatter.aliases ?? [])])].filter((name) => name !== shortTitle);
  const slug = frontMatter.slug ?? slugify(shortTitle);
  if (slug === '') fail('无法从标题生成网址名（slug），请在 front matter 中填写 slug');
  const doc = frontMatter.document;
  if (doc?.sample && !(title.includes(SAMPLE_DOCUMENT_LABEL) && shortTitle.includes(SAMPLE_DOCUMENT_LABEL))) {
    fail(`示例文件（document.sample: true）的标题和简称都必须含“${SAMPLE_DOCUMENT_LABEL}”，以免被当作真实文件`);
  }
  if (doc && documentNumber !== undefined && documentNumber !== doc.documentNumber) {
    fail(`正文开头的文号“${documentNumber}”与 front matter 的 document.documentNumber“${doc.documentNumber}”不一致`);
  }
  if (doc?.effective && effectiveDate !== undefined && effectiveDate !== doc.effective) {
    fail(`正文开头写的施行日期 ${effectiveDate} 与 front matter 的 document.effective ${doc.effective} 不一致`);
  }
  if (doc && frontMatter.kind !== undefined && frontMatter.kind !== '规范性文件') {
    fail(`写了 document（规范性文件信息）的文件，kind 只能是 规范性文件，实际为 ${frontMatter.kind}`);
  }

  return {
    file: fileName,
    title,
    shortTitle,
    aliases,
    slug,
    kind: doc ? '规范性文件' : (frontMatter.kind ?? inferKind(title, history, documentNumber)),
    history,
    ...(documentNumber === undefined && doc === undefined ? {} : { documentNumber: documentNumber ?? doc!.documentNumber }),
    ...(effectiveDate === undefined && doc?.effective === undefined ? {} : { effectiveDate: effectiveDate ?? doc!.effective }),
    ...(versionDate === undefined ? {} : { versionDate }),
    ...(frontMatter.currencyNote === undefined ? {} : { currencyNote: frontMatter.currencyNote }),
    ...(doc === undefined ? {} : { document: doc }),
    preamble,
    ...(preambleHeading === undefined ? {} : { preambleHeading }),
    divisions,
    provisions,
    appendices,
  };
}

/**
 * Chinese text analysis for the question search (lunr), shared by the build (index) and the
 * browser (query) so both sides cut text the same way.
 *
 * Words come from `Intl.Segmenter('zh', { granularity: 'word' })`. ICU cuts legal Chinese very
 * finely (试用|期, 年|休假, 带|薪), and the same phrase can be cut differently in different
 * contexts, so words alone lose matches. What is indexed is therefore:
 *
 * - every character bigram of each run of Chinese words (a run ends at punctuation, a stop word
 *   or a non-Chinese word): 带薪年休假 → 带薪 薪年 年休 休假. Any text that contains a query
 *   as a substring contains all of its bigrams, whatever the segmenter did;
 * - whole words of three or more characters (劳动争议 is cut as 劳动|争议, but 最高人民法院
 *   stays whole), so an exact word match ranks higher;
 * - a run that is a single character, as that character;
 * - Latin words and numbers, lowercased (NFKC folds full-width forms).
 */

export type TermKind = 'gram' | 'word' | 'char' | 'latin';

export interface Term {
  term: string;
  kind: TermKind;
}

/**
 * Function words and question boilerplate that carry no meaning for search. A stop word also
 * ends a run, so no bigram spans it (年休假的天数 → 年休假 | 天数).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '的',
  '地',
  '得',
  '了',
  '着',
  '过',
  '和',
  '与',
  '及',
  '或',
  '而',
  '且',
  '并',
  '也',
  '都',
  '就',
  '是',
  '在',
  '为',
  '对',
  '把',
  '被',
  '将',
  '由',
  '从',
  '向',
  '于',
  '以',
  '之',
  '其',
  '该',
  '此',
  '这',
  '那',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '么',
  '个',
  '些',
  '等',
  '哪',
  '谁',
  '啥',
  '哪些',
  '哪个',
  '哪项',
  '哪种',
  '什么',
  '怎么',
  '怎样',
  '如何',
  '是否',
  '下列',
  '以下',
  '关于',
  '说法',
  '正确',
  '错误',
  '选项',
  '一项',
  '或者',
  '以及',
  '并且',
  '还是',
  '应该',
]);

const HAN = /\p{Script=Han}/u;
/** Letters and digits of any script other than Han: kept as Latin terms. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Segment {
  segment: string;
  isWordLike: boolean;
}

type SegmentFn = (text: string) => Iterable<Segment>;

let segmentFn: SegmentFn | undefined;

/** The word segmenter; without Intl.Segmenter (old WebViews) each Han character is a word. */
function segments(text: string): Iterable<Segment> {
  if (!segmentFn) {
    const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    if (Segmenter) {
      const segmenter = new Segmenter('zh', { granularity: 'word' });
      segmentFn = (t) => segmenter.segment(t) as Iterable<Segment>;
    } else {
      segmentFn = fallbackSegments;
    }
  }
  return segmentFn(text);
}

/** Han characters one by one, other letters and digits in runs, everything else as separators. */
export function fallbackSegments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const m of text.matchAll(/\p{Script=Han}|[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu)) {
    const s = m[0];
    out.push({ segment: s, isWordLike: WORD_CHAR.test(s) });
  }
  return out;
}

/** Forces the fallback segmenter (tests) or restores Intl.Segmenter (`undefined`). */
export function useSegmenter(fn: SegmentFn | undefined): void {
  segmentFn = fn;
}

/** Normalises text for matching: full-width forms folded (NFKC), Latin letters lowercased. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The words of a text as the segmenter cuts it, grouped in runs of Chinese words; stop words,
 * punctuation and spaces split runs and are dropped. Latin words and numbers are runs of their own.
 */
export function wordRuns(text: string): Array<{ words: string[]; han: boolean }> {
  const runs: Array<{ words: string[]; han: boolean }> = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) runs.push({ words: run, han: true });
    run = [];
  };
  for (const { segment, isWordLike } of segments(normalize(text))) {
    if (!isWordLike || STOP_WORDS.has(segment)) {
      flush();
      continue;
    }
    // A segment may mix scripts (2008年): split it into Han and non-Han pieces.
    for (const piece of segment.match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
      if (HAN.test(piece)) {
        run.push(piece);
      } else {
        flush();
        runs.push({ words: [piece], han: false });
      }
    }
  }
  flush();
  return runs;
}

/** Character bigrams of a string: 年休假 → 年休 休假. */
export function bigrams(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The terms a text is indexed under (see the module comment), in text order, with repeats. */
export function indexTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const run of wordRuns(text)) {
    if (!run.han) {
      terms.push({ term: run.words[0]!, kind: 'latin' });
      continue;
    }
    const joined = run.words.join('');
    if ([...joined].length === 1) {
      terms.push({ term: joined, kind: 'char' });
      continue;
    }
    for (const gram of bigrams(joined)) terms.push({ term: gram, kind: 'gram' });
    for (const word of run.words) if ([...word].length >= 3) terms.push({ term: word, kind: 'word' });
  }
  return terms;
}

/** One clause of a question-search query. */
export interface QueryClause {
  term: string;
  /** Every required clause must match (in any field) */
  required: boolean;
  /** A single character: matched inside any indexed term */
  contains?: boolean;
  boost: number;
}

/**
 * Turns a search box entry into query clauses:
 * - the bigrams inside each word are required (工伤认定 → 工伤, 认定);
 * - a one-character word is joined to its neighbour in the run and that bigram is required
 *   (年|休假 → 年休; 试用|期 → 用期), so 年休假 does not match every text about 休假;
 * - bigrams across word boundaries (伤认) and whole words of 3+ characters only raise the score,
 *   so 工伤认定 also finds “认定为工伤” but ranks the exact phrase first;
 * - a query that is one character matches any term containing it.
 */
export function queryClauses(query: string): QueryClause[] {
  const clauses = new Map<string, QueryClause>();
  const add = (c: QueryClause) => {
    const seen = clauses.get(c.term);
    if (!seen) clauses.set(c.term, c);
    else {
      seen.required ||= c.required;
      seen.boost = Math.max(seen.boost, c.boost);
    }
  };
  for (const run of wordRuns(query)) {
    if (!run.han) {
      add({ term: run.words[0]!, required: true, boost: 1 });
      continue;
    }
    const joined = run.words.join('');
    const chars = [...joined];
    if (chars.length === 1) {
      add({ term: joined, required: true, contains: true, boost: 1 });
      continue;
    }
    // Start offset of each word inside the run, in characters.
    let offset = 0;
    const inside = new Set<number>();
    for (const word of run.words) {
      const length = [...word].length;
      if (length === 1) {
        // Join to the next character, or to the previous one at the end of the run.
        inside.add(offset + 1 < chars.length ? offset : offset - 1);
      } else {
        for (let i = 0; i + 1 < length; i++) inside.add(offset + i);
        if (length >= 3) add({ term: word, required: false, boost: 3 });
      }
      offset += length;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      add({ term: chars[i]! + chars[i + 1]!, required: inside.has(i), boost: inside.has(i) ? 1 : 2 });
    }
  }
  return [...clauses.values()];
}

/** The words to mark in a result: the query without stop words and punctuation (年休假的天数 → 年休假, 天数). */
export function highlightTerms(query: string): string[] {
  return wordRuns(query)
    .map((r) => r.words.join(''))
    .filter((t) => t.length > 0);
}

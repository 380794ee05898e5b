/**
 * 题库检索: a lunr index of the question banks, built at build time and searched in the browser.
 * Pure: no DOM, no file system; the build and the browser import it alike.
 */
import lunr from 'lunr';
import { STOP_WORDS, indexTerms, queryClauses } from './zh-tokenizer.ts';

/** What the build knows about a question, for indexing. */
export interface IndexableQuestion {
  id: string;
  stem: string;
  options?: readonly string[];
  explanation: string;
  topic: string;
  /** Citations as labels: 《劳动合同法》第四十七条 */
  basis: readonly string[];
  /** The question in its bank page: /quiz/bank/<bank>/#q-<id> */
  url: string;
}

/** The display data shipped with the index: only what a result line shows. */
export interface QuestionDoc {
  id: string;
  stem: string;
  topic: string;
  url: string;
}

/**
 * The file the browser fetches: the prebuilt lunr index in packed form (see PackedIndex) and the
 * display data of each question, `docs[ref]`.
 */
export interface QuestionSearchData {
  docs: QuestionDoc[];
  index: PackedIndex;
}

/**
 * A lunr index as shipped. `lunr.Index.toJSON()` spells out every document's field vectors and a
 * JSON object per posting (about 440 KB gzip for the 509 questions); the vectors follow from the
 * term frequencies, so only those are shipped and lunr computes the vectors on load with its own
 * code (Builder#build). The terms were cut at build time; the browser does not tokenize documents.
 */
export interface PackedIndex {
  /** lunr version that packed it */
  version: string;
  /** Field names and boosts, in order; a posting names its field by position */
  fields: Array<[string, number]>;
  /** Number of documents; refs are 0 … docCount-1 */
  docCount: number;
  /** Every term, sorted, joined by "\n" */
  terms: string;
  /**
   * Per term (same order), its postings by ascending document: each posting is
   * `docDelta * fields.length + field`, followed by `-tf` when the term occurs more than once.
   */
  postings: number[][];
}

export interface QuestionHit extends QuestionDoc {
  score: number;
}

export interface QuestionSearchResult {
  hits: QuestionHit[];
  /** No question contains every word of the query: the hits match some of it */
  partial: boolean;
}

/** lunr tokenizer: the Chinese analysis of zh-tokenizer.ts, as lunr tokens. */
export function zhTokenizer(obj?: unknown, metadata?: object): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = Array.isArray(obj) ? obj.map(String).join('\n') : String(obj);
  return indexTerms(text).map((t, index) => new lunr.Token(t.term, { ...metadata, index, kind: t.kind }));
}

/** Pipeline step for index and search: drops stop words (the tokenizer already does; queries built by hand may not). */
export const zhStopWordFilter: lunr.PipelineFunction = (token) => (STOP_WORDS.has(token.toString()) ? null : token);

const STOP_LABEL = 'zhStopWordFilter';
// Registered under a name, as lunr expects of pipeline functions (so toJSON() can name it).
const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
if (!registered[STOP_LABEL]) lunr.Pipeline.registerFunction(zhStopWordFilter, STOP_LABEL);

/** Field weights: a word in the stem says more about a question than one in its explanation. */
const FIELDS: Array<[string, number]> = [
  ['stem', 3],
  ['topic', 2],
  ['options', 1],
  ['explanation', 1],
  ['basis', 1],
];

/** A lunr builder set up for Chinese: our tokenizer, the stop-word filter, the fields. */
function newBuilder(fields: Array<[string, number]>): lunr.Builder {
  const builder = new lunr.Builder();
  builder.tokenizer = zhTokenizer as typeof lunr.tokenizer;
  builder.pipeline.add(zhStopWordFilter);
  builder.searchPipeline.add(zhStopWordFilter);
  builder.ref('ref');
  for (const [name, boost] of fields) builder.field(name, { boost });
  return builder;
}

/** Indexes the questions, in the order given (ref = position); `build()` gives the lunr.Index. */
export function questionBuilder(questions: readonly IndexableQuestion[]): lunr.Builder {
  const builder = newBuilder(FIELDS);
  questions.forEach((q, i) =>
    builder.add({
      ref: String(i),
      stem: q.stem,
      topic: q.topic,
      options: (q.options ?? []).join('\n'),
      explanation: q.explanation,
      basis: q.basis.join('\n'),
    }),
  );
  return builder;
}

/** Builder state that @types/lunr leaves loosely typed. */
interface BuilderState {
  invertedIndex: Record<string, Record<string, unknown>>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
  documentCount: number;
  _documents: Record<string, object>;
}

/** Packs a builder's term frequencies (see PackedIndex). */
export function packIndex(builder: lunr.Builder, fields: Array<[string, number]> = FIELDS): PackedIndex {
  const state = builder as unknown as BuilderState;
  const terms = Object.keys(state.invertedIndex).sort();
  const position = new Map(terms.map((t, i) => [t, i]));
  const postings: number[][] = terms.map(() => []);
  const last: number[] = terms.map(() => 0);
  for (let doc = 0; doc < state.documentCount; doc++) {
    fields.forEach(([name], field) => {
      const frequencies = state.fieldTermFrequencies[`${name}/${doc}`] ?? {};
      for (const term of Object.keys(frequencies).sort()) {
        const t = position.get(term)!;
        const tf = frequencies[term]!;
        postings[t]!.push((doc - last[t]!) * fields.length + field);
        if (tf > 1) postings[t]!.push(-tf);
        last[t] = doc;
      }
    });
  }
  return {
    version: lunr.version,
    fields,
    docCount: state.documentCount,
    terms: terms.join('\n'),
    postings,
  };
}

/** Rebuilds the lunr.Index from a packed one: the same state a builder had, then lunr's own build(). */
export function unpackIndex(packed: PackedIndex): lunr.Index {
  const builder = newBuilder(packed.fields);
  const state = builder as unknown as BuilderState;
  const names = packed.fields.map(([name]) => name);
  const terms = packed.terms ? packed.terms.split('\n') : [];
  state.documentCount = packed.docCount;
  for (let doc = 0; doc < packed.docCount; doc++) {
    state._documents[String(doc)] = {};
    for (const name of names) {
      state.fieldTermFrequencies[`${name}/${doc}`] = {};
      state.fieldLengths[`${name}/${doc}`] = 0;
    }
  }
  terms.forEach((term, index) => {
    const posting: Record<string, unknown> = { _index: index };
    for (const name of names) posting[name] = {};
    state.invertedIndex[term] = posting;
    let doc = 0;
    let fieldRef = '';
    const list = packed.postings[index] ?? [];
    for (const code of list) {
      if (code < 0) {
        // The previous posting's term frequency is -code rather than 1.
        state.fieldTermFrequencies[fieldRef]![term] = -code;
        state.fieldLengths[fieldRef]! += -code - 1;
        continue;
      }
      doc += Math.floor(code / names.length);
      const name = names[code % names.length]!;
      fieldRef = `${name}/${doc}`;
      (posting[name] as Record<string, object>)[String(doc)] = {};
      state.fieldTermFrequencies[fieldRef]![term] = 1;
      state.fieldLengths[fieldRef]! += 1;
    }
  });
  builder.termIndex = terms.length;
  return builder.build();
}

/** Builds the search file over the questions, in the order given. */
export function buildQuestionIndex(questions: readonly IndexableQuestion[]): QuestionSearchData {
  return {
    docs: questions.map(({ id, stem, topic, url }) => ({ id, stem, topic, url })),
    index: packIndex(questionBuilder(questions)),
  };
}

export interface LoadedQuestionIndex {
  index: lunr.Index;
  docs: QuestionDoc[];
}

/** Loads the search file (as fetched). */
export function loadQuestionIndex(data: QuestionSearchData): LoadedQuestionIndex {
  return { index: unpackIndex(data.index), docs: data.docs };
}

/**
 * Searches the questions. Every word of the query must match (see queryClauses); when no question
 * has them all, questions matching some of them are returned, marked `partial`.
 */
export function searchQuestions(loaded: LoadedQuestionIndex, query: string, limit = 20): QuestionSearchResult {
  const clauses = queryClauses(query);
  if (!clauses.length) return { hits: [], partial: false };
  const run = (strict: boolean) =>
    loaded.index.query((q) => {
      for (const c of clauses) {
        q.term(c.term, {
          presence: strict && c.required ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL,
          boost: c.boost,
          usePipeline: !c.contains,
          wildcard: c.contains ? lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
        });
      }
    });
  let matches = run(true);
  const partial = matches.length === 0;
  if (partial) matches = run(false);
  const hits = matches
    .map((m) => ({ ...loaded.docs[Number(m.ref)]!, score: m.score, order: Number(m.ref) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ order: _order, ...hit }) => hit);
  return { hits, partial: partial && hits.length > 0 };
}

/**
 * Browser side of 题库检索, imported on demand (focus or typing in the box): fetches the prebuilt
 * index, loads it into lunr and renders results.
 */
import { sitePath } from '../lib/site/paths.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/highlight.ts';
import {
  loadQuestionIndex,
  searchQuestions,
  type QuestionHit,
  type QuestionSearchData,
  type QuestionSearchResult,
} from '../lib/search/question-index.ts';
import { highlightTerms, normalize } from '../lib/search/zh-tokenizer.ts';

/** Where the build writes the index (src/pages/quiz/search-index.json.ts). */
export const QUESTION_INDEX_URL = '/quiz/search-index.json';

export const MAX_RESULTS = 20;

export type QuestionSearcher = (query: string) => QuestionSearchResult;

/** Fetches and loads the index; the returned function searches it. */
export async function openQuestionSearch(url = QUESTION_INDEX_URL): Promise<QuestionSearcher> {
  const response = await fetch(sitePath(url));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const index = loadQuestionIndex((await response.json()) as QuestionSearchData);
  return (query) => searchQuestions(index, query, MAX_RESULTS);
}

/** Splits text into plain and marked pieces for the given terms (matched on NFKC-folded text). */
export function markPieces(text: string, terms: readonly string[]): Array<{ text: string; mark: boolean }> {
  const folded = normalize(text);
  // Only mark when folding kept the length, so offsets in `folded` are offsets in `text`.
  const wanted = terms.map(normalize).filter((t) => t.length > 0);
  if (folded.length !== text.length || !wanted.length) return [{ text, mark: false }];
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of wanted) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + term.length)) marked.fill(true, i, i + term.length);
  }
  const pieces: Array<{ text: string; mark: boolean }> = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.mark === marked[i]) last.text += text[i];
    else pieces.push({ text: text[i]!, mark: marked[i]! });
  }
  return pieces;
}

/** The link to a question in its bank page, with the terms to highlight there. */
export function hitUrl(hit: QuestionHit, query: string): string {
  const [path, hash = ''] = hit.url.split('#');
  const params = new URLSearchParams();
  for (const term of highlightTerms(query)) params.append(HIGHLIGHT_PARAM, term);
  const search = params.toString();
  return `${sitePath(path ?? '')}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

/** One result line: the stem (linked, terms marked), its topic and a link to practise that topic. */
export function renderHit(hit: QuestionHit, query: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = hitUrl(hit, query);
  a.className = 'qs-stem';
  for (const piece of markPieces(hit.stem, highlightTerms(query))) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      a.append(mark);
    } else {
      a.append(piece.text);
    }
  }
  const meta = document.createElement('p');
  meta.className = 'qs-meta';
  meta.append(`主题：${hit.topic}　`);
  const practice = document.createElement('a');
  practice.href = sitePath(`/quiz/practice/?topic=${encodeURIComponent(hit.topic)}`);
  practice.textContent = `练习“${hit.topic}”`;
  meta.append(practice);
  li.append(a, meta);
  return li;
}

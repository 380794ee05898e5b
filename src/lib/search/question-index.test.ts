/**
 * 题库检索 over the real question banks (content/questions), built the way the build builds it
 * and loaded from JSON the way the browser loads it.
 */
import { describe, expect, it } from 'vitest';
import type lunr from 'lunr';
import { readYamlCollection } from '../../data/content-files.ts';
import { schemas } from '../../data/schemas.ts';
import type { Question } from '../../schemas/content.ts';
import { questionSearchData, toIndexable } from './question-input.ts';
import { loadQuestionIndex, packIndex, questionBuilder, searchQuestions, unpackIndex, type QuestionSearchData } from './question-index.ts';
import { normalize, wordRuns } from './zh-tokenizer.ts';
import { citationLinkOf } from '../../data/statutes.ts';

const label = (c: string) => citationLinkOf(c).label;

const questions: Array<Question & { bank: string }> = readYamlCollection('content/questions').flatMap((b) =>
  (b.data as { questions: unknown[] }).questions.map((q) => ({ ...schemas.question.parse(q), bank: b.id })),
);
const byId = new Map(questions.map((q) => [q.id, q]));
const data = JSON.parse(JSON.stringify(questionSearchData(questions, label))) as QuestionSearchData;
const index = loadQuestionIndex(data);
const textOf = (q: Question) => normalize([q.stem, ...(q.options ?? []), q.explanation].join('\n'));

/** The five queries of the brief and the topic their questions belong to. */
const QUERIES = [
  { query: '经济补偿', topic: '解除与终止' },
  { query: '仲裁时效', topic: '劳动争议' },
  { query: '工伤认定', topic: '工伤保险' },
  { query: '年休假', topic: '休息休假' },
  { query: '试用期', topic: '试用期' },
] as const;

describe('question search index', () => {
  it('is built from every question of the real banks, with links to the bank pages', () => {
    expect(data.docs).toHaveLength(questions.length);
    expect(questions.length).toBeGreaterThanOrEqual(500);
    for (const doc of data.docs) expect(doc.url).toBe(`/quiz/bank/${byId.get(doc.id)!.bank}/#q-${doc.id}`);
  });

  it('unpacks to the same lunr index lunr builds itself', () => {
    const inputs = [...questions].sort((a, b) => a.id.localeCompare(b.id)).map((q) => toIndexable(q, label));
    const reference = questionBuilder(inputs).build();
    const unpacked = unpackIndex(JSON.parse(JSON.stringify(packIndex(questionBuilder(inputs)))));
    // Term numbering differs (sorted vs. first seen); compare vectors term by term.
    const vectors = (idx: lunr.Index) => {
      const json = idx.toJSON() as unknown as { invertedIndex: Array<[string, { _index: number }]>; fieldVectors: Array<[string, number[]]> };
      const termOf = new Map(json.invertedIndex.map(([term, posting]) => [posting._index, term]));
      return new Map(
        json.fieldVectors.map(([ref, v]) => {
          const entries: string[] = [];
          for (let i = 0; i < v.length; i += 2) entries.push(`${termOf.get(v[i]!)}=${v[i + 1]}`);
          return [ref, entries.sort().join(' ')];
        }),
      );
    };
    expect(vectors(unpacked)).toEqual(vectors(reference));
    for (const { query } of QUERIES) {
      expect(unpacked.search(query).map((r) => [r.ref, r.score])).toEqual(reference.search(query).map((r) => [r.ref, r.score]));
    }
  });

  for (const { query, topic } of QUERIES) {
    it(`${query}: the first questions are about ${topic}`, () => {
      const { hits, partial } = searchQuestions(index, query);
      expect(partial).toBe(false);
      expect(hits.length).toBeGreaterThanOrEqual(5);
      const first = hits[0]!;
      // The first hit is on the topic, or has the query in its stem (竞业限制's 经济补偿 is also 经济补偿).
      expect(first.topic === topic || normalize(byId.get(first.id)!.stem).includes(query), `${first.id} ${first.topic}`).toBe(true);
      expect(textOf(byId.get(first.id)!)).toContain(query);
      // The first five: on the topic, or at least about the query itself.
      for (const hit of hits.slice(0, 5)) {
        const q = byId.get(hit.id)!;
        expect(hit.topic === topic || normalize(q.stem).includes(query), `${hit.id} ${hit.topic} ${q.stem}`).toBe(true);
      }
    });

    it(`${query}: finds every question that contains it`, () => {
      const expected = questions.filter((q) => textOf(q).includes(query)).map((q) => q.id);
      const found = new Set(searchQuestions(index, query, Infinity).hits.map((h) => h.id));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.filter((id) => !found.has(id))).toEqual([]);
    });
  }

  it('finds text the word segmenter cuts differently from the query (试用期满 → 试用|期满)', () => {
    const q = questions.find((x) => textOf(x).includes('试用期满'))!;
    const words = new Set(wordRuns(textOf(q)).flatMap((r) => r.words));
    // Words alone would need 期 in the text; the bigram index does not.
    const segmentedOut = !wordRuns('试用期')
      .flatMap((r) => r.words)
      .every((w) => words.has(w));
    expect(segmentedOut).toBe(true);
    expect(searchQuestions(index, '试用期', Infinity).hits.map((h) => h.id)).toContain(q.id);
  });

  it('ranks the exact phrase above scattered words', () => {
    const hits = searchQuestions(index, '带薪年休假的天数', 3).hits;
    expect(hits.length).toBe(3);
    for (const hit of hits) expect(textOf(byId.get(hit.id)!)).toContain('年休假');
  });

  it('finds a single character anywhere and Latin or digit terms', () => {
    expect(searchQuestions(index, '薪').hits.length).toBeGreaterThan(0);
    const withDigits = questions.find((q) => /30日/.test(q.stem))!;
    expect(searchQuestions(index, '30日', Infinity).hits.map((h) => h.id)).toContain(withDigits.id);
  });

  it('falls back to partial matches, and returns nothing for stop words only', () => {
    const { hits, partial } = searchQuestions(index, '年休假 火星');
    expect(partial).toBe(true);
    expect(hits[0]!.topic).toBe('休息休假');
    expect(searchQuestions(index, '的了吗')).toEqual({ hits: [], partial: false });
  });
});

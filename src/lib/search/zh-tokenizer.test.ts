import { afterEach, describe, expect, it } from 'vitest';
import { bigrams, fallbackSegments, highlightTerms, indexTerms, queryClauses, useSegmenter, wordRuns } from './zh-tokenizer.ts';

const required = (q: string) =>
  queryClauses(q)
    .filter((c) => c.required)
    .map((c) => c.term);
const optional = (q: string) =>
  queryClauses(q)
    .filter((c) => !c.required)
    .map((c) => c.term);

afterEach(() => useSegmenter(undefined));

describe('Chinese analysis (Intl.Segmenter)', () => {
  it('drops punctuation and stop words, which also end a run', () => {
    expect(wordRuns('职工带薪年休假的天数是多少？').map((r) => r.words.join(''))).toEqual(['职工带薪年休假', '天数', '多少']);
    expect(wordRuns('下列关于试用期的说法，哪些是正确的？').map((r) => r.words.join(''))).toEqual(['试用期']);
    expect(wordRuns('的了吗？！')).toEqual([]);
  });

  it('indexes every bigram of a run, long words whole and lone characters', () => {
    expect(bigrams('年休假')).toEqual(['年休', '休假']);
    const terms = indexTerms('带薪年休假');
    expect(terms.filter((t) => t.kind === 'gram').map((t) => t.term)).toEqual(['带薪', '薪年', '年休', '休假']);
    expect(indexTerms('假，')).toEqual([{ term: '假', kind: 'char' }]);
    // ICU keeps 人民法院 whole: it is indexed as a word as well as by its bigrams.
    expect(
      indexTerms('最高人民法院')
        .filter((t) => t.kind === 'word')
        .map((t) => t.term),
    ).toEqual(['人民法院']);
  });

  it('folds full-width digits and Latin letters', () => {
    expect(indexTerms('拨打１２３３３或ＡＢＣ')).toEqual(
      expect.arrayContaining([
        { term: '12333', kind: 'latin' },
        { term: 'abc', kind: 'latin' },
      ]),
    );
  });

  it('requires the bigrams inside words and joins one-character words to a neighbour', () => {
    expect(required('工伤认定')).toEqual(['工伤', '认定']);
    expect(optional('工伤认定')).toEqual(['伤认']);
    expect(required('年休假')).toEqual(['年休', '休假']);
    expect(required('试用期')).toEqual(['试用', '用期']);
    expect(required('年休假的天数')).toEqual(['年休', '休假', '天数']);
    expect(queryClauses('假')).toEqual([{ term: '假', required: true, contains: true, boost: 1 }]);
    expect(queryClauses('的？')).toEqual([]);
  });

  it('finds a query inside text the segmenter cuts differently (试用|期满)', () => {
    // ICU cuts “试用期满” as 试用|期满, so the word 期 of the query 试用|期 is not in the text.
    const text = wordRuns('试用期满之日').flatMap((r) => r.words);
    expect(text).not.toContain('期');
    const terms = new Set(indexTerms('试用期满之日').map((t) => t.term));
    for (const term of required('试用期')) expect(terms).toContain(term);
  });

  it('gives the words to highlight', () => {
    expect(highlightTerms('年休假的天数？')).toEqual(['年休假', '天数']);
  });
});

describe('without Intl.Segmenter (old WebViews)', () => {
  it('requires every bigram of the phrase, all of which the prebuilt index holds for text containing it', () => {
    const text = '劳动者可以在仲裁时效期间内申请工伤认定，试用期满后享受年休假，并要求经济补偿。';
    const indexed = new Set(indexTerms(text).map((t) => t.term)); // built with Intl.Segmenter
    useSegmenter(fallbackSegments);
    for (const q of ['经济补偿', '仲裁时效', '工伤认定', '年休假', '试用期']) {
      expect(required(q)).toEqual(bigrams(q));
      for (const term of required(q)) expect(indexed).toContain(term);
    }
  });
});

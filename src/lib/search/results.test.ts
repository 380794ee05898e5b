import { describe, expect, it } from 'vitest';
import { exactFirst, queryTerms, rankSubResults, toDisplay, withHighlight, type PagefindFragment, type PagefindSubResult } from './results.ts';
import { pagefindFilters, readState, writeState } from './search-params.ts';
import { bankLocator, groupBanks, topicAnchor, topicOfAnchor } from './banks.ts';
import { lawTopics } from './law-topics.ts';
import { hitUrl, markPieces } from '../../client/question-search.ts';

const sub = (id: string | undefined, title: string, excerpt: string, score: number, location = 0): PagefindSubResult => ({
  title,
  url: `/p/?hl=x${id ? `#${id}` : ''}`,
  excerpt,
  weighted_locations: [{ balanced_score: score }],
  anchor: id ? { element: id.startsWith('topic') ? 'h2' : 'h3', id, location } : undefined,
});

const fragment = (over: Partial<PagefindFragment>): PagefindFragment => ({
  url: '/p/?hl=x',
  content: '',
  excerpt: 'page excerpt',
  meta: { title: '页面' },
  filters: {},
  sub_results: [],
  ...over,
});

describe('search results', () => {
  it('ranks sections that contain the query as typed first, then by score', () => {
    const subs = [
      sub('art-4', '第四条', '休息<mark>休假</mark>', 900),
      sub('art-45', '第四十五条', '带薪<mark>年</mark><mark>休假</mark>', 500),
      sub('art-1', '第一条', '<mark>年</mark>', 950),
    ];
    expect(rankSubResults(subs, queryTerms('年休假')).map((s) => s.title)).toEqual(['第四十五条', '第一条', '第四条']);
  });

  it('shows law hits as 《简称》第N条 links to the articles, with the typed terms to highlight', () => {
    const d = toDisplay(
      fragment({
        url: '/laws/ldhtf/?hl=%E7%BB%8F%E6%B5%8E&hl=%E8%A1%A5%E5%81%BF',
        content: '……经济补偿……',
        meta: { title: '中华人民共和国劳动合同法', 简称: '劳动合同法' },
        filters: { 类型: ['法规'] },
        sub_results: [
          sub(undefined, '中华人民共和国劳动合同法', '<mark>经济</mark>', 99999),
          sub('chapter-4', '第四章 劳动合同的解除和终止', '<mark>经济</mark>', 5000),
          sub('art-46', '第四十六条', '支付<mark>经济</mark><mark>补偿</mark>', 1000),
          sub('art-47', '第四十七条', '<mark>经济</mark><mark>补偿</mark>按劳动者', 4000),
        ],
      }),
      '经济补偿',
    );
    expect(d.kind).toBe('法规');
    expect(d.exact).toBe(true);
    expect(d.url).toBe('/laws/ldhtf/?hl=%E7%BB%8F%E6%B5%8E%E8%A1%A5%E5%81%BF');
    expect(d.primary.map((p) => p.label)).toEqual(['《劳动合同法》第四十七条', '《劳动合同法》第四十六条']);
    expect(d.primary[0]!.url).toBe('/p/?hl=%E7%BB%8F%E6%B5%8E%E8%A1%A5%E5%81%BF#art-47');
  });

  it('shows question hits with their topic, and only the chosen topic when 主题 is filtered', () => {
    const r = fragment({
      filters: { 类型: ['题目'] },
      meta: { title: '工资、休假与女职工保护题库' },
      anchors: [
        { element: 'h2', id: topicAnchor('工资支付'), location: 10 },
        { element: 'h3', id: 'q-gz-001', location: 11 },
        { element: 'h2', id: topicAnchor('休息休假'), location: 100 },
        { element: 'h3', id: 'q-xj-001', location: 101 },
      ],
      sub_results: [
        sub('q-gz-001', '工资题', '……', 3000, 11),
        sub(topicAnchor('休息休假'), '休息休假', '……', 9000, 100),
        sub('q-xj-001', '年休假题', '<mark>年休假</mark>', 2000, 101),
      ],
    });
    const all = toDisplay(r, '年休假');
    expect(all.primary.map((p) => [p.label, p.note])).toEqual([
      ['年休假题', '主题：休息休假'],
      ['工资题', '主题：工资支付'],
    ]);
    expect(toDisplay(r, '年休假', '工资支付').primary.map((p) => p.label)).toEqual(['工资题']);
  });

  it('shows an explainer with its audience and best sections, a teaching case with its source', () => {
    const d = toDisplay(
      fragment({
        filters: { 类型: ['政策解读'] },
        meta: { title: '年休假', 适用对象: '公众、用人单位' },
        sub_results: [sub(undefined, '年休假', 'x', 1), sub('a', '甲', 'x', 1), sub('b', '乙', '<mark>年休假</mark>', 1), sub('c', '丙', 'x', 5)],
      }),
      '年休假',
    );
    expect(d.meta).toEqual(['适用对象：公众、用人单位']);
    expect(d.sections.map((s) => s.label)).toEqual(['乙', '丙']);
    expect(toDisplay(fragment({ filters: { 类型: ['以案说法'] }, meta: { title: '案', 来源: '教学案例' } }), 'x').meta).toEqual(['来源：教学案例']);
  });

  it('puts pages containing the query as typed first within a batch', () => {
    const mk = (title: string, exact: boolean) => ({ ...toDisplay(fragment({ meta: { title } }), 'x'), exact });
    expect(exactFirst([mk('a', false), mk('b', true), mk('c', false), mk('d', true)]).map((r) => r.title)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('replaces the highlight terms of a URL and keeps its anchor', () => {
    expect(withHighlight('/laws/x/?hl=%E5%B9%B4&hl=%E4%BC%91%E5%81%87#art-45', ['年休假'])).toBe('/laws/x/?hl=%E5%B9%B4%E4%BC%91%E5%81%87#art-45');
  });
});

describe('search page address', () => {
  it('round-trips the query and filters and maps them to Pagefind filters', () => {
    const state = { q: '经济补偿', kind: '法规', topic: '解除与终止', audience: '' };
    const url = writeState(new URL('https://x/search/?q=old&kind=题目'), state);
    expect(url.search).toBe('?q=%E7%BB%8F%E6%B5%8E%E8%A1%A5%E5%81%BF&kind=%E6%B3%95%E8%A7%84&topic=%E8%A7%A3%E9%99%A4%E4%B8%8E%E7%BB%88%E6%AD%A2');
    expect(readState(url.search)).toEqual(state);
    expect(pagefindFilters(state)).toEqual({ 类型: '法规', 主题: '解除与终止' });
  });
});

describe('bank pages', () => {
  const q = (id: string, topic: string, bank: string, audience = ['公众']) => ({ id, topic, audience, bank, bankTitle: `${bank}题库` });
  it('groups each bank by topic in taxonomy order', () => {
    const [a, b] = groupBanks([q('x-2', '休息休假', 'a'), q('x-1', '劳动合同', 'a', ['用人单位']), q('y-1', '休息休假', 'b')]);
    expect(a!.questions.map((x) => x.id)).toEqual(['x-1', 'x-2']);
    expect(a!.topics.map((t) => [t.topic, t.anchor])).toEqual([
      ['劳动合同', 'topic-laodong-hetong'],
      ['休息休假', 'topic-xiuxi-xiujia'],
    ]);
    expect(a!.audiences).toEqual(['公众', '用人单位']);
    expect(b!.title).toBe('b题库');
    expect(topicOfAnchor('topic-xiuxi-xiujia')).toBe('休息休假');
    expect(topicOfAnchor('q-x')).toBeUndefined();
  });
  it('locates old single-page anchors by id prefix, listing shared prefixes id by id', () => {
    expect(bankLocator([q('gz-1', '工资支付', 'a'), q('gz-2', '工资支付', 'a'), q('sb-1', '社会保险', 'b'), q('sb-2', '社会保险', 'c')])).toEqual({
      prefixes: { gz: 'a' },
      ids: { 'sb-1': 'b', 'sb-2': 'c' },
    });
  });
});

describe('law topics', () => {
  it('files a law under the topics of at least two items citing it', () => {
    const topics = lawTopics([
      { topics: ['工伤保险'], laws: ['gongshang', 'gongshang'] },
      { topics: ['工伤保险', '社会保险'], laws: ['gongshang'] },
      { topics: ['宪法'], laws: ['gongshang', 'xianfa'] },
    ]);
    expect(topics.get('gongshang')).toEqual(['工伤保险']);
    expect(topics.get('xianfa')).toEqual([]);
  });
});

describe('question search results', () => {
  it('marks the query words in a stem and links to the question with them', () => {
    expect(markPieces('职工休带薪年休假', ['年休假'])).toEqual([
      { text: '职工休带薪', mark: false },
      { text: '年休假', mark: true },
    ]);
    const hit = { id: 'xj-1', stem: 's', topic: '休息休假', url: '/quiz/bank/b/#q-xj-1', score: 1 };
    expect(hitUrl(hit, '年休假的天数')).toBe('/quiz/bank/b/?hl=%E5%B9%B4%E4%BC%91%E5%81%87&hl=%E5%A4%A9%E6%95%B0#q-xj-1');
  });
});

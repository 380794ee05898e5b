import { describe, expect, it } from 'vitest';
import { buildCitationGraph, collapsesBacklinks, pageCount, type CitingPage } from './graph.ts';

const A47 = '/laws/laodong-hetong-fa/#art-47';
const A46 = '/laws/laodong-hetong-fa/#art-46';
const L44 = '/laws/laodong-fa/#art-44';

const pages: CitingPage[] = [
  { kind: 'explainer', title: '经济补偿怎么算', url: '/explainers/jingji-buchang/', cites: [A47, A47, A46] },
  { kind: 'explainer', title: '加班费', url: '/explainers/jiaban-fei/', cites: [L44] },
  { kind: 'case', title: '包薪制案', url: '/cases/baoxin/', cites: [L44, A47] },
  { kind: 'calculator', title: '经济补偿计算器', url: '/tools/severance/', cites: [A47, A46] },
  { kind: 'explainer', title: '被辞退怎么办', url: '/explainers/beicitui/', cites: [A46] },
];
const questions = [
  { id: 'q1', cites: [A47, A47] },
  { id: 'q2', cites: [A47, L44] },
  { id: 'q3', cites: [L44] },
];

describe('the citation graph turned around', () => {
  const graph = buildCitationGraph(pages, questions);
  it('lists every page that cites an article once, by kind, in title order', () => {
    const b = graph.of(A47)!;
    expect(b.explainers.map((r) => r.url)).toEqual(['/explainers/jingji-buchang/']);
    expect(b.cases.map((r) => r.url)).toEqual(['/cases/baoxin/']);
    expect(b.calculators.map((r) => r.url)).toEqual(['/tools/severance/']);
    expect(graph.of(A46)!.explainers.map((r) => r.title)).toEqual(['被辞退怎么办', '经济补偿怎么算']);
  });
  it('counts each question once per article it cites', () => {
    expect(graph.of(A47)!.questions).toBe(2);
    expect(graph.of(L44)!.questions).toBe(2);
    expect(graph.of(A46)!.questions).toBe(0);
  });
  it('knows nothing about articles no one cites', () => {
    expect(graph.of('/laws/laodong-hetong-fa/#art-1')).toBeUndefined();
    expect(graph.articles()).toEqual([L44, A46, A47].sort());
  });
  it('lists the explainers of a law from any of its articles, each once', () => {
    expect(graph.explainersOfLaw('laodong-hetong-fa').map((r) => r.url)).toEqual(['/explainers/beicitui/', '/explainers/jingji-buchang/']);
    expect(graph.explainersOfLaw('laodong-fa').map((r) => r.url)).toEqual(['/explainers/jiaban-fei/']);
    expect(graph.explainersOfLaw('xianfa')).toEqual([]);
  });
  it('collapses an article’s links when there are more than two pages', () => {
    expect(pageCount(graph.of(A47)!)).toBe(3);
    expect(collapsesBacklinks(graph.of(A47)!)).toBe(true);
    expect(collapsesBacklinks(graph.of(L44)!)).toBe(false);
  });
  it('refuses a citation that is not a library article URL', () => {
    expect(() => buildCitationGraph([{ kind: 'case', title: 'x', url: '/cases/x/', cites: ['/laws/x/'] }], [])).toThrow(/不是法规库条文/);
  });
});

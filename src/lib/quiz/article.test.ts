import { describe, expect, it } from 'vitest';
import { articleKeyOf, articleTitle, articleUrlOf, citesArticle, parseArticleKey } from './article.ts';
import { articleDataUrl, articlePracticeUrl } from './urls.ts';
import { emptyMistakeBook } from './records.ts';
import { needsTopic, poolFor, type PracticeSession } from './session.ts';
import type { QuizQuestion } from './types.ts';

const q = (id: string, basis: Array<[string, string]>): QuizQuestion => ({
  id,
  type: '判断',
  stem: id,
  options: ['正确', '错误'],
  answer: [0],
  explanation: '',
  basis: basis.map(([label, url]) => ({ label, url })),
  topic: '解除与终止',
  difficulty: '易',
  audience: ['公众'],
});

const bank = [
  q('a', [['《劳动合同法》第四十七条第一款', '/laws/laodong-hetong-fa/#art-47']]),
  q('b', [
    ['《劳动合同法》第四十六条第二项', '/laws/laodong-hetong-fa/#art-46'],
    ['《劳动合同法》第四十七条', '/laws/laodong-hetong-fa/#art-47'],
  ]),
  q('c', [['《劳动法》第四十七条', '/laws/laodong-fa/#art-47']]),
  q('d', [['《劳动合同法》第二十条之一第二款', '/laws/laodong-hetong-fa/#art-20-1']]),
  q('e', [['《关于职工全年月平均工作时间和工资折算问题的通知》第二部分', '/laws/guanyu-tongzhi/#part-2']]),
];

describe('article keys', () => {
  it('round-trips a library URL and rejects anything else', () => {
    expect(articleKeyOf('/laws/laodong-hetong-fa/#art-47')).toBe('laodong-hetong-fa/art-47');
    expect(articleUrlOf('laodong-hetong-fa/art-20-1')).toBe('/laws/laodong-hetong-fa/#art-20-1');
    expect(parseArticleKey('laodong-fa/part-2')).toEqual({ slug: 'laodong-fa', anchor: 'part-2' });
    for (const bad of ['', 'laodong-fa', 'laodong-fa/art-', '../x/art-1', 'laodong-fa/art-1/x', 'Laodong/art-1', 'laodong-fa/ch-1']) {
      expect(parseArticleKey(bad), bad).toBeNull();
      expect(articleUrlOf(bad), bad).toBeNull();
    }
    expect(() => articleKeyOf('/explainers/x/')).toThrow();
  });
  it('names the data file and the practice page of an article', () => {
    expect(articleDataUrl('laodong-hetong-fa/art-47')).toBe('/quiz/data/article-laodong-hetong-fa--art-47.json');
    expect(articlePracticeUrl('laodong-hetong-fa/art-47')).toBe('/quiz/practice/?article=laodong-hetong-fa/art-47');
  });
});

describe('practice on one article', () => {
  it('a question cites an article through any of its 款 or 项, and only that law’s article', () => {
    expect(bank.filter((x) => citesArticle(x, 'laodong-hetong-fa/art-47')).map((x) => x.id)).toEqual(['a', 'b']);
    expect(bank.filter((x) => citesArticle(x, 'laodong-fa/art-47')).map((x) => x.id)).toEqual(['c']);
    expect(bank.filter((x) => citesArticle(x, 'nonsense')).map((x) => x.id)).toEqual([]);
  });
  it('the session draws only the questions of its article and can start at once', () => {
    const session: PracticeSession = {
      mode: 'practice',
      quizId: 'practice:article:laodong-hetong-fa/art-47',
      title: '本条练习',
      definitionHash: 'h',
      article: 'laodong-hetong-fa/art-47',
    };
    expect(poolFor(session, bank, emptyMistakeBook()).map((x) => x.id)).toEqual(['a', 'b']);
    expect(needsTopic(session)).toBe(false);
  });
  it('titles the round with the whole article, not the 款 a question cites', () => {
    expect(articleTitle(bank, 'laodong-hetong-fa/art-47')).toBe('《劳动合同法》第四十七条');
    expect(articleTitle(bank, 'laodong-hetong-fa/art-20-1')).toBe('《劳动合同法》第二十条之一');
    expect(articleTitle(bank, 'guanyu-tongzhi/part-2')).toBe('《关于职工全年月平均工作时间和工资折算问题的通知》第二部分');
    expect(articleTitle(bank, 'laodong-fa/art-1')).toBeUndefined();
  });
});

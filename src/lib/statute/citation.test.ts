import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  citationText,
  createStatuteIndex,
  libraryProblems,
  findCitationsInText,
  formatCitation,
  parseCitation,
  type Citation,
} from './citation.ts';
import { parseStatute } from './parse.ts';

const LAWS_DIR = new URL('../../../content/laws/', import.meta.url);
const statutes = readdirSync(LAWS_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => parseStatute(readFileSync(new URL(name, LAWS_DIR), 'utf8'), `content/laws/${name}`));
const index = createStatuteIndex(statutes);

const cite = (text: string): Citation => {
  const c = parseCitation(text);
  if (!c) throw new Error(`not a citation: ${text}`);
  return c;
};

describe('repealed paragraphs (解释（一）第三十二条第一款, 法释〔2025〕12号 第二十一条)', () => {
  const resolve = (text: string) => index.resolve(cite(text));
  it('shows the paragraph as repealed, naming the source', () => {
    const statute = index.findStatute('最高人民法院关于审理劳动争议案件适用法律问题的解释（一）')!;
    const article = statute.provisions.find((p) => p.number === 32)!;
    expect(article.paragraphs[0]!.repealed?.by).toContain('法释〔2025〕12号');
    expect(article.paragraphs[1]!.repealed).toBeUndefined();
  });
  it('refuses a citation of the repealed paragraph or of the whole article, and accepts the paragraph in force', () => {
    const law = '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）';
    expect(resolve(`${law} 第32条第1款`)).toMatchObject({
      error: expect.stringMatching(
        /第三十二条第一款已废止（《最高人民法院关于审理劳动争议案件适用法律问题的解释（二）》（法释〔2025〕12号）第二十一条，2025年9月1日起），不能作为依据/,
      ),
    });
    expect(resolve(`${law} 第32条`)).toMatchObject({ error: expect.stringContaining('请只引用仍然有效的第二款') });
    expect(resolve(`${law} 第32条第2款`)).not.toHaveProperty('error');
  });
});

describe('parseCitation', () => {
  it.each([
    ['劳动合同法 第47条', { law: '劳动合同法', kind: 'article', article: 47, sub: 0 }],
    ['劳动合同法第四十七条', { law: '劳动合同法', kind: 'article', article: 47, sub: 0 }],
    ['《中华人民共和国劳动合同法》第四十七条第一款', { law: '中华人民共和国劳动合同法', article: 47, paragraph: 1 }],
    ['劳动合同法 第20条之一', { law: '劳动合同法', article: 20, sub: 1 }],
    ['劳动合同法 第47条第2款第3项', { article: 47, paragraph: 2, item: 3 }],
    ['劳动合同法 第三十九条第（一）项', { article: 39, item: 1 }],
    [
      '关于职工全年月平均工作时间和工资折算问题的通知 第二部分',
      { law: '关于职工全年月平均工作时间和工资折算问题的通知', kind: 'part', article: 2, sub: 0 },
    ],
    ['  劳动法　第一百零七条 ', { law: '劳动法', article: 107 }],
  ])('%s', (text, expected) => {
    expect(parseCitation(text)).toMatchObject({ ...expected, raw: text });
  });

  it('leaves out 款 and 项 when not given', () => {
    const c = cite('劳动法 第44条');
    expect('paragraph' in c || 'item' in c).toBe(false);
  });

  it.each(['劳动合同法', '第47条', '劳动合同法 第零条', '劳动合同法 第47', '劳动合同法 第47条 说明', '通知 第二部分之一', ''])(
    'rejects %j',
    (text) => {
      expect(parseCitation(text)).toBeNull();
    },
  );
});

describe('formatCitation and anchorOf', () => {
  it('formats with Chinese numerals', () => {
    expect(formatCitation(cite('劳动合同法 第47条'), '劳动合同法')).toBe('劳动合同法 第四十七条');
    expect(formatCitation(cite('劳动合同法 第47条第1款第3项'), '劳动合同法')).toBe('劳动合同法 第四十七条第一款第三项');
    expect(formatCitation(cite('劳动合同法 第20条之一'), '劳动合同法')).toBe('劳动合同法 第二十条之一');
    expect(formatCitation(cite('某通知 第2部分'), '某通知')).toBe('某通知 第二部分');
  });

  it('gives the provision anchors the parser uses', () => {
    expect(anchorOf(cite('劳动合同法 第47条第2款'))).toBe('art-47');
    expect(anchorOf(cite('劳动合同法 第二十条之一'))).toBe('art-20-1');
    expect(anchorOf(cite('某通知 第二部分'))).toBe('part-2');
  });
});

describe('findCitationsInText', () => {
  const text =
    '依照《劳动合同法》第四十七条规定支付经济补偿；《中华人民共和国劳动合同法》第四十七条第二款另有规定。' +
    '加班工资见《劳动法》第四十四条、第四十五条和第四十一条，另见《劳动法》第三十六条至第三十八条。' +
    '本法第十条不链接，《工伤保险条例》也不链接，第五条亦然。' +
    '《劳动合同法》第四十六条第一款、第二款及第三十九条第（一）项、第（二）项。';
  const hits = findCitationsInText(text);
  const quoted = hits.map((h) => text.slice(h.start, h.end));

  it('finds each article with its own offsets', () => {
    expect(quoted).toEqual([
      '《劳动合同法》第四十七条',
      '《中华人民共和国劳动合同法》第四十七条第二款',
      '《劳动法》第四十四条',
      '第四十五条',
      '第四十一条',
      '《劳动法》第三十六条',
      '第三十八条',
      '《劳动合同法》第四十六条第一款',
      '第二款',
      '第三十九条第（一）项',
      '第（二）项',
    ]);
  });

  it('carries the law and the article over to continuations', () => {
    expect(hits.map((h) => [h.citation.law, h.citation.article, h.citation.paragraph, h.citation.item])).toEqual([
      ['劳动合同法', 47, undefined, undefined],
      ['中华人民共和国劳动合同法', 47, 2, undefined],
      ['劳动法', 44, undefined, undefined],
      ['劳动法', 45, undefined, undefined],
      ['劳动法', 41, undefined, undefined],
      ['劳动法', 36, undefined, undefined],
      ['劳动法', 38, undefined, undefined],
      ['劳动合同法', 46, 1, undefined],
      ['劳动合同法', 46, 2, undefined],
      ['劳动合同法', 39, undefined, 1],
      ['劳动合同法', 39, undefined, 2],
    ]);
    expect(hits[3]?.citation.raw).toBe('第四十五条');
  });

  it('finds nothing in plain text', () => {
    expect(findCitationsInText('用人单位应当依法支付第三条所说的工资。')).toEqual([]);
  });
});

describe('createStatuteIndex', () => {
  it('resolves by short title, full title, 《》 and parts', () => {
    for (const text of ['劳动合同法 第47条', '中华人民共和国劳动合同法 第四十七条', '《劳动合同法》第四十七条第三款']) {
      const result = index.resolve(cite(text));
      expect('error' in result ? result.error : result.provision.anchor).toBe('art-47');
    }
    const item = index.resolve(cite('劳动合同法 第14条第2款第3项'));
    expect('error' in item ? item.error : item.statute.slug).toBe('laodong-hetong-fa');
    const part = index.resolve(cite('关于职工全年月平均工作时间和工资折算问题的通知 第二部分'));
    expect('error' in part ? part.error : part.provision.title).toBe('日工资、小时工资的折算');
  });

  it('explains an unknown law with the nearest names', () => {
    const result = index.resolve(cite('劳动合同法X 第1条'));
    expect(result).toHaveProperty('error');
    const error = 'error' in result ? result.error : '';
    expect(error).toMatch(/^未找到法规“劳动合同法X”。可用的名称：劳动合同法、/);
    expect(error.split('：')[1]?.split('、')).toHaveLength(5);
    const abbreviated = index.resolve(cite('社保法 第1条'));
    expect('error' in abbreviated ? abbreviated.error : '').toMatch(/可用的名称：社会保险法、/);
  });

  it('explains unknown articles, paragraphs and items', () => {
    const error = (text: string) => {
      const result = index.resolve(cite(text));
      return 'error' in result ? result.error : null;
    };
    expect(error('劳动合同法 第101条')).toBe('《劳动合同法》没有第一百零一条（共 98 条）');
    expect(error('劳动合同法 第20条之一')).toBe('《劳动合同法》没有第二十条之一（共 98 条）');
    expect(error('劳动合同法 第47条第5款')).toBe('《劳动合同法》第四十七条没有第五款（该条共 3 款）');
    expect(error('劳动合同法 第14条第2款第5项')).toBe('《劳动合同法》第十四条第二款没有第五项（该款共 3 项）');
    expect(error('劳动合同法 第47条第1项')).toBe('《劳动合同法》第四十七条没有第一项（该条没有项）');
    expect(error('关于职工全年月平均工作时间和工资折算问题的通知 第4部分')).toBe(
      '《关于职工全年月平均工作时间和工资折算问题的通知》没有第四部分（共 3 部分）',
    );
    expect(error('关于职工全年月平均工作时间和工资折算问题的通知 第1条')).toMatch(/没有第一条：该文件不分条，请按部分引用/);
  });

  it('looks statutes up by slug and lists names', () => {
    expect(index.statuteBySlug('laodong-fa')?.title).toBe('中华人民共和国劳动法');
    expect(index.statuteBySlug('nope')).toBeUndefined();
    expect(index.lawNames()).toHaveLength(29); // 28 statutes and the sample normative document
    expect(index.lawNames()).toContain('劳动合同法');
    expect(index.findStatute('《中华人民共和国宪法》')?.slug).toBe('xianfa');
  });

  it('names both files of two laws with the same title and says to set front matter slug', () => {
    const [first] = statutes;
    if (!first) throw new Error('empty corpus');
    const problems = libraryProblems([first, { ...first, file: 'content/laws/副本.md' }]);
    expect(problems).toEqual([
      {
        file: 'content/laws/副本.md',
        message: expect.stringMatching(new RegExp(`与 ${first.file.replace(/[()]/g, '\\$&')} 标题相同.*slug.*front matter|front matter.*slug`, 's')),
      },
    ]);
    expect(problems[0]!.message).toContain(first.file);
    expect(problems[0]!.message).toContain('slug:');
  });

  it('rejects duplicate slugs and reports ambiguous names', () => {
    const [first] = statutes;
    if (!first) throw new Error('empty corpus');
    expect(() => createStatuteIndex([first, { ...first }])).toThrow(/网址标识（slug）都是/);
    const twin = { ...first, slug: `${first.slug}-2` };
    const result = createStatuteIndex([first, twin]).resolve(cite(`${first.shortTitle} 第1条`));
    expect('error' in result ? result.error : '').toMatch(/同时指向/);
  });
});

describe('citationText', () => {
  it('writes component attributes in the data form that parseCitation reads back', () => {
    expect(citationText({ law: '劳动合同法', article: 47 })).toBe('劳动合同法 第47条');
    expect(citationText({ law: '劳动合同法', article: 20, sub: 1, paragraph: 2, item: 3 })).toBe('劳动合同法 第20条之1第2款第3项');
    expect(parseCitation(citationText({ law: '劳动合同法', article: 20, sub: 1, paragraph: 2 }))).toMatchObject({
      article: 20,
      sub: 1,
      paragraph: 2,
    });
    expect(parseCitation(citationText({ law: '关于职工全年月平均工作时间和工资折算问题的通知', part: 2 }))).toMatchObject({
      kind: 'part',
      article: 2,
    });
  });
});

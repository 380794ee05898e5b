import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferKind, parseStatute, shortTitleOf, StatuteParseError } from './parse.ts';
import type { Division, Statute, StatuteKind } from './types.ts';

const LAWS_DIR = new URL('../../../content/laws/', import.meta.url);
const FILES = readdirSync(LAWS_DIR)
  .filter((name) => name.endsWith('.md'))
  .sort();
const source = (name: string): string => readFileSync(new URL(name, LAWS_DIR), 'utf8');
const parsed = new Map<string, Statute>(FILES.map((name) => [name, parseStatute(source(name), `content/laws/${name}`)]));
const law = (prefix: string): Statute => {
  const name = FILES.find((file) => file.startsWith(prefix));
  const statute = name === undefined ? undefined : parsed.get(name);
  if (!statute) throw new Error(`no corpus file starting with ${prefix}`);
  return statute;
};
const DIGITS = '〇一二三四五六七八九';
const smallNumber = (n: number) => (n < 10 ? DIGITS[n]! : `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`);
/** 1994-12-06 → the two ways a header writes it: 1994年12月6日 and 一九九四年十二月六日. */
const writtenDates = (iso: string): string[] => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const chineseYear = [...String(y)].map((c) => DIGITS[Number(c)]).join('');
  return [`${y}年${m}月${d}日`, `${chineseYear}年${smallNumber(m)}月${smallNumber(d)}日`];
};
const articles = (s: Statute) => s.provisions.filter((p) => p.kind === 'article');
const allDivisions = (divisions: Division[]): Division[] => divisions.flatMap((d) => [d, ...allDivisions(d.children)]);

/** Independent of the parser: lines that begin with 第…条 and a (full-width) space. */
const ARTICLE_LINE = /^[ \u3000]*第[零〇一二两三四五六七八九十百千0-9]+条(之[一二三四五六七八九十]+)?[ \u3000]/;

const EXPECTED_KINDS: Record<string, StatuteKind> = {
  人力资源市场暂行条例: '行政法规',
  企业职工带薪年休假实施办法: '部门规章',
  保障农民工工资支付条例: '行政法规',
  关于职工全年月平均工作时间和工资折算问题的通知: '规范性文件',
  劳动争议调解仲裁法: '法律',
  劳动保障监察条例: '行政法规',
  劳动合同法: '法律',
  劳动合同法实施条例: '行政法规',
  劳动法: '法律',
  失业保险条例: '行政法规',
  女职工劳动保护特别规定: '行政法规',
  宪法: '宪法',
  就业促进法: '法律',
  工伤保险条例: '行政法规',
  工资支付暂行规定: '规范性文件',
  政府信息公开条例: '行政法规',
  '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）': '司法解释',
  最高人民法院关于审理工伤保险行政案件若干问题的规定: '司法解释',
  社会保险法: '法律',
  社会保险经办条例: '行政法规',
  社会保险费征缴暂行条例: '行政法规',
  职业病防治法: '法律',
  职工带薪年休假条例: '行政法规',
  行政处罚法: '法律',
  行政复议法: '法律',
  行政强制法: '法律',
  行政许可法: '法律',
  行政诉讼法: '法律',
  // The template's one sample normative document (invented, labelled 示例文件（虚构，仅演示功能）)
  '示例文件-督促订立书面劳动合同的通知': '规范性文件',
};

describe('every corpus file', () => {
  it('has the 28 corpus files and the sample document', () => {
    expect(FILES).toHaveLength(29);
    expect(FILES.map((f) => f.replace(/(\(.*\))?\.md$/, '')).sort()).toEqual(Object.keys(EXPECTED_KINDS).sort());
  });

  describe.each(FILES)('%s', (name) => {
    const statute = parsed.get(name) as Statute;

    it('has as many articles as article-start lines', () => {
      const lines = source(name)
        .split(/\r?\n/)
        .filter((line) => ARTICLE_LINE.test(line));
      expect(articles(statute)).toHaveLength(lines.length);
    });

    it('numbers articles 1..N without gaps', () => {
      expect(articles(statute).map((p) => p.number)).toEqual(articles(statute).map((_, i) => i + 1));
      expect(articles(statute).every((p) => p.sub === 0)).toBe(true);
    });

    it('has unique anchors and well-formed division headings', () => {
      const divisions = allDivisions(statute.divisions);
      const anchors = [...statute.provisions.map((p) => p.anchor), ...divisions.map((d) => d.anchor)];
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const division of divisions) expect(division.heading).toMatch(/^第.+[编章节] \S+$/);
      for (const division of divisions) expect(division.heading).not.toMatch(/[\s\u3000]\S*[\s\u3000]/);
    });

    it('keeps every article in its divisions and no label in its text', () => {
      const chapters = statute.divisions.flatMap((d) => d.provisionAnchors);
      if (statute.divisions.length > 0) expect(chapters).toEqual(statute.provisions.map((p) => p.anchor));
      for (const provision of statute.provisions) {
        expect(provision.paragraphs.length).toBeGreaterThan(0);
        for (const paragraph of provision.paragraphs) {
          expect(paragraph.text).toBe(paragraph.text.trim());
          expect(paragraph.text).not.toMatch(/^[\u3000]|[\u3000]$/);
        }
        expect(provision.paragraphs[0]?.text.startsWith(provision.label)).toBe(false);
      }
    });

    it('gets the expected kind', () => {
      expect(statute.kind).toBe(EXPECTED_KINDS[name.replace(/(\(.*\))?\.md$/, '')]);
    });

    it('shows the file name’s date as its version only when its own header states that date', () => {
      const date = /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(name)?.[1];
      if (!date) return;
      const stated = statute.history.some((line) => writtenDates(date).some((w) => line.includes(w)));
      expect(statute.versionDate).toBe(stated ? date : undefined);
    });
  });

  it('never shows a date the text does not state: the notice 劳社部发[2008]3号 filed as 2009-03-29 has its 文号 and no version date', () => {
    const notice = law('关于职工全年月平均工作时间和工资折算问题的通知');
    expect(notice.documentNumber).toBe('劳社部发[2008]3号');
    expect(notice.versionDate).toBeUndefined();
    expect(law('工资支付暂行规定').versionDate).toBe('1994-12-06');
    expect(law('劳动合同法').versionDate).toBe('2012-12-28');
  });

  it('gives every statute a unique, well-formed slug', () => {
    const slugs = [...parsed.values()].map((s) => s.slug);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('corpus details', () => {
  it.each([
    ['劳动合同法', 98],
    ['劳动法', 107],
    ['宪法', 143],
    ['社会保险法', 98],
    ['工伤保险条例', 67],
    ['职工带薪年休假条例', 10],
  ])('%s has %i articles', (prefix, count) => {
    expect(articles(law(`${prefix}(`.replace('宪法(', '宪法.')))).toHaveLength(count);
  });

  it('reads 劳动合同法', () => {
    const s = law('劳动合同法(');
    expect(s.title).toBe('中华人民共和国劳动合同法');
    expect(s.shortTitle).toBe('劳动合同法');
    expect(s.aliases).toEqual(['中华人民共和国劳动合同法']);
    expect(s.slug).toBe('laodong-hetong-fa');
    expect(s.history).toHaveLength(2);
    expect(s.versionDate).toBe('2012-12-28');
    const art47 = s.provisions.find((p) => p.anchor === 'art-47');
    expect(art47?.label).toBe('第四十七条');
    expect(art47?.paragraphs[0]?.text.startsWith('经济补偿按劳动者在本单位工作的年限')).toBe(true);
    expect(art47?.paragraphs).toHaveLength(3);
    const art14 = s.provisions.find((p) => p.anchor === 'art-14');
    expect(art14?.paragraphs[1]?.items.map((i) => i.label)).toEqual(['（一）', '（二）', '（三）']);
    expect(art14?.paragraphs[1]?.items[0]?.text).toBe('劳动者在该用人单位连续工作满十年的；');
    expect(art14?.paragraphs[2]?.items).toEqual([]);
    const ch5 = s.divisions[4];
    expect(ch5?.heading).toBe('第五章 特别规定');
    expect(ch5?.children.map((d) => d.anchor)).toEqual(['ch-5-sec-1', 'ch-5-sec-2', 'ch-5-sec-3']);
    expect(ch5?.children[0]?.provisionAnchors[0]).toBe('art-51');
  });

  it('reads the 宪法 序言, history and dates', () => {
    const s = law('宪法.');
    expect(s.preambleHeading).toBe('序言');
    expect(s.preamble).toHaveLength(13);
    expect(s.preamble[0]).toMatch(/^中国是世界上历史最悠久的国家之一/);
    expect(s.preamble.some((p) => p.includes('FORCE BREAK'))).toBe(false);
    expect(s.history).toHaveLength(7);
    expect(s.effectiveDate).toBe('1982-12-04');
    expect(s.versionDate).toBe('2018-03-11');
    expect(s.divisions[2]?.children).toHaveLength(8);
  });

  it('reads the notice as three parts without articles', () => {
    const s = law('关于职工全年月平均工作时间');
    expect(articles(s)).toHaveLength(0);
    expect(s.provisions.map((p) => [p.kind, p.anchor, p.label, p.title])).toEqual([
      ['part', 'part-1', '一、', '制度工作时间的计算'],
      ['part', 'part-2', '二、', '日工资、小时工资的折算'],
      ['part', 'part-3', '三', ''],
    ]);
    expect(s.provisions[2]?.paragraphs[0]?.text).toMatch(/^2000年3月17日劳动保障部发布的/);
    expect(s.documentNumber).toBe('劳社部发[2008]3号');
    expect(s.history).toEqual([]);
    expect(s.preamble).toHaveLength(2);
    expect(s.preamble[1]).toMatch(/^根据《全国年节及纪念日放假办法》/);
  });

  it('rejoins the hard-wrapped items of 工资支付暂行规定 第十三条', () => {
    const art13 = law('工资支付暂行规定').provisions.find((p) => p.anchor === 'art-13');
    expect(art13?.paragraphs).toHaveLength(4);
    expect(art13?.paragraphs[0]?.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(art13?.paragraphs[0]?.items[0]?.text).toBe(
      '用人单位依法安排劳动者在日法定标准工作时间以外延长工作时间的，按照不低于劳动合同规定的劳动者本人小时工资标准的１５０％支付劳动者工资；',
    );
    expect(art13?.paragraphs[1]?.text).toMatch(/^实行计件工资的劳动者/);
  });

  it('keeps the 宪法 one-line-per-office paragraphs apart', () => {
    const art65 = law('宪法.').provisions.find((p) => p.anchor === 'art-65');
    expect(art65?.paragraphs.map((p) => p.text)).toContain('委员长，');
  });

  it('reads the 工资支付暂行规定 header', () => {
    const s = law('工资支付暂行规定');
    expect(s.documentNumber).toBe('劳部发〔1994〕489号');
    expect(s.history).toEqual(['一九九四年十二月六日', '1995年1月1日 执行']);
    expect(s.effectiveDate).toBe('1995-01-01');
    expect(s.preamble[0]).toBe('关于印发《工资支付暂行规定》的通知');
  });

  it('normalises spaced headings and trims trailing full-width spaces', () => {
    expect(law('社会保险经办条例').divisions[0]?.heading).toBe('第一章 总则');
    expect(law('保障农民工工资支付条例').divisions[1]?.heading).toBe('第二章 工资支付形式与周期');
    expect(law('行政许可法').divisions[3]?.children[3]?.heading).toBe('第四节 听证');
    expect(law('失业保险条例').history[1]).toBe('1999年1月22日 中华人民共和国国务院令第258号发布');
    expect(law('人力资源市场暂行条例').effectiveDate).toBe('2018-10-01');
  });

  it('keeps paragraphs that merely start with 第 inside their article', () => {
    const s = law('行政复议法');
    const hit = s.provisions
      .flatMap((p) => p.paragraphs.map((para) => [p.number, para.text] as const))
      .find(([, text]) => text.startsWith('第三人不参加行政复议'));
    expect(hit?.[0]).toBeGreaterThan(0);
  });
});

describe('parseStatute on synthetic files', () => {
  const file = 'content/laws/测试条例.md';

  it('reads 第二十条之一 between 第二十条 and 第二十一条', () => {
    const s = parseStatute(
      ['# 测试条例', '', '<!-- INFO END -->', '', '第二十条 甲。', '', '第二十条之一 乙。', '', '第二十一条 丙。'].join('\n'),
      file,
    );
    expect(s.provisions.map((p) => p.anchor)).toEqual(['art-20', 'art-20-1', 'art-21']);
    expect(s.provisions[1]).toMatchObject({ number: 20, sub: 1, label: '第二十条之一', paragraphs: [{ text: '乙。', items: [] }] });
  });

  it('applies front matter overrides', () => {
    const s = parseStatute(
      [
        '---',
        'slug: ceshi',
        'shortTitle: 测试',
        'aliases: [测试规定, 测规]',
        'kind: 部门规章',
        '---',
        '# 中华人民共和国测试条例',
        '<!-- INFO END -->',
        '第一条 内容。',
      ].join('\n'),
      file,
    );
    expect(s).toMatchObject({ slug: 'ceshi', shortTitle: '测试', kind: '部门规章', title: '中华人民共和国测试条例' });
    expect(s.aliases).toEqual(['中华人民共和国测试条例', '测试规定', '测规']);
  });

  it('rejects invalid front matter with the file and field in Chinese', () => {
    const withFrontMatter = (yaml: string) => () => parseStatute(`---\n${yaml}\n---\n# 测试条例\n`, file);
    expect(withFrontMatter('kind: xxx')).toThrow(
      'content/laws/测试条例.md：front matter 字段 kind 应为 宪法/法律/行政法规/部门规章/司法解释/规范性文件之一，实际为 "xxx"',
    );
    expect(withFrontMatter('slug: 中文')).toThrow(/测试条例\.md：front matter 字段 slug/);
    expect(withFrontMatter('aliases: 劳合法')).toThrow(/字段 aliases 应为/);
    expect(withFrontMatter('titel: x')).toThrow(/未知字段 titel/);
    expect(withFrontMatter('kind: [')).toThrow(/不是合法的 YAML/);
    expect(() => parseStatute('---\nslug: a\n# 测试条例\n', file)).toThrow(/缺少结束行/);
  });

  it('reads a normative document’s fields (front matter document) and checks them in Chinese', () => {
    const text = (doc: string[], { title = '示例文件（虚构，仅演示功能）某某市测试通知', header = [] as string[] } = {}) =>
      [
        '---',
        'shortTitle: 示例文件（虚构，仅演示功能）测试通知',
        'document:',
        ...doc.map((l) => `  ${l}`),
        '---',
        `# ${title}`,
        ...header,
        '<!-- INFO END -->',
        '第一条 甲。',
      ].join('\n');
    const fields = [
      'documentNumber: 示例人社规〔2026〕1号',
      'issuer: 某某市人力资源和社会保障局',
      'written: 2026-01-05',
      'effective: 2026-02-01',
      'validity: 现行有效',
      'sample: true',
    ];
    const s = parseStatute(text(fields, { header: ['示例人社规〔2026〕1号', '2026年2月1日 施行'] }), file);
    expect(s).toMatchObject({ kind: '规范性文件', documentNumber: '示例人社规〔2026〕1号', effectiveDate: '2026-02-01' });
    expect(s.document).toEqual({
      documentNumber: '示例人社规〔2026〕1号',
      issuer: '某某市人力资源和社会保障局',
      written: '2026-01-05',
      effective: '2026-02-01',
      validity: '现行有效',
      sample: true,
    });
    const fails = (doc: string[], options?: Parameters<typeof text>[1]) => () => parseStatute(text(doc, options), file);
    expect(fails(fields.map((f) => (f.startsWith('validity') ? 'validity: 失效' : f)))).toThrow(
      /document\.validity：发现“失效”，应为 现行有效 \/ 已修改 \/ 已废止 之一/,
    );
    expect(fails(fields.filter((f) => !f.startsWith('issuer')))).toThrow(/document\.issuer：缺少必填字段/);
    expect(fails([...fields, 'replacedBy: 新文件'])).toThrow(/现行有效的文件不写 replacedBy/);
    expect(fails(fields.map((f) => (f.startsWith('effective') ? 'effective: 2025-12-01' : f)))).toThrow(/施行日期 2025-12-01 早于成文日期/);
    expect(fails(fields.map((f) => (f.startsWith('written') ? 'written: 一月五日' : f)))).toThrow(/document\.written：应为日期/);
    expect(fails(fields, { title: '某某市测试通知' })).toThrow(/标题和简称都必须含“示例文件（虚构，仅演示功能）”/);
    expect(fails(fields, { header: ['示例人社规〔2026〕2号'] })).toThrow(/文号“示例人社规〔2026〕2号”与 front matter/);
    expect(fails(fields, { header: ['2026年3月1日 施行'] })).toThrow(/施行日期 2026-03-01 与 front matter/);
    const repealed = parseStatute(
      text(
        [
          'documentNumber: 某人社规〔2020〕3号',
          'issuer: 某某市人力资源和社会保障局',
          'written: 2020-05-01',
          'validity: 已废止',
          'validityDate: 2026-02-01',
          'replacedBy: 《新通知》',
        ],
        {
          title: '某某市测试通知',
        },
      ).replace('shortTitle: 示例文件（虚构，仅演示功能）测试通知', 'shortTitle: 测试通知'),
      file,
    );
    expect(repealed.document).toMatchObject({ validity: '已废止', validityDate: '2026-02-01', replacedBy: '《新通知》', sample: false });
  });

  it('keeps an editor’s note on later changes (front matter currencyNote) and rejects an empty one', () => {
    const text = (note: string) => ['---', `currencyNote: ${note}`, '---', '# 测试条例', '<!-- INFO END -->', '第一条 甲。'].join('\n');
    expect(parseStatute(text('2024年修订后为13天。'), file).currencyNote).toBe('2024年修订后为13天。');
    expect(() => parseStatute(text('""'), file)).toThrow(/字段 currencyNote 应为非空字符串/);
    expect(law('关于职工全年月平均工作时间和工资折算问题的通知').currencyNote).toContain('13天');
  });

  it('marks a paragraph repealed by a later document (front matter repealed)', () => {
    const text = [
      '---',
      'repealed:',
      '  - provision: 第二条第一款',
      '    by: 《某解释（二）》第二十一条',
      '    effective: 2025-09-01',
      '---',
      '# 测试条例',
      '<!-- INFO END -->',
      '第一条 甲。',
      '',
      '第二条 乙。',
      '',
      '丙。',
    ].join('\n');
    const s = parseStatute(text, file);
    expect(s.provisions[1]!.paragraphs[0]).toMatchObject({ text: '乙。', repealed: { by: '《某解释（二）》第二十一条', effective: '2025-09-01' } });
    expect(s.provisions[1]!.paragraphs[1]!.repealed).toBeUndefined();
    const bad = (entry: string) => () =>
      parseStatute(['---', 'repealed:', entry, '---', '# 测试条例', '<!-- INFO END -->', '第一条 甲。'].join('\n'), file);
    expect(bad('  - { provision: 第1条, by: x }')).toThrow(/repealed 第 1 项的 provision 应为“第N条第M款”/);
    expect(bad('  - { provision: 第1条第1款 }')).toThrow(/repealed 第 1 项的 by 应写明/);
    expect(bad('  - { provision: 第1条第1款, by: x, effective: 明年 }')).toThrow(/effective 应为日期/);
    expect(bad('  - { provision: 第9条第1款, by: x }')).toThrow(/repealed 指向不存在的条款：第9条第1款/);
  });

  it('throws a Chinese error naming the file when the title is missing', () => {
    expect(() => parseStatute('第一条 没有标题。\n', 'content/laws/无标题.md')).toThrow(/content\/laws\/无标题\.md.*缺少标题行/);
    expect(() => parseStatute('', 'content/laws/空.md')).toThrow(/空\.md/);
    expect(() => parseStatute('## 第一章 总则\n', 'content/laws/二级.md')).toThrow(/“# 法规名称”/);
  });

  it('throws on headings it cannot place', () => {
    expect(() => parseStatute('# 测试条例\n<!-- INFO END -->\n## 附录\n', file)).toThrow(/测试条例\.md 第 3 行：无法识别的标题/);
  });

  it('handles 编, full-width spaces, continuation paragraphs, items and wrapped lines', () => {
    const s = parseStatute(
      [
        '# 测试法',
        '2020年1月1日 第十三届全国人民代表大会常务委员会第一次会议通过',
        '2020年5月1日 施行',
        '<!-- INFO END -->',
        '## 第一编　总　则',
        '## 第一章　一般 规定',
        '　　第一条　为了测试，',
        '制定本法。',
        '　　第二条　有下列情形之一的：',
        '(一)甲；',
        '（二）　乙。',
        '第一条规定的情形除外。',
        '<!-- FORCE BREAK -->',
        '第一条 所称的事项，依照前款。',
        '### 第一节 细则',
        '第三条 第五条规定的事项。',
        '第五条规定的事项，另行规定。',
        '第四条规定的期限，自公布之日起计算。',
        '## 第二编 分则',
        '## 第一章 附则',
        '第四条 本法自公布之日起施行。',
      ].join('\n'),
      file,
    );
    expect(s.kind).toBe('法律');
    expect(s.effectiveDate).toBe('2020-05-01');
    expect(s.versionDate).toBe('2020-01-01');
    expect(s.provisions.map((p) => p.anchor)).toEqual(['art-1', 'art-2', 'art-3', 'art-4']);
    expect(s.provisions[0]?.paragraphs).toEqual([{ text: '为了测试，制定本法。', items: [] }]);
    expect(s.provisions[1]?.paragraphs).toEqual([
      {
        text: '有下列情形之一的：',
        items: [
          { number: 1, label: '(一)', text: '甲；' },
          { number: 2, label: '（二）', text: '乙。' },
        ],
      },
      { text: '第一条规定的情形除外。', items: [] },
      { text: '第一条 所称的事项，依照前款。', items: [] },
    ]);
    expect(s.provisions[2]?.paragraphs.map((p) => p.text)).toEqual([
      '第五条规定的事项。',
      '第五条规定的事项，另行规定。',
      '第四条规定的期限，自公布之日起计算。',
    ]);
    expect(allDivisions(s.divisions).map((d) => [d.level, d.heading, d.anchor])).toEqual([
      ['part', '第一编 总则', 'bian-1'],
      ['chapter', '第一章 一般规定', 'bian-1-ch-1'],
      ['section', '第一节 细则', 'bian-1-ch-1-sec-1'],
      ['part', '第二编 分则', 'bian-2'],
      ['chapter', '第一章 附则', 'bian-2-ch-1'],
    ]);
    expect(s.divisions[0]?.provisionAnchors).toEqual(['art-1', 'art-2', 'art-3']);
  });

  it('reads files without chapters or without the INFO END marker', () => {
    const s = parseStatute('# 测试规定\n\n2001年2月3日 国务院令第1号公布\n\n第一条 甲。\n\n第二条 乙。\n', file);
    expect(s.history).toEqual(['2001年2月3日 国务院令第1号公布']);
    expect(s.kind).toBe('行政法规');
    expect(s.divisions).toEqual([]);
    expect(s.provisions.map((p) => p.anchor)).toEqual(['art-1', 'art-2']);
  });

  it('rejects a gap in the article numbering (第一条、第二条、第四条), naming the line', () => {
    const source = ['# 测试条例', '<!-- INFO END -->', '第一条 甲。', '', '第二条 乙。', '', '第四条 丁。', ''].join('\n');
    expect(() => parseStatute(source, file)).toThrow(/测试条例\.md 第 7 行：条文编号不连续：第二条之后是第四条，应为第三条/);
  });

  it('rejects a repeated article number (a second 第三条) instead of merging it into 第三条', () => {
    const source = ['# 测试条例', '<!-- INFO END -->', '第一条 甲。', '第二条 乙。', '第三条 丙。', '第三条 丁。', '第四条 戊。'].join('\n');
    let error: unknown;
    try {
      parseStatute(source, file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StatuteParseError);
    expect((error as StatuteParseError).problems).toEqual([{ line: 6, message: expect.stringMatching(/^发现第二个第三条，条文编号重复/) }]);
  });

  it('rejects a gap among parts (一、二、四、)', () => {
    expect(() => parseStatute('# 测试通知\n<!-- INFO END -->\n## 一、甲\n内容。\n## 二、乙\n内容。\n## 四、丁\n内容。\n', file)).toThrow(
      /第 7 行：部分编号不连续/,
    );
  });

  it('rejects text between a heading and the first article', () => {
    expect(() => parseStatute('# 测试法\n<!-- INFO END -->\n## 第一章 总则\n说明文字。\n第一条 甲。\n', file)).toThrow(
      /第 4 行：段落“说明文字。…”不属于任何条文/,
    );
  });
});

describe('shortTitleOf and inferKind', () => {
  it('strips only a leading 中华人民共和国', () => {
    expect(shortTitleOf('中华人民共和国劳动法')).toBe('劳动法');
    expect(shortTitleOf('工伤保险条例')).toBe('工伤保险条例');
    expect(shortTitleOf('关于中华人民共和国的通知')).toBe('关于中华人民共和国的通知');
  });

  it('decides by the enacting body, then by the title', () => {
    expect(inferKind('中华人民共和国宪法', ['1982年12月4日 第五届全国人民代表大会第五次会议通过'])).toBe('宪法');
    expect(inferKind('最高人民法院关于某问题的解释', ['2020年1月1日 施行'])).toBe('司法解释');
    expect(inferKind('中华人民共和国某法', ['2020年1月1日 第十三届全国人民代表大会常务委员会通过'])).toBe('法律');
    expect(inferKind('某条例', ['2020年1月1日 国务院第1次常务会议通过'])).toBe('行政法规');
    expect(inferKind('某办法', ['2020年1月1日 人力资源社会保障部令第1号公布'])).toBe('部门规章');
    expect(inferKind('某规定', [], '人社部发〔2020〕1号')).toBe('规范性文件');
    expect(inferKind('关于某事的通知', [])).toBe('规范性文件');
    expect(inferKind('某条例', [])).toBe('行政法规');
    expect(inferKind('某法', [])).toBe('法律');
  });
});

describe('annexes', () => {
  it('keeps the 附录 of 女职工劳动保护特别规定 out of its last article', () => {
    const name = '女职工劳动保护特别规定(2012-04-28).md';
    const statute = parseStatute(readFileSync(new URL(name, LAWS_DIR), 'utf8'), `content/laws/${name}`);
    const last = statute.provisions.at(-1)!;
    expect(last.anchor).toBe('art-16');
    expect(last.paragraphs.map((p) => p.text).join('')).toMatch(/同时废止。$/);
    expect(statute.appendices).toHaveLength(1);
    expect(statute.appendices[0]!.heading).toBe('附录');
    expect(statute.appendices[0]!.paragraphs[0]).toBe('女职工禁忌从事的劳动范围');
    expect(statute.appendices[0]!.paragraphs.join('\n')).toContain('矿山井下作业');
  });
  it('does not treat 附录 before any article as an annex', () => {
    const s = parseStatute('# 测试规定\n\n<!-- INFO END -->\n\n第一条 附件：\n\n第二条 本规定自公布之日起施行。\n', 'content/laws/t.md');
    expect(s.provisions).toHaveLength(2);
    expect(s.appendices).toEqual([]);
  });
});

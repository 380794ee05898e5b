import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../data/site-config.ts';
import { citedSchemas, quizSchema } from './content.ts';
import { statuteChecker } from '../data/statutes.ts';

const { case: caseSchema, explainer: explainerSchema, question: questionSchema } = citedSchemas(statuteChecker);
import { formatIssues } from './errors.ts';

/** The Chinese error text of a failed parse, as an editor would read it. */
function errorsOf(schema: { safeParse: (d: unknown) => { success: boolean; error?: unknown } }, data: unknown, file = 'content/x.yaml') {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  return formatIssues(file, result.error as never);
}

const question = {
  id: 'ldht-001',
  type: '单选',
  stem: '用人单位自用工之日起超过多长时间不订立书面劳动合同，应当支付二倍工资？',
  options: ['十五日', '一个月', '三个月', '一年'],
  answer: 'B',
  explanation: '《劳动合同法》第八十二条规定超过一个月不满一年的，应当支付二倍工资。',
  basis: ['劳动合同法 第82条'],
  topic: '劳动合同',
  difficulty: '易',
  audience: ['公众'],
};

describe('site configuration', () => {
  it('accepts the sample values and fills defaults', () => {
    const c = parseSiteConfig({ name: '示例市人力资源和社会保障局', baseUrl: 'https://pufa.example.gov.cn' });
    expect(c.hotline).toBe('12333');
    expect(c.icp).toBe('');
  });
  it('names the file and the field when the e-mail is wrong or the name missing', () => {
    expect(() => parseSiteConfig({ email: 'not-an-email', baseUrl: 'https://x.cn' })).toThrow(
      /site\.config\.yaml 内容有误：[\s\S]*字段 name：缺少必填字段，应为文字[\s\S]*字段 email：/,
    );
  });
  it('rejects unknown fields so typos do not pass silently', () => {
    expect(() => parseSiteConfig({ name: 'x', baseUrl: 'https://x.cn', phnoe: '1' })).toThrow(/发现不认识的字段：phnoe/);
  });
  it('rejects a base URL that is not http(s)', () => {
    expect(() => parseSiteConfig({ name: 'x', baseUrl: 'pufa.example' })).toThrow(/字段 baseUrl：发现“pufa.example”，应为以 https:\/\/ 开头的网址/);
  });
  it('has no results collector unless one is configured, and takes only https (http on this machine)', () => {
    const site = { name: 'x', baseUrl: 'https://x.cn' };
    expect(parseSiteConfig(site).collector).toEqual({});
    expect(parseSiteConfig({ ...site, collector: {} }).collector.url).toBeUndefined();
    expect(parseSiteConfig({ ...site, collector: { url: 'https://x.cn/collector' } }).collector.url).toBe('https://x.cn/collector/');
    expect(parseSiteConfig({ ...site, collector: { url: ' https://results.x.cn ' } }).collector.url).toBe('https://results.x.cn/');
    expect(parseSiteConfig({ ...site, collector: { url: 'http://127.0.0.1:8787/' } }).collector.url).toBe('http://127.0.0.1:8787/');
    expect(parseSiteConfig({ ...site, collector: { url: 'http://localhost:8787' } }).collector.url).toBe('http://localhost:8787/');
    expect(() => parseSiteConfig({ ...site, collector: { url: 'http://results.x.cn/' } })).toThrow(/字段 collector\.url：应以 https:\/\/ 开头/);
    expect(() => parseSiteConfig({ ...site, collector: { url: '/collector/' } })).toThrow(/字段 collector\.url：应为收集服务的完整网址/);
    expect(() => parseSiteConfig({ ...site, collector: { url: 'https://x.cn/c/?token=1' } })).toThrow(/不要带 \?/);
    expect(() => parseSiteConfig({ ...site, collector: { url: 'https://x.cn/', token: 'a' } })).toThrow(/不认识的字段：token/);
  });
});

describe('question schema', () => {
  it('accepts a valid question', () => {
    expect(questionSchema.safeParse(question).success).toBe(true);
  });
  it('says which answer letter is not an option', () => {
    expect(errorsOf(questionSchema, { ...question, answer: 'E' })).toMatch(/字段 answer：发现答案“E”，不是选项之一，应为 A \/ B \/ C \/ D 中的字母/);
  });
  it('requires 正确/错误 for 判断 and no options', () => {
    const msg = errorsOf(questionSchema, { ...question, type: '判断', answer: '对' });
    expect(msg).toMatch(/字段 options：发现 options，判断题不写 options/);
    expect(msg).toMatch(/字段 answer：发现“对”，判断题的答案应为 正确 或 错误/);
  });
  it('requires at least two answers for 多选', () => {
    expect(errorsOf(questionSchema, { ...question, type: '多选', answer: ['A'] })).toMatch(/多选题应至少有两个正确选项/);
  });
  it('lists the allowed values of an unknown topic', () => {
    expect(errorsOf(questionSchema, { ...question, topic: '劳动合同法' })).toMatch(/字段 topic：发现“劳动合同法”，应为 劳动合同 \/ 试用期 .* 之一/);
  });
  it('fails on a citation of a missing article or law, naming the position in the list', () => {
    const msg = errorsOf(questionSchema, { ...question, basis: ['劳动合同法 第82条', '劳动合同法 第200条', '劳动合同条例 第1条'] });
    expect(msg).toMatch(/字段 basis\.1：.*没有第二百条/);
    expect(msg).toMatch(/字段 basis\.2：.*未找到法规/);
  });
  it('fails on an unreadable citation', () => {
    expect(errorsOf(questionSchema, { ...question, basis: ['第82条'] })).toMatch(/字段 basis\.0：发现“第82条”，无法识别为法条引用/);
  });
});

describe('explainer, case and quiz schemas', () => {
  const leaflet = {
    points: [
      { text: '单位提出解除并与您协商一致的，要支付经济补偿。', basis: ['劳动合同法 第46条第2项'] },
      { text: '每满一年给一个月工资，六个月以上按一年算。', basis: ['劳动合同法 第47条第1款'] },
      { text: '月工资高于当地社平工资三倍的，按三倍算，最多十二年。', basis: ['劳动合同法 第47条第2款'] },
    ],
    mainArticles: ['劳动合同法 第47条'],
  };
  const explainer = {
    title: '解除劳动合同有没有经济补偿？',
    summary: '哪些情况下单位要支付经济补偿，怎么计算。',
    audience: ['公众'],
    topics: ['解除与终止'],
    basis: ['劳动合同法 第47条'],
    published: '2026-11-21',
    leaflet,
  };
  it('requires the leaflet points of every explainer (each has a printed leaflet)', () => {
    const { leaflet: _, ...withoutLeaflet } = explainer;
    expect(errorsOf(explainerSchema, withoutLeaflet, 'content/explainers/x.mdx')).toMatch(/字段 leaflet：/);
  });
  it('accepts a valid explainer and coerces dates', () => {
    const r = explainerSchema.safeParse(explainer);
    expect(r.success && r.data.published.toISOString().slice(0, 10)).toBe('2026-11-21');
  });
  it('names a bad date and an unknown audience', () => {
    const msg = errorsOf(explainerSchema, { ...explainer, published: 'yesterday', audience: ['群众'] });
    expect(msg).toMatch(/字段 audience\.0：发现“群众”，应为 公众 \/ 用人单位 \/ 干部职工 之一/);
    expect(msg).toMatch(/字段 published：/);
  });
  const realCase = {
    title: '约定包薪制还要付加班费吗？',
    summary: '月工资含加班费的约定，不能免除支付加班费的义务。',
    audience: ['公众'],
    topics: ['工作时间与加班'],
    facts: '某公司与劳动者约定月工资已包含加班费。',
    disputeFocus: ['包薪制约定是否免除加班费'],
    ruling: '裁决公司支付加班费差额，依据《劳动法》第四十四条。',
    basis: ['劳动法 第44条'],
    published: '2026-11-21',
    leaflet: {
      points: [
        { text: '包薪制本身不违法，但工资中要能分清正常工时工资。', basis: ['劳动法 第44条'] },
        { text: '加班费按法定标准计算，约定不能免除。', basis: ['劳动法 第44条'] },
        { text: '在职期间追讨加班费不受一年时效限制。', basis: ['劳动争议调解仲裁法 第27条第4款'] },
      ],
      mainArticles: ['劳动法 第44条'],
    },
  };
  it('requires a source or the teaching-scenario flag on a case', () => {
    expect(errorsOf(caseSchema, realCase)).toMatch(/字段 source：真实案例须写明来源/);
    expect(caseSchema.safeParse({ ...realCase, scenario: true }).success).toBe(true);
  });
  it('checks citations quoted in a case ruling', () => {
    expect(errorsOf(caseSchema, { ...realCase, scenario: true, ruling: '依据《劳动法》第二百条裁决。' })).toMatch(
      /字段 ruling：法条引用“《劳动法》第二百条”无效/,
    );
  });
  it('rejects a quiz that closes before it opens', () => {
    const quiz = { title: '测试', description: '一次测试考试', quotas: [{ count: 1 }], passMark: 1, opens: '2026-12-01', closes: '2026-11-01' };
    expect(errorsOf(quizSchema, quiz)).toMatch(/字段 closes：结束时间应晚于开始时间/);
  });
});

describe('regional parameters for the calculators', () => {
  it('are optional and validated when given', () => {
    expect(parseSiteConfig({ name: 'x', baseUrl: 'https://x.cn' }).regional).toEqual({});
    const c = parseSiteConfig({
      name: 'x',
      baseUrl: 'https://x.cn',
      regional: { averageMonthlyWage: { amount: 8000, year: 2025, region: '示例市' } },
    });
    expect(c.regional.averageMonthlyWage?.amount).toBe(8000);
    expect(() =>
      parseSiteConfig({ name: 'x', baseUrl: 'https://x.cn', regional: { averageMonthlyWage: { amount: -1, year: 2025, region: '示例市' } } }),
    ).toThrow(/字段 regional\.averageMonthlyWage\.amount：/);
  });
});

describe('leaflet (宣传单) front matter', () => {
  const explainer = {
    title: '解除劳动合同有经济补偿吗？',
    summary: '哪些情况下离职能拿到经济补偿，怎么算。',
    audience: ['公众'],
    topics: ['解除与终止'],
    basis: ['劳动合同法 第46条'],
    published: '2026-11-21',
  };
  const point = (text: string, basis: string[]) => ({ text, basis });
  const points = [
    point('单位提出解除并与您协商一致的，要支付经济补偿。', ['劳动合同法 第46条第2项']),
    point('每满一年给一个月工资，六个月以上按一年算。', ['劳动合同法 第47条第1款']),
    point('月工资高于当地社平工资三倍的，按三倍算，最多十二年。', ['劳动合同法 第47条第2款']),
  ];
  it('accepts 3–5 cited points, main articles cited by them and an optional example', () => {
    const r = explainerSchema.safeParse({
      ...explainer,
      leaflet: {
        points,
        mainArticles: ['劳动合同法 第46条', '劳动合同法 第四十七条'],
        example: { title: '算一算：3年8个月', lines: ['6000 × 4 = 24000元'] },
      },
    });
    expect(r.success).toBe(true);
  });
  it('rejects a main article that no point cites, and too few points', () => {
    expect(
      errorsOf(explainerSchema, { ...explainer, leaflet: { points, mainArticles: ['劳动合同法 第2条'] } }, 'content/explainers/x.mdx'),
    ).toContain('字段 leaflet.mainArticles.0：主要依据“劳动合同法 第2条”没有被任何一条要点引用');
    expect(errorsOf(explainerSchema, { ...explainer, leaflet: { points: points.slice(0, 2), mainArticles: ['劳动合同法 第46条'] } })).toContain(
      'leaflet.points',
    );
  });
});

describe('mistakes that used to pass silently', () => {
  const explainer = {
    title: '解除劳动合同有没有经济补偿？',
    summary: '哪些情况下单位要支付经济补偿，怎么计算。',
    audience: ['公众'],
    topics: ['解除与终止'],
    basis: ['劳动合同法 第47条'],
    published: '2026-11-21',
    leaflet: {
      points: [
        { text: '单位提出解除并与您协商一致的，要支付经济补偿。', basis: ['劳动合同法 第46条第2项'] },
        { text: '每满一年给一个月工资，六个月以上按一年算。', basis: ['劳动合同法 第47条第1款'] },
        { text: '月工资高于当地社平工资三倍的，按三倍算，最多十二年。', basis: ['劳动合同法 第47条第2款'] },
      ],
      mainArticles: ['劳动合同法 第47条'],
    },
  };
  it('rejects an impossible published date (2026-13-45, 2026-02-30) instead of rolling it over', () => {
    expect(errorsOf(explainerSchema, { ...explainer, published: '2026-13-45' })).toMatch(
      /字段 published：发现“2026-13-45”，不是有效的日期：月份应在 1 到 12 之间/,
    );
    expect(errorsOf(explainerSchema, { ...explainer, published: '2026-02-30' })).toMatch(
      /字段 published：发现“2026-02-30”，不是有效的日期：2026年2月只有 28 天/,
    );
    expect(explainerSchema.safeParse({ ...explainer, published: '2028-02-29' }).success).toBe(true);
  });
  it('says what a text date should look like, and that a missing date is required', () => {
    expect(errorsOf(explainerSchema, { ...explainer, published: '昨天' })).toMatch(/字段 published：发现“昨天”，应为日期（如 2026-11-21/);
    const { published: _, ...withoutDate } = explainer;
    expect(errorsOf(explainerSchema, withoutDate)).toMatch(/字段 published：缺少必填字段，应为日期/);
  });
  it('rejects a question with two equal options', () => {
    expect(errorsOf(questionSchema, { ...question, options: ['十五日', '一个月', '三个月', ' 一个月'] })).toMatch(
      /字段 options\.3：发现选项 D“一个月”与选项 B 相同，应为互不相同的选项/,
    );
  });
  it('rejects a pass mark above the quiz’s total score', () => {
    const quiz = {
      title: '测试',
      description: '一次测试考试',
      quotas: [
        { count: 5, type: '单选' },
        { count: 5, type: '判断' },
      ],
      passMark: 21,
    };
    expect(errorsOf(quizSchema, quiz)).toMatch(/字段 passMark：发现合格线 21 分，高于满分 20 分（10 题/);
    expect(quizSchema.safeParse({ ...quiz, passMark: 20 }).success).toBe(true);
    // A quota without a type may draw the best-paid type: 5 × 3.
    expect(quizSchema.safeParse({ ...quiz, quotas: [{ count: 5 }], points: { 单选: 1, 多选: 3, 判断: 1 }, passMark: 15 }).success).toBe(true);
  });
});

import { z } from 'astro/zod';
import { describeValue, installErrorMap } from './errors.ts';
import { AUDIENCES, DIFFICULTIES, QUESTION_TYPES, SAMPLE_DOCUMENT_LABEL, TOPICS } from './taxonomy.ts';
import { normalizeLawName, parseCitation } from '../lib/statute/citation.ts';
import { OPTION_LETTERS } from '../lib/quiz/letters.ts';

installErrorMap();

/** A message for a value that does not match a pattern: what was found, then what is expected. */
export const expecting = (expected: string) => (iss: { input?: unknown }) => `发现${describeValue(iss.input)}，${expected}`;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** YYYY-MM-DD, optionally followed by a time (T09:00, T09:00:00+08:00) */
const DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Why a date written as text is not a real calendar date (2026-13-45, 2026-02-30), or null.
 * YAML readers turn such text into a rolled-over date (2027-02-14) without complaint, so the
 * text itself is checked.
 */
export function calendarDateProblem(text: string): string | null {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return `发现${describeValue(text)}，应为日期（如 2026-11-21，年-月-日）`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `发现“${text.trim()}”，不是有效的日期：月份应在 1 到 12 之间`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > days) return `发现“${text.trim()}”，不是有效的日期：${year}年${month}月只有 ${days} 天`;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return `发现“${text.trim()}”，不是有效的时间：应为 00:00 到 23:59`;
  }
  return null;
}

/**
 * A calendar date: YYYY-MM-DD (or a date-time) as written in YAML, or a Date already parsed by
 * Astro's loader. Impossible dates such as 2026-13-45 and 2026-02-30 are rejected.
 */
export const calendarDate = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value instanceof Date) {
      if (isNaN(value.getTime())) ctx.addIssue({ code: 'custom', message: '发现无法识别的日期，应为日期（如 2026-11-21，年-月-日）' });
      return;
    }
    const problem =
      value === undefined || value === null
        ? '缺少必填字段，应为日期（如 2026-11-21，年-月-日）'
        : typeof value === 'string'
          ? calendarDateProblem(value)
          : `发现${describeValue(value)}，应为日期（如 2026-11-21，年-月-日）`;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .pipe(z.coerce.date());

/**
 * How schemas check citations against the statute library. The schemas do not read the library
 * themselves: the build passes its library in (src/data/schemas.ts), tests may pass another.
 */
export interface CitationChecker {
  /** A Chinese error for a data citation (`劳动合同法 第47条`) that does not resolve, or null */
  checkCitation(text: string): string | null;
  /** One Chinese error per quotation (《劳动法》第四十四条) in a text that does not resolve */
  checkCitationsInText(text: string): string[];
}

/**
 * The schemas whose fields cite articles, bound to a statute library: every citation in them is
 * checked when content is validated.
 */
export function citedSchemas(check: CitationChecker) {
  /** A citation written as data, e.g. `劳动合同法 第47条`; the build checks the article exists. */
  const citationSchema = z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      const error = check.checkCitation(text);
      if (error) ctx.addIssue({ code: 'custom', message: error });
    });

  /** Free text that may quote 《某法》第N条; every such quotation must exist in the statute library. */
  const citedText = z
    .string()
    .trim()
    .min(1)
    .superRefine((text, ctx) => {
      for (const error of check.checkCitationsInText(text)) ctx.addIssue({ code: 'custom', message: error });
    });

  const audiences = z.array(z.enum(AUDIENCES)).min(1);
  const topics = z.array(z.enum(TOPICS)).min(1);
  const basis = z.array(citationSchema).min(1);

  /**
   * What a printed leaflet (宣传单) says, written for paper: on paper nobody can follow a link, so the
   * points are full sentences that carry their own citations.
   */
  const leafletSchema = z
    .strictObject({
      /** 3–5 key points, each a complete sentence a reader can act on, with the articles it rests on */
      points: z
        .array(
          z.strictObject({
            /** The point as a full sentence: 单位提出解除并与您协商一致的，要支付经济补偿。 */
            text: z.string().trim().min(10).max(120),
            /** The articles the point rests on, e.g. `劳动合同法 第46条第2项` */
            basis,
          }),
        )
        .min(3)
        .max(5),
      /** The main articles printed under 主要依据 (at most four), each cited by one of the points */
      mainArticles: z.array(citationSchema).min(1).max(4),
      /** One worked example in a box: a title and its lines (the numbers a reader needs) */
      example: z
        .strictObject({
          /** 算一算：工作3年8个月，月平均工资6000元 */
          title: z.string().trim().min(4).max(40),
          /** The working, one line each: 3年 → 3个月；剩下8个月满六个月，按1年算 */
          lines: z.array(z.string().trim().min(2).max(80)).min(1).max(6),
        })
        .optional(),
    })
    .superRefine((leaflet, ctx) => {
      // Compared at article level: 第46条 is cited by a point that cites 第46条第2项.
      const article = (text: string) => {
        const c = parseCitation(text);
        return c ? `${normalizeLawName(c.law)}|${c.kind}|${c.article}|${c.sub}` : text;
      };
      const cited = new Set(leaflet.points.flatMap((p) => p.basis.map(article)));
      leaflet.mainArticles.forEach((main, i) => {
        if (!cited.has(article(main))) {
          ctx.addIssue({
            code: 'custom',
            path: ['mainArticles', i],
            message: `主要依据“${main}”没有被任何一条要点引用；主要依据应从要点所引的条文中选`,
          });
        }
      });
    });

  /** 政策解读: a plain-language explainer (`content/explainers/<name>.mdx`, URL `/explainers/<name>/`). */
  const explainerSchema = z
    .strictObject({
      /** Page title, phrased as the question citizens ask: 单位不签劳动合同怎么办？ */
      title: z.string().trim().min(4).max(60),
      /** One or two sentences shown in lists, search results and share cards */
      summary: z.string().trim().min(10).max(200),
      /** Who the explainer is written for: 公众 / 用人单位 / 干部职工 */
      audience: audiences,
      /** Subject areas, from the fixed topic list */
      topics,
      /** The articles the explainer rests on, e.g. `劳动合同法 第10条` */
      basis,
      /** The policy document this explainer interprets, when it interprets one */
      source: z
        .strictObject({
          /** Full title of the interpreted document */
          title: z.string().trim().min(2),
          /** Its document number (文号) exactly as issued; leave out rather than guess */
          documentNumber: z.string().trim().optional(),
          /** Who issued it */
          issuer: z.string().trim().optional(),
        })
        .optional(),
      /** Date first published on this site */
      published: calendarDate,
      /** Date of the last substantive update */
      updated: calendarDate.optional(),
      /** What the printed leaflet says (key points, main articles, a worked example); every page has a leaflet */
      leaflet: leafletSchema,
      /**
       * true only for the template's sample explainer of its sample document: the title must carry
       * 示例文件（虚构，仅演示功能）, and the page says the interpreted document is invented
       */
      sample: z.boolean().default(false),
    })
    .superRefine((data, ctx) => {
      if (data.sample && !data.title.includes(SAMPLE_DOCUMENT_LABEL)) {
        ctx.addIssue({ code: 'custom', path: ['title'], message: `示例解读（sample: true）的标题必须含“${SAMPLE_DOCUMENT_LABEL}”` });
      }
    });

  /** Where a real case was published (典型案例). */
  const caseSourceSchema = z.strictObject({
    /** The publishing bodies: 人力资源社会保障部、最高人民法院 */
    publisher: z.string().trim().min(2),
    /** The publication the case appeared in: 第二批劳动人事争议典型案例 */
    title: z.string().trim().min(2),
    /** Year (2021) or date of publication */
    date: z.union([z.number().int().min(1949).max(2100), calendarDate], { error: expecting('应为年份（如 2021）或日期（如 2021-05-01）') }),
    /** The case's number or heading in that publication, if any: 案例1 */
    number: z.string().trim().optional(),
  });

  /** 以案说法: a case (`content/cases/<name>.mdx`); the MDX body is the analysis (以案说法). */
  const caseSchema = z
    .strictObject({
      /** The question the case answers: 约定“包薪制”，还要付加班费吗？ */
      title: z.string().trim().min(4).max(60),
      /** One or two sentences for lists and share cards */
      summary: z.string().trim().min(10).max(200),
      /** Where the real case was published; leave out only for a teaching scenario */
      source: caseSourceSchema.optional(),
      /** true for an invented teaching scenario, labelled 教学案例（情节虚构） on the page */
      scenario: z.boolean().default(false),
      /** Who the case is written for */
      audience: audiences,
      /** Subject areas, from the fixed topic list */
      topics,
      /** 案情: the facts, in the site's own words */
      facts: citedText,
      /** 争议焦点: the questions in dispute */
      disputeFocus: z.array(z.string().trim().min(2)).min(1),
      /** 裁判结果: what the arbitration committee or court decided */
      ruling: citedText,
      /** The articles the ruling and analysis rest on */
      basis,
      /** Date first published on this site */
      published: calendarDate,
      /** What the printed leaflet says (key points, main articles, a worked example); every page has a leaflet */
      leaflet: leafletSchema,
    })
    .superRefine((data, ctx) => {
      if (!data.source && !data.scenario) {
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: '真实案例须写明来源（source：publisher、title、date）；虚构的教学情景请写 scenario: true',
        });
      }
      if (data.source && data.scenario) {
        ctx.addIssue({ code: 'custom', path: ['scenario'], message: '有来源的真实案例不能同时标为教学情景（scenario: true）' });
      }
    });

  /** One question of a bank (`content/questions/<bank>.yaml`, under `questions:`). */
  const questionSchema = z
    .strictObject({
      /** Stable id, never reused: lowercase letters, digits and dashes, e.g. ldht-001 */
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: expecting('应由小写字母、数字和短横线组成，如 ldht-001') }),
      /** 单选 / 多选 / 判断 */
      type: z.enum(QUESTION_TYPES),
      /** The question text */
      stem: z.string().trim().min(5),
      /** Choices, in order A, B, C…; leave out for 判断 (正确 / 错误) */
      options: z.array(z.string().trim().min(1)).min(2).max(8).optional(),
      /** 单选: one letter (B); 多选: a list of letters ([A, C]) ; 判断: 正确 or 错误 */
      answer: z.union([z.string().trim(), z.array(z.string().trim()).min(1)], {
        error: expecting('单选题应为一个字母（如 B），多选题应为字母列表（如 [A, C]），判断题应为 正确 或 错误'),
      }),
      /** Why the answer is right (and, where it helps, why the others are wrong), in plain words */
      explanation: z.string().trim().min(5),
      /** The articles the answer rests on */
      basis,
      /** Subject area, from the fixed topic list */
      topic: z.enum(TOPICS),
      /** 易 / 中 / 难 */
      difficulty: z.enum(DIFFICULTIES),
      /** Who the question is for */
      audience: audiences,
    })
    .superRefine((q, ctx) => {
      const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
      if (q.type === '判断') {
        if (q.options) ctx.addIssue({ code: 'custom', path: ['options'], message: '发现 options，判断题不写 options（选项固定为 正确 / 错误）' });
        if (answers.length !== 1 || !['正确', '错误'].includes(answers[0]!)) {
          ctx.addIssue({ code: 'custom', path: ['answer'], message: `发现“${answers.join(',')}”，判断题的答案应为 正确 或 错误` });
        }
        return;
      }
      if (!q.options) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: `${q.type}题须列出 options（至少 2 项）` });
        return;
      }
      const firstOf = new Map<string, number>();
      q.options.forEach((option, j) => {
        const key = option.normalize('NFKC').replace(/\s+/g, '');
        const first = firstOf.get(key);
        if (first === undefined) firstOf.set(key, j);
        else
          ctx.addIssue({
            code: 'custom',
            path: ['options', j],
            message: `发现选项 ${OPTION_LETTERS[j]}“${option}”与选项 ${OPTION_LETTERS[first]} 相同，应为互不相同的选项`,
          });
      });
      const valid = OPTION_LETTERS.slice(0, q.options.length);
      for (const a of answers) {
        if (a.length !== 1 || !valid.includes(a)) {
          ctx.addIssue({
            code: 'custom',
            path: ['answer'],
            message: `发现答案“${a}”，不是选项之一，应为 ${valid.split('').join(' / ')} 中的字母`,
          });
        }
      }
      if (q.type === '单选' && answers.length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['answer'], message: `发现 ${answers.length} 个答案，单选题应只有一个答案` });
      }
      if (q.type === '多选' && answers.length < 2) {
        ctx.addIssue({ code: 'custom', path: ['answer'], message: '发现只有一个答案，多选题应至少有两个正确选项（只有一个时请改为单选题）' });
      }
      if (new Set(answers).size !== answers.length) {
        ctx.addIssue({ code: 'custom', path: ['answer'], message: '发现答案中有重复的字母，应各写一次' });
      }
    });

  /** One entry of the everyday-terms dictionary: what people say, and what the law calls it. */
  const everydayTermSchema = z.strictObject({
    /** The word people type: 辞退, 赔多少, 工伤赔偿 */
    term: z.string().trim().min(1).max(20),
    /** Other everyday ways of saying the same thing: 开除, 炒鱿鱼 */
    also: z.array(z.string().trim().min(1).max(20)).default([]),
    /** The statutory terms it means: 解除劳动合同 */
    statutory: z.array(z.string().trim().min(2).max(30)).min(1),
    /** The articles it usually means, most relevant first, e.g. `劳动合同法 第39条` */
    articles: z.array(citationSchema).min(1).max(8),
    /** For the reviewer: when the term means which article */
    note: z.string().trim().optional(),
  });

  return {
    citation: citationSchema,
    leaflet: leafletSchema,
    explainer: explainerSchema,
    case: caseSchema,
    question: questionSchema,
    everydayTerm: everydayTermSchema,
  };
}

export type CitedSchemas = ReturnType<typeof citedSchemas>;

/** A question bank file: a title and its questions. */
export const questionBankSchema = z.strictObject({
  /** Name of the bank shown to editors and organisers: 劳动合同题库 */
  title: z.string().trim().min(2),
  /**
   * Sealed banks hold competition questions: they are left out of practice, search and the
   * published bank, and their answers and explanations never reach dist/ (only sealed quizzes draw them)
   */
  sealed: z.boolean().default(false),
  /** The questions of the bank */
  questions: z.array(z.unknown()).min(1),
});

/** How many questions a quiz draws from which part of the banks. */
const quotaSchema = z.strictObject({
  /** How many questions this quota draws */
  count: z.number().int().min(1),
  /** Only questions of this topic */
  topic: z.enum(TOPICS).optional(),
  /** Only questions of this type */
  type: z.enum(QUESTION_TYPES).optional(),
  /** Only questions of this difficulty */
  difficulty: z.enum(DIFFICULTIES).optional(),
  /** Only questions for this audience */
  audience: z.enum(AUDIENCES).optional(),
});

/**
 * The part of a quiz definition that decides what can be drawn: lets the content check test the
 * quotas against the banks even when another field of the definition is wrong.
 */
export const quizDrawSchema = z.object({ quotas: z.array(quotaSchema).min(1), sealed: z.boolean().default(false) });

/** A quiz definition (`content/quizzes/<name>.yaml`, URL `/quiz/<name>/`): 模拟考试 or 竞赛. */
export const quizSchema = z
  .strictObject({
    /** Quiz title: 2026年度学法用法考试 */
    title: z.string().trim().min(2),
    /** What the quiz is for and who should take it */
    description: z.string().trim().min(5),
    /** exam (模拟考试/学法考试) or competition (知识竞赛) */
    kind: z.enum(['exam', 'competition']).default('exam'),
    /** Which questions to draw, quota by quota */
    quotas: z.array(quotaSchema).min(1),
    /** Time limit in minutes; leave out for no limit */
    timeLimitMinutes: z.number().int().min(1).max(600).optional(),
    /** Score needed to pass, on the quiz's own points scale */
    passMark: z.number().min(0),
    /** Points per question, by type */
    points: z.strictObject({ 单选: z.number().min(0), 多选: z.number().min(0), 判断: z.number().min(0) }).default({ 单选: 2, 多选: 2, 判断: 2 }),
    /** 多选 scoring: all-or-nothing (default) or partial credit for a correct subset */
    multipleChoiceScoring: z.enum(['all-or-nothing', 'partial']).default('all-or-nothing'),
    /** Under partial scoring, the share of a 多选 question's points that a correct subset earns */
    partialCredit: z.number().min(0).max(1).default(0.5),
    /** Whether the questions are shown in a shuffled order (options are always shuffled) */
    shuffleQuestions: z.boolean().default(true),
    /** When the quiz opens (ISO date or date-time) */
    opens: calendarDate.optional(),
    /** When the quiz closes */
    closes: calendarDate.optional(),
    /** How many attempts one person may make; leave out for unlimited */
    attemptsAllowed: z.number().int().min(1).optional(),
    /**
     * Draw from sealed banks only; participants see 已提交 and their result code, not a score, and
     * the answer key is written to private/answer-keys/ instead of the site
     */
    sealed: z.boolean().default(false),
    /** Whether participants see their score at once (ignored for sealed quizzes, which never show it) */
    showScore: z.boolean().default(true),
    /** Which attempt of one person counts when several result codes arrive: first or best */
    duplicates: z.enum(['first', 'best']).optional(),
    /** What participants fill in before starting (姓名 is required); leave out for 姓名 + 单位 */
    registration: z
      .array(
        z.strictObject({
          /** Stable key; name and unit are the person's name and unit */
          key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, { error: expecting('应由英文字母和数字组成，如 name、unit、staffNo') }),
          /** Label shown on the form: 姓名, 单位, 工号, 手机尾号 */
          label: z.string().trim().min(1),
          /** Whether it must be filled in */
          required: z.boolean().default(false),
          /** Allowed values, for a field chosen from a list (单位) */
          options: z.array(z.string().trim().min(1)).min(1).optional(),
          /** With options: whether a value outside the list may be typed */
          allowOther: z.boolean().default(false),
        }),
      )
      .min(1)
      .optional(),
  })
  .superRefine((q, ctx) => {
    if (q.registration && !q.registration.some((f) => f.key === 'name' && f.required)) {
      ctx.addIssue({ code: 'custom', path: ['registration'], message: '报名信息必须包含必填的姓名（key: name, required: true）' });
    }
    // The best score a drawing can reach: a quota without a type may draw the best-paid type.
    const best = q.quotas.reduce((sum, quota) => sum + quota.count * (quota.type ? q.points[quota.type] : Math.max(...Object.values(q.points))), 0);
    if (q.passMark > best) {
      const count = q.quotas.reduce((n, quota) => n + quota.count, 0);
      ctx.addIssue({
        code: 'custom',
        path: ['passMark'],
        message: `发现合格线 ${q.passMark} 分，高于满分 ${best} 分（${count} 题，分值见 points），应不高于 ${best}`,
      });
    }
    if (q.opens && q.closes && q.opens >= q.closes) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: '结束时间应晚于开始时间（opens）' });
    }
  });

/** The dictionary file (`content/glossary/<name>.yaml`): everyday terms used by search. */
export const glossarySchema = z.strictObject({
  /** What this dictionary covers */
  title: z.string().trim().min(2),
  /** The entries */
  terms: z.array(z.unknown()).min(1),
});

export type Explainer = z.infer<CitedSchemas['explainer']>;
export type Case = z.infer<CitedSchemas['case']>;
export type Question = z.infer<CitedSchemas['question']>;
export type Leaflet = z.infer<CitedSchemas['leaflet']>;
export type EverydayTerm = z.infer<CitedSchemas['everydayTerm']>;
export type QuizDefinition = z.infer<typeof quizSchema>;

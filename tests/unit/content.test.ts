/**
 * Content checks: every explainer, case, question and quiz is valid, cited and drawable,
 * and the sample content covers what a bureau needs on day one. Runs without a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { remarkCitations } from '../../src/plugins/remark-citations.ts';
import { glossarySchema, questionBankSchema, quizSchema, type Question } from '../../src/schemas/content.ts';
import { formatIssues } from '../../src/schemas/errors.ts';
import { TEACHING_CASE_LABEL } from '../../src/schemas/taxonomy.ts';
import { embeddedQuizIds, normalizeStem, sectionHeadings } from '../../src/lib/content/files.ts';
import { readMdxCollection, readYamlCollection } from '../../src/data/content-files.ts';
import { schemas } from '../../src/data/schemas.ts';
import { citationLinkOf, statuteIndex } from '../../src/data/statutes.ts';
import { toQuizQuestion } from '../../src/lib/quiz/question.ts';
import { parseMdxBody, uncitedStatements } from '../../src/lib/content/statements.ts';
import { literalEmphasisMarkers } from '../../src/lib/content/emphasis.ts';
import { statuteTextLines, unsupportedVersionDates } from '../../src/lib/content/versions.ts';
import { planQuiz } from '../../src/lib/quiz/plan.ts';

const explainers = readMdxCollection('content/explainers');
const cases = readMdxCollection('content/cases');
const banks = readYamlCollection('content/questions');
const quizzes = readYamlCollection('content/quizzes');

const questions: Array<Question & { file: string }> = [];
const questionErrors: string[] = [];
for (const bank of banks) {
  const parsed = questionBankSchema.safeParse(bank.data);
  if (!parsed.success) {
    questionErrors.push(formatIssues(bank.file, parsed.error));
    continue;
  }
  parsed.data.questions.forEach((raw, i) => {
    const q = schemas.question.safeParse(raw);
    if (q.success) questions.push({ ...q.data, file: bank.file });
    else questionErrors.push(formatIssues(bank.file, q.error, ` 第 ${i + 1} 题`));
  });
}
const questionIds = new Set(questions.map((q) => q.id));

/** Compiles MDX with the site's citation plugin: a bad citation or bad MDX throws with file and position. */
async function compileMdx(file: string, body: string) {
  await compile(new VFile({ path: file, value: body }), { remarkPlugins: [remarkCitations], jsx: true });
}

describe('explainers', () => {
  it('every paragraph, list item and table row of 主要规定 names its article (or is a 提示： blockquote)', () => {
    const uncited = explainers.flatMap((e) => uncitedStatements(e.body).map((s) => `${e.file} 正文第 ${s.line} 行：${s.text}`));
    expect(uncited).toEqual([]);
  });
  it('every date in 依据的法规版本 is stated by the law text itself (header lines or articles), not only by its file name', () => {
    const index = statuteIndex();
    const lawLines = (name: string) => {
      const statute = index.findStatute(name);
      return statute ? statuteTextLines(statute) : undefined;
    };
    const unsupported = explainers.flatMap((e) =>
      unsupportedVersionDates(e.body, lawLines).map(
        (d) => `${e.file} 正文第 ${d.line} 行：《${d.law}》 ${d.date}${d.known ? '' : '（法规库中没有这部法规）'}`,
      ),
    );
    expect(unsupported).toEqual([]);
  });
  it('every 算一算 section is labelled 教学案例（情节虚构） (its people and numbers are invented)', () => {
    const unlabelled = explainers.filter((e) => {
      const worked = e.body.split(/^##\s+算一算.*$/m)[1]?.split(/^##\s/m)[0];
      return worked !== undefined && !worked.includes(TEACHING_CASE_LABEL);
    });
    expect(unlabelled.map((e) => e.file)).toEqual([]);
  });
  for (const e of explainers) {
    it(`${e.file} is valid, cited and complete`, async () => {
      const parsed = schemas.explainer.safeParse(e.data);
      expect(parsed.success ? [] : formatIssues(e.file, parsed.error)).toEqual([]);
      await compileMdx(e.file, e.body);
      expect(strayBold(e.body), `${e.file} 有加粗没有生效，页面会显示 **`).toEqual([]);
      const headings = sectionHeadings(e.body);
      for (const required of ['一句话看懂', '常见问题', '去哪里求助']) {
        expect(
          headings.some((h) => h.includes(required)),
          `${e.file} 缺少“${required}”一节`,
        ).toBe(true);
      }
      const faq = e.body.split(/^##\s+常见问题.*$/m)[1]?.split(/^##\s/m)[0] ?? '';
      const faqCount = (faq.match(/^###\s/gm) ?? []).length;
      expect(faqCount, `${e.file} 常见问题应有 3–6 问`).toBeGreaterThanOrEqual(3);
      expect(faqCount).toBeLessThanOrEqual(6);
      for (const ids of embeddedQuizIds(e.body)) for (const id of ids) expect(questionIds.has(id), `${e.file} 引用了不存在的题目 ${id}`).toBe(true);
    });
  }
});

describe('cases', () => {
  for (const c of cases) {
    it(`${c.file} is valid, cited, attributed or labelled, and ends with 2–3 questions`, async () => {
      const parsed = schemas.case.safeParse(c.data);
      expect(parsed.success ? [] : formatIssues(c.file, parsed.error)).toEqual([]);
      if (!parsed.success) return;
      expect(Boolean(parsed.data.source) !== parsed.data.scenario, `${c.file} 须有来源或标为教学案例（${TEACHING_CASE_LABEL}）`).toBe(true);
      await compileMdx(c.file, c.body);
      expect(strayBold(c.body), `${c.file} 有加粗没有生效，页面会显示 **`).toEqual([]);
      const quizzesInCase = embeddedQuizIds(c.body);
      expect(quizzesInCase, `${c.file} 结尾应有 <PracticeQuiz ids={[…]} />`).toHaveLength(1);
      expect(quizzesInCase[0]!.length).toBeGreaterThanOrEqual(2);
      expect(quizzesInCase[0]!.length).toBeLessThanOrEqual(3);
      for (const id of quizzesInCase[0]!) expect(questionIds.has(id), `${c.file} 引用了不存在的题目 ${id}`).toBe(true);
    });
  }
});

describe('question banks', () => {
  it('every question is valid and cites existing articles', () => {
    expect(questionErrors).toEqual([]);
  });
  it('no two questions share an id', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const q of questions) {
      const other = seen.get(q.id);
      if (other) clashes.push(`${q.id}: ${other} 与 ${q.file}`);
      seen.set(q.id, q.file);
    }
    expect(clashes).toEqual([]);
  });
  it('no two questions have the same stem after normalising punctuation', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const q of questions) {
      const stem = normalizeStem(q.stem);
      const other = seen.get(stem);
      if (other) clashes.push(`${q.id} 与 ${other}：${q.stem}`);
      seen.set(stem, q.id);
    }
    expect(clashes).toEqual([]);
  });
  it('every answer is one of the options (in the form the quiz uses)', () => {
    for (const q of questions) {
      const quizQuestion = toQuizQuestion(q, citationLinkOf);
      expect(quizQuestion.answer.length, q.id).toBeGreaterThan(0);
      for (const i of quizQuestion.answer) expect(quizQuestion.options[i], `${q.id} 的答案不在选项中`).toBeDefined();
    }
  });
  it('every bank file records its independent review', () => {
    for (const bank of banks) {
      expect(readHeader(bank.file), `${bank.file} 头部缺少“审校记录”`).toMatch(/审校记录：\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('quiz definitions', () => {
  const pool = questions.map((q) => toQuizQuestion(q, citationLinkOf));
  for (const quiz of quizzes) {
    it(`${quiz.file} is valid and can always be drawn`, () => {
      const parsed = quizSchema.safeParse(quiz.data);
      expect(parsed.success ? [] : formatIssues(quiz.file, parsed.error)).toEqual([]);
      if (parsed.success) expect(() => planQuiz(quiz.id, parsed.data, pool)).not.toThrow();
    });
  }
});

/** Bold markers CommonMark leaves as literal text (next to CJK punctuation), as 正文第 N 行：… */
function strayBold(body: string): string[] {
  return literalEmphasisMarkers(parseMdxBody(body)).map((m) => `正文第 ${m.line} 行：${m.text}`);
}

/** The leading comment lines of a YAML file. */
function readHeader(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .join('\n');
}

describe('everyday-terms dictionary (content/glossary)', () => {
  const files = existsSync('content/glossary') ? readYamlCollection('content/glossary') : [];
  const entries = files.flatMap((f) => {
    const bank = glossarySchema.safeParse(f.data);
    expect(bank.success ? [] : formatIssues(f.file, bank.error), f.file).toEqual([]);
    return bank.success ? bank.data.terms.map((t, i) => ({ file: f.file, i, raw: t })) : [];
  });
  it('every entry is valid and cites existing articles', () => {
    const errors = entries.flatMap((e) => {
      const r = schemas.everydayTerm.safeParse(e.raw);
      return r.success ? [] : formatIssues(`${e.file} 第 ${e.i + 1} 条`, r.error);
    });
    expect(errors).toEqual([]);
  });
  it('no everyday word appears in two entries', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      const r = schemas.everydayTerm.safeParse(e.raw);
      if (!r.success) continue;
      for (const word of [r.data.term, ...r.data.also]) {
        const other = seen.get(word);
        if (other && other !== r.data.term) clashes.push(`“${word}”同时出现在“${other}”和“${r.data.term}”`);
        seen.set(word, r.data.term);
      }
    }
    expect(clashes).toEqual([]);
  });
});

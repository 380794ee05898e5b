/**
 * `npm run check:content`: every content file of every collection, every citation and every
 * cross-reference, checked without a build and reported all at once (Node only).
 *
 * It uses the same schemas, statute parser and citation linker as the build, bound to the statute
 * library of the content folder being checked, and the same readers for YAML (with positions, so
 * each message names its line) and MDX. The build runs it before Astro's content layer
 * (src/integrations/check-content.ts), so an editor sees these messages, not Astro's.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { load as loadJsYaml } from 'js-yaml';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import {
  citedSchemas,
  glossarySchema,
  questionBankSchema,
  quizDrawSchema,
  quizSchema,
  type CitedSchemas,
  type Question,
} from '../schemas/content.ts';
import { siteConfigSchema } from '../schemas/site.ts';
import { TEACHING_CASE_LABEL, TOPICS } from '../schemas/taxonomy.ts';
import { parseStatute, StatuteParseError } from '../lib/statute/parse.ts';
import { createStatuteIndex, libraryProblems, parseCitation, type StatuteIndex } from '../lib/statute/citation.ts';
import { citationLink } from '../lib/statute/links.ts';
import type { Statute } from '../lib/statute/types.ts';
import { readYamlSource, type YamlSource } from '../lib/content/yaml-source.ts';
import { schemaProblems, type Problem } from '../lib/content/problems.ts';
import { mdxErrorMessage, mdxErrorPosition, type MdxParseError } from '../lib/content/mdx-messages.ts';
import { normalizeStem, sectionHeadings } from '../lib/content/files.ts';
import { parseMdxBody } from '../lib/content/statements.ts';
import { uncitedStatements } from '../lib/content/statements.ts';
import { literalEmphasisMarkers } from '../lib/content/emphasis.ts';
import { statuteTextLines, unsupportedVersionDates } from '../lib/content/versions.ts';
import { toQuizQuestion } from '../lib/quiz/question.ts';
import { checkQuotas, QuotaError } from '../lib/quiz/draw.ts';
import { quotasOf } from '../lib/quiz/plan.ts';
import { calculatorById, CALCULATORS } from '../lib/calc/specs.ts';
import type { QuizQuestion } from '../lib/quiz/types.ts';
import { citationProblems } from '../plugins/remark-citations.ts';
import { checkerFor } from './statutes.ts';

export interface CheckOptions {
  /** The content folder: laws/, explainers/, cases/, questions/, quizzes/, glossary/ */
  contentDir?: string;
  /** The statute folder (default: PUFA_LAWS_DIR, else <contentDir>/laws) */
  lawsDir?: string;
  /** site.config.yaml to check; null to skip (default: beside the content folder) */
  siteConfig?: string | null;
}

export interface CheckResult {
  problems: Problem[];
  /** How many files of each collection were read */
  files: Record<string, number>;
}

/** Components an MDX body may use, by collection (what the pages pass to <Content components>). */
const COMPONENTS = {
  explainers: new Set(['Cite', 'PracticeQuiz', 'Calculator']),
  cases: new Set(['Cite', 'PracticeQuiz']),
};
/** The sections every explainer has */
const EXPLAINER_SECTIONS = ['一句话看懂', '常见问题', '去哪里求助'];
/** A page's file name is its URL segment */
const FILE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Runs every check over a content folder; never throws for content mistakes. */
export function checkContent(options: CheckOptions = {}): CheckResult {
  const contentDir = resolve(options.contentDir ?? 'content');
  const lawsDir = resolve(options.lawsDir ?? process.env.PUFA_LAWS_DIR ?? join(contentDir, 'laws'));
  const siteConfig = options.siteConfig === undefined ? join(contentDir, '..', 'site.config.yaml') : options.siteConfig;
  const problems: Problem[] = [];
  const files: Record<string, number> = {};
  const shown = (abs: string) => {
    const rel = relative(process.cwd(), abs);
    return rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  };
  const add = (file: string, message: string, at?: { line?: number; column?: number }) =>
    problems.push({ file, message, ...(at?.line === undefined ? {} : { line: at.line, column: at.column ?? 1 }) });

  // ---- Statute library -------------------------------------------------------------------
  const statutes: Statute[] = [];
  for (const abs of listFiles(lawsDir, ['.md'], problems, shown, '法规文件应为 .md（语料格式的 Markdown）')) {
    const file = shown(abs);
    try {
      const numbering: Array<{ line?: number; message: string }> = [];
      statutes.push(parseStatute(readFileSync(abs, 'utf8'), file, { numbering }));
      for (const p of numbering) add(file, p.message, { line: p.line });
    } catch (error) {
      if (error instanceof StatuteParseError) for (const p of error.problems) add(file, p.message, { line: p.line ?? 1 });
      else add(file, String((error as Error).message).replace(`${file}：`, ''), { line: 1 });
    }
  }
  files.laws = statutes.length;
  const clashes = libraryProblems(statutes);
  for (const c of clashes) add(c.file, c.message, { line: 1 });
  const clashing = new Set(clashes.map((c) => c.file));
  const index = createStatuteIndex(statutes.filter((s) => !clashing.has(s.file)));
  const schemas = citedSchemas(checkerFor(() => index));
  const linkOf = (text: string) => {
    const citation = parseCitation(text)!;
    const result = index.resolve(citation);
    if ('error' in result) throw new Error(result.error);
    return citationLink(result, citation);
  };

  // ---- Site configuration ----------------------------------------------------------------
  if (siteConfig && existsSync(siteConfig)) {
    const file = shown(siteConfig);
    const source = readYaml(siteConfig, file, problems);
    if (source) validate(siteConfigSchema, source.data, file, source, problems);
  }

  // ---- Question banks --------------------------------------------------------------------
  const publicPool: QuizQuestion[] = [];
  const sealedPool: QuizQuestion[] = [];
  const questionById = new Map<string, { file: string; line: number; sealed: boolean; question: Question }>();
  const stems = new Map<string, string>();
  const bankFiles = listFiles(join(contentDir, 'questions'), ['.yaml', '.yml'], problems, shown, '题库文件应为 .yaml');
  files.questions = bankFiles.length;
  for (const abs of bankFiles) {
    const file = shown(abs);
    const text = readFileSync(abs, 'utf8');
    if (!/^#.*审校记录：\d{4}-\d{2}-\d{2}/m.test(text)) {
      add(file, '发现文件头部没有审校记录，应在文件开头的注释里写明“# 审校记录：YYYY-MM-DD 审校人……”', { line: 1 });
    }
    const source = readYaml(abs, file, problems);
    if (!source) continue;
    const bank = validate(questionBankSchema, source.data, file, source, problems);
    if (!bank) continue;
    bank.questions.forEach((raw, i) => {
      const id = (raw as { id?: unknown } | null)?.id;
      const label = `第 ${i + 1} 题${typeof id === 'string' ? `（id: ${id}）` : ''}`;
      const prefix = ['questions', i];
      const q = validate(schemas.question, raw, file, source, problems, { prefix, label: `${label}` });
      if (!q) return;
      const at = source.locate(prefix);
      const other = questionById.get(q.id);
      if (other) {
        add(file, `${label}字段“id”：发现“${q.id}”已被 ${other.file} 第 ${other.line} 行的题目使用，应为唯一的 id`, source.locate([...prefix, 'id']));
        return;
      }
      questionById.set(q.id, { file, line: at.line, sealed: bank.sealed, question: q });
      const stem = normalizeStem(q.stem);
      const same = stems.get(stem);
      if (same) add(file, `${label}字段“stem”：发现题干与 ${same} 相同，应删去重复的题目或改写题干`, source.locate([...prefix, 'stem']));
      else stems.set(stem, `${q.id}（${file}）`);
      (bank.sealed ? sealedPool : publicPool).push(toQuizQuestion(q, linkOf));
    });
  }

  // ---- Quizzes ---------------------------------------------------------------------------
  const quizFiles = listFiles(join(contentDir, 'quizzes'), ['.yaml', '.yml'], problems, shown, '考试定义应为 .yaml', true);
  files.quizzes = quizFiles.length;
  for (const abs of quizFiles) {
    const file = shown(abs);
    const source = readYaml(abs, file, problems);
    if (!source) continue;
    checkFileId(abs, file, problems);
    // The quotas are checked against the banks even when another field is wrong.
    const quiz = validate(quizSchema, source.data, file, source, problems) ?? quizDrawSchema.safeParse(source.data).data;
    if (!quiz) continue;
    const problem = checkQuotas(quiz.sealed ? sealedPool : publicPool, quotasOf(quiz));
    if (problem instanceof QuotaError) {
      const pool = quiz.sealed ? '封存题库' : '公开题库';
      add(
        file,
        `字段“quotas[${problem.quotaIndex + 1}]”：${problem.message}（${pool}），应减少 count 或放宽条件`,
        source.locate(['quotas', problem.quotaIndex]),
      );
    }
  }

  // ---- Glossary --------------------------------------------------------------------------
  const glossaryFiles = listFiles(join(contentDir, 'glossary'), ['.yaml', '.yml'], problems, shown, '词典文件应为 .yaml');
  files.glossary = glossaryFiles.length;
  const words = new Map<string, string>();
  for (const abs of glossaryFiles) {
    const file = shown(abs);
    const source = readYaml(abs, file, problems);
    if (!source) continue;
    const glossary = validate(glossarySchema, source.data, file, source, problems);
    if (!glossary) continue;
    glossary.terms.forEach((raw, i) => {
      const prefix = ['terms', i];
      const entry = validate(schemas.everydayTerm, raw, file, source, problems, { prefix, label: `第 ${i + 1} 条` });
      if (!entry) return;
      for (const word of new Set([entry.term, ...entry.also])) {
        const other = words.get(word);
        if (other && other !== entry.term) {
          add(file, `第 ${i + 1} 条（${entry.term}）：发现“${word}”也出现在“${other}”一条里，应只属于一条`, source.locate(prefix));
        }
        words.set(word, entry.term);
      }
    });
  }

  // ---- Explainers and cases --------------------------------------------------------------
  for (const collection of ['explainers', 'cases'] as const) {
    const mdxFiles = listFiles(join(contentDir, collection), ['.mdx'], problems, shown, '解读和案例应为 .mdx', true);
    files[collection] = mdxFiles.length;
    for (const abs of mdxFiles) {
      const file = shown(abs);
      checkFileId(abs, file, problems);
      checkPage(collection, file, readFileSync(abs, 'utf8'), { schemas, index, questionById, problems });
    }
  }

  return { problems, files };
}

interface PageContext {
  schemas: CitedSchemas;
  index: StatuteIndex;
  questionById: Map<string, { file: string; line: number; sealed: boolean; question: Question }>;
  problems: Problem[];
}

/** One explainer or case: front matter, MDX syntax, citations, components and required parts. */
function checkPage(collection: 'explainers' | 'cases', file: string, text: string, ctx: PageContext): void {
  const { problems } = ctx;
  const add = (message: string, line?: number, column?: number) => problems.push({ file, message, ...(line ? { line, column: column ?? 1 } : {}) });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    add('发现文件没有 front matter，应以一行 --- 开头，写完字段后再以一行 --- 结束', 1);
    return;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    add('发现 front matter 没有结束行，应在字段之后写一行 ---', 1);
    return;
  }
  const source = readYamlSource(lines.slice(1, end).join('\n'), 1);
  for (const e of source.errors) add(e.message, e.line, e.column);
  const jsYamlError = source.errors.length ? null : jsYamlProblem(lines.slice(1, end).join('\n'), 1);
  if (jsYamlError) add(jsYamlError.message, jsYamlError.line, jsYamlError.column);
  if (!source.errors.length && !jsYamlError) {
    const data = source.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) add('front matter 应为“字段: 值”的形式', 2);
    else if (collection === 'explainers') validate(ctx.schemas.explainer, data, file, source, problems);
    else validate(ctx.schemas.case, data, file, source, problems);
  }

  // The body, with its lines counted as lines of the file.
  const offset = end + 1;
  const body = lines.slice(offset).join('\n');
  let tree: Root;
  try {
    tree = parseMdxBody(body);
  } catch (error) {
    const { line, column } = mdxErrorPosition(error as MdxParseError);
    add(mdxErrorMessage(error as MdxParseError), line ? line + offset : offset + 1, column ?? 1);
    return;
  }

  // Components: only those the page provides, with attributes that exist.
  const allowed = COMPONENTS[collection];
  const practice: Array<{ ids: string[]; line: number }> = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name;
    const line = (node.position?.start.line ?? 1) + offset;
    const column = node.position?.start.column;
    if (!name || !/^[A-Z]/.test(name)) return;
    if (!allowed.has(name)) {
      add(
        `发现组件 <${name}>，${collection === 'explainers' ? '解读' : '案例'}正文只能使用 ${[...allowed].map((c) => `<${c}>`).join('、')}`,
        line,
        column,
      );
      return;
    }
    const attr = (key: string) => {
      const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === key);
      if (!a || a.type !== 'mdxJsxAttribute') return undefined;
      return typeof a.value === 'string' ? a.value : (a.value?.value ?? '');
    };
    if (name === 'Calculator') {
      const id = attr('id');
      if (!id || !calculatorById(id)) {
        add(`<Calculator> 发现 id“${id ?? ''}”，应为 ${CALCULATORS.map((c) => c.id).join(' / ')} 之一`, line, column);
      }
    }
    if (name === 'PracticeQuiz') {
      const topic = attr('topic');
      const idsText = attr('ids');
      if (topic !== undefined && !(TOPICS as readonly string[]).includes(topic)) {
        add(`<PracticeQuiz> 发现 topic“${topic}”，应为 ${TOPICS.join(' / ')} 之一`, line, column);
      } else if (topic !== undefined && ![...ctx.questionById.values()].some((q) => !q.sealed && q.question.topic === topic)) {
        add(`<PracticeQuiz> 的主题“${topic}”在公开题库中没有题目，应先添加该主题的题目`, line, column);
      }
      if (idsText !== undefined) {
        const ids = [...idsText.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
        practice.push({ ids, line });
        for (const id of ids) {
          const q = ctx.questionById.get(id);
          if (!q) add(`<PracticeQuiz> 发现题目 id“${id}”，题库中没有这道题，应为题库中已有的 id`, line, column);
          else if (q.sealed) add(`<PracticeQuiz> 发现题目“${id}”来自封存题库，应只引用公开题库的题目（封存题目的答案不上网）`, line, column);
        }
      }
      if (topic === undefined && idsText === undefined) add('<PracticeQuiz> 须写 topic="主题" 或 ids={["题目id", …]}', line, column);
    }
  });

  // Bold that CommonMark leaves as literal `**` (next to CJK punctuation).
  for (const m of literalEmphasisMarkers(tree)) {
    add(`发现没有生效的加粗符号“${m.text}”：结束的 ** 紧跟标点、后面又是汉字时不会加粗，应把标点移到 ** 外面（如 **一年**。）`, offset + m.line);
  }

  // What every page of the collection has.
  const headings = sectionHeadings(body);
  if (collection === 'explainers') {
    for (const required of EXPLAINER_SECTIONS) {
      if (!headings.some((h) => h.includes(required))) add(`发现缺少“## ${required}”一节，每篇解读都应有这一节`, offset + 1);
    }
    const faq = body.split(/^##\s+常见问题.*$/m)[1]?.split(/^##\s/m)[0];
    const faqCount = faq === undefined ? 0 : (faq.match(/^###\s/gm) ?? []).length;
    if (faq !== undefined && (faqCount < 3 || faqCount > 6)) {
      add(`“## 常见问题”发现 ${faqCount} 问，应为 3–6 问（每问一个 ### 标题）`, offset + lineOfHeading(body, '常见问题'));
    }
    const worked = body.split(/^##\s+算一算.*$/m)[1]?.split(/^##\s/m)[0];
    if (worked !== undefined && !worked.includes(TEACHING_CASE_LABEL)) {
      add(`“## 算一算”一节的人物和数字是编的，应标注“${TEACHING_CASE_LABEL}”`, offset + lineOfHeading(body, '算一算'));
    }
    for (const s of uncitedStatements(body, tree))
      add(`“主要规定”里的这句话没有写明依据的条文（应写上《某法》第N条，一般提示请写成以“提示：”开头的引用块）：${s.text}`, offset + s.line);
    const lawLines = (name: string) => {
      const statute = ctx.index.findStatute(name);
      return statute ? statuteTextLines(statute) : undefined;
    };
    for (const d of unsupportedVersionDates(body, lawLines, tree)) {
      add(
        d.known
          ? `“依据的法规版本”写的《${d.law}》${d.date}，法规库中该法规的文本没有写明这个日期，应改为文本中记载的日期`
          : `“依据的法规版本”写的《${d.law}》${d.date}，法规库中没有这部法规`,
        offset + d.line,
      );
    }
  } else {
    if (practice.length !== 1) {
      add(`发现 ${practice.length} 个 <PracticeQuiz ids={[…]} />，案例结尾应有且只有一个（2–3 道题）`, offset + lines.length - offset);
    } else if (practice[0]!.ids.length < 2 || practice[0]!.ids.length > 3) {
      add(`<PracticeQuiz> 发现 ${practice[0]!.ids.length} 道题，案例结尾的练习应为 2–3 道题`, practice[0]!.line);
    }
  }

  // Last, as it links the citations in the tree (the checks above read the tree as written).
  for (const p of citationProblems(tree, ctx.index)) add(p.message, (p.line ?? 1) + offset, p.column);
}

/** The 1-based body line of the `##` heading containing `title`. */
function lineOfHeading(body: string, title: string): number {
  const i = body.split(/\r?\n/).findIndex((l) => /^##\s/.test(l) && l.includes(title));
  return i < 0 ? 1 : i + 1;
}

/** Validates data with a schema; each issue becomes a problem at its field's line. Returns the data or undefined. */
function validate<T>(
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: import('astro/zod').z.ZodError } },
  data: unknown,
  file: string,
  source: YamlSource,
  problems: Problem[],
  where: { prefix?: readonly PropertyKey[]; label?: string } = {},
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(...schemaProblems(file, result.error, source.locate, where));
  return undefined;
}

/** Reads a YAML file with positions; syntax errors become problems (and undefined is returned). */
function readYaml(abs: string, file: string, problems: Problem[]): YamlSource | undefined {
  const text = readFileSync(abs, 'utf8');
  const source = readYamlSource(text);
  for (const e of source.errors) problems.push({ file, line: e.line, column: e.column, message: e.message });
  if (source.errors.length) return undefined;
  // Astro reads content YAML with js-yaml: what it rejects must not pass here.
  const other = jsYamlProblem(text, 0);
  if (other) {
    problems.push({ file, ...other });
    return undefined;
  }
  return source;
}

/** A syntax error js-yaml (Astro's YAML reader) finds where the `yaml` package found none. */
function jsYamlProblem(text: string, lineOffset: number): { line: number; column: number; message: string } | null {
  try {
    loadJsYaml(text);
    return null;
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return {
      line: (mark?.line ?? 0) + 1 + lineOffset,
      column: (mark?.column ?? 0) + 1,
      message: 'YAML 写法有误：无法解析这一行（检查缩进、冒号后的空格和引号是否配对）',
    };
  }
}

/** A page's file name is its URL segment: lowercase pinyin and dashes. */
function checkFileId(abs: string, file: string, problems: Problem[]): void {
  const id = basename(abs, extname(abs));
  if (!FILE_ID.test(id)) problems.push({ file, message: `发现文件名“${id}”，文件名就是网址，应只用小写拼音、数字和短横线（如 jingji-buchang）` });
}

/**
 * The files of a collection folder with one of the extensions (recursively when the collection's
 * loader reads subfolders). Any other file is a problem: the site would silently skip it.
 */
function listFiles(
  dir: string,
  extensions: string[],
  problems: Problem[],
  shown: (abs: string) => string,
  expected: string,
  recursive = false,
): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (name.startsWith('.')) continue;
    if (statSync(abs).isDirectory()) {
      if (recursive) out.push(...listFiles(abs, extensions, problems, shown, expected, true));
      else problems.push({ file: shown(abs), message: `发现子文件夹，这里的文件应直接放在 ${shown(dir)} 中，子文件夹里的文件不会被读取` });
      continue;
    }
    if (extensions.includes(extname(name).toLowerCase())) out.push(abs);
    else if (!/^readme(\.md)?$/i.test(name))
      problems.push({ file: shown(abs), message: `发现扩展名为“${extname(name) || '（无）'}”的文件，${expected}，否则不会被网站读取` });
  }
  return out;
}

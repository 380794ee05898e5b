/**
 * 成绩凭证码核分 (command line): finds the result codes in text or CSV files, grades them with the
 * quiz engine, and writes the report, the per-person results and the rejected codes as CSV files
 * that Excel opens correctly (UTF-8 with BOM).
 *
 *   npm run grade -- --quiz content/quizzes/<id>.yaml [options] codes1.txt codes2.csv …
 *
 * Options:
 *   --quiz <file>          the quiz definition (required); its file name is the quiz id
 *   --key <file>           the private answer key of a sealed quiz (JSON: a question list, or
 *                          { "questions": [...], "definitionHash": "…" }); used as the pool
 *   --pool <file>          the built pool (default dist/quiz/data/quiz-<id>.json, from npm run build)
 *   --roster <file>        CSV with the columns 姓名, 单位 of everyone expected to take part
 *   --out <file>           the report CSV (default 成绩报告-<id>.csv); next to it <name>-明细.csv
 *                          and <name>-无效凭证码.csv unless --results / --rejected say otherwise
 *   --results <file>       the per-person results CSV
 *   --rejected <file>      the rejected codes CSV
 *   --top <n>              how many to rank (default 10)
 *   --duplicates first|best   which attempt of one person counts (default: as the definition says)
 *   --definition-hash <h>  the version hash the codes must carry (default: computed like the quiz page)
 *   --collector <url>      also load every code the results collector received for this quiz
 *   --token <token>        the quiz's organiser token for --collector (or env PUFA_COLLECTOR_TOKEN)
 *   -                      read codes from standard input
 *
 * Run with the project's Node 24 (`npm run grade -- …` or `./node_modules/.bin/node scripts/grade.mjs …`):
 * it imports the TypeScript sources directly (see typescript-sources.mjs).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowTypeScriptSources } from './typescript-sources.mjs';

allowTypeScriptSources('无法直接运行 TypeScript 源码；请用 npm run grade -- … 或 ./node_modules/.bin/node scripts/grade.mjs …（Node 24）');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// npm runs scripts in the project folder; paths on the command line are relative to where npm was started.
const userDir = process.env.INIT_CWD ?? process.cwd();
const userPath = (file) => (file === '-' ? file : resolve(userDir, file));

const R = await import('../src/lib/results/index.ts');

/** Parses argv into options and code files. */
function parseArgs(argv) {
  const options = { files: [], top: 10 };
  const valued = new Set([
    '--quiz',
    '--key',
    '--pool',
    '--roster',
    '--out',
    '--results',
    '--rejected',
    '--top',
    '--duplicates',
    '--definition-hash',
    '--collector',
    '--token',
  ]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (valued.has(arg)) {
      const value = argv[++i];
      if (value === undefined) fail(`${arg} 后面缺少参数`);
      options[arg.slice(2).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = value;
    } else if (arg.startsWith('--')) {
      fail(`不认识的选项 ${arg}（用 --help 查看用法）`);
    } else {
      options.files.push(arg);
    }
  }
  return options;
}

function fail(message) {
  console.error(`错误：${message}`);
  process.exit(1);
}

function readText(file) {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(userPath(file), 'utf8');
  } catch (error) {
    fail(`读不到文件 ${file}（${error.code ?? error.message}）`);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readText(file));
  } catch (error) {
    fail(`${file} 不是有效的 JSON：${error.message}`);
  }
}

/** Loads and validates the quiz definition exactly as the site build does. */
async function loadQuiz(file) {
  // The YAML parser Astro uses for content collections (so dates parse identically), else ours.
  let yaml;
  try {
    yaml = createRequire(fileURLToPath(import.meta.resolve('astro')))('js-yaml');
  } catch {
    yaml = await import('js-yaml');
  }
  let data;
  try {
    data = yaml.load(readText(file));
  } catch (error) {
    fail(`${file} 不是有效的 YAML：${error.message}`);
  }
  const { quizSchema } = await import('../src/schemas/content.ts');
  const parsed = quizSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '（整个文件）'}：${issue.message}`);
    fail(`${file} 不符合答题定义的格式：\n${lines.join('\n')}`);
  }
  return parsed.data;
}

const HELP = `成绩凭证码核分：从文本或 CSV 文件中找出凭证码，按题库重新判分，写出 Excel 可直接打开的 CSV。

用法：npm run grade -- --quiz content/quizzes/<答题>.yaml [选项] 凭证码1.txt 凭证码2.csv …

  --quiz <文件>           答题定义（必填），文件名即答题编号
  --key <文件>            密封答题的答案文件（JSON），作为题库使用
  --pool <文件>           题库数据（默认 dist/quiz/data/quiz-<答题>.json，需先 npm run build）
  --roster <文件>         参加人员名单 CSV（列：姓名,单位），用于统计参与率和未参加人员
  --out <文件>            成绩报告 CSV（默认 成绩报告-<答题>.csv），同目录另写 -明细.csv 和 -无效凭证码.csv
  --results <文件>        每人成绩明细 CSV
  --rejected <文件>       不计分的凭证码及原因 CSV
  --top <人数>            排名显示前几名（默认 10）
  --duplicates first|best 同一人多次提交时按第一次还是最高分计（默认按答题定义）
  --definition-hash <值>  凭证码应带的题目版本（默认按答题页面的算法计算）
  --collector <网址>      从成绩收集服务载入本答题收到的全部凭证码（如 https://pufa.example.gov.cn/collector/）
  --token <令牌>          本答题的组织者令牌（rsct_ 开头），也可以用环境变量 PUFA_COLLECTOR_TOKEN
  -                       从标准输入读取凭证码

微信聊天记录可整段复制保存为 .txt，凭证码夹在其他文字中也能找到。`;

const started = performance.now();
const options = parseArgs(process.argv.slice(2));
if (options.help) {
  console.log(HELP);
  process.exit(0);
}
if (!options.quiz) fail('请用 --quiz 指定答题定义文件，如 --quiz content/quizzes/niandu-xuefa-kaoshi.yaml');
if (options.files.length === 0 && !options.collector) {
  fail('请给出至少一个凭证码文件（.txt 或 .csv，微信聊天记录可直接粘贴保存为 .txt），或用 - 从标准输入读取，或用 --collector 从收集服务载入');
}
const token = options.token ?? process.env.PUFA_COLLECTOR_TOKEN;
if (options.collector && !token) fail('--collector 需要本答题的组织者令牌：--token rsct_…（或设置环境变量 PUFA_COLLECTOR_TOKEN）');
if (options.token && !options.collector) fail('--token 要和 --collector 一起使用');
if (options.duplicates && !['first', 'best'].includes(options.duplicates)) fail('--duplicates 只能是 first（第一次）或 best（最高分）');
const top = Number(options.top);
if (!Number.isInteger(top) || top < 0) fail('--top 应为非负整数');

const quizId = basename(options.quiz, extname(options.quiz));
const quiz = await loadQuiz(options.quiz);

// The organiser page's engine grades here too, with the same checks of the pool or answer key.
const { Engine } = await import('../src/lib/organizer/engine.ts');
const { planQuiz } = await import('../src/lib/quiz/plan.ts');
const definition = options.duplicates ? { ...quiz, duplicates: options.duplicates } : quiz;

/** The quiz as the organiser page knows it, with the version hash codes must carry. */
function organizerQuiz(definitionHash, total) {
  return {
    id: quizId,
    title: quiz.title,
    kind: quiz.kind,
    sealed: quiz.sealed,
    definitionHash,
    total,
    quiz: { ...definition, opens: quiz.opens?.toISOString(), closes: quiz.closes?.toISOString() },
  };
}

const engine = new Engine();
let target;
if (options.key) {
  const text = readText(options.key);
  let hash = options.definitionHash;
  try {
    hash ??= JSON.parse(text.replace(/^\uFEFF/, '')).definitionHash;
  } catch {
    // checkAnswerKey explains what is wrong with the file.
  }
  target = organizerQuiz(String(hash ?? ''), 0);
  const loaded = engine.loadKey(target, text);
  if (!loaded.ok) fail(`${options.key}：${loaded.message}`);
} else {
  const poolFile = options.pool ?? join(root, `dist/quiz/data/quiz-${quizId}.json`);
  if (!existsSync(userPath(poolFile))) fail(`找不到题库数据 ${poolFile}：请先运行 npm run build，或用 --pool / --key 指定`);
  const pool = readJson(poolFile);
  let hash = options.definitionHash;
  if (!hash) {
    try {
      hash = planQuiz(quizId, quiz, pool).definitionHash;
    } catch (error) {
      fail(`${poolFile}：${error.message}`);
    }
  }
  target = organizerQuiz(hash, 0);
  const loaded = engine.loadPool(target, pool);
  if (!loaded.ok) fail(`${poolFile}：${loaded.message}（密封的答题请用 --key 指定答案文件）`);
}

const texts = options.files.map(readText);
const codes = texts.flatMap((text) => engine.extract(text).codes);
let collected;
if (options.collector) {
  const { collectorBase, loadFromCollector } = await import('../src/lib/organizer/collector.ts');
  const base = collectorBase(options.collector);
  if (!base) fail(`--collector ${options.collector} 不是网址（应形如 https://pufa.example.gov.cn/collector/）`);
  const loaded = await loadFromCollector({ base, quizId, token, after: '0', fetch: (url, init) => fetch(url, init) });
  if (!loaded.ok) fail(`从收集服务载入失败：${loaded.message}`);
  // Through the same extraction as pasted text and files, so a code counts the same whichever way it came.
  collected = { count: loaded.codes.length, late: loaded.late };
  codes.push(...engine.extract(loaded.codes.join('\n')).codes);
}
const rosterText = options.roster ? readText(options.roster) : undefined;

try {
  engine.grade(target, codes, rosterText, top);
} catch (error) {
  fail(error.message);
}
const { outcome, report } = engine.lastGrading();
const { graded, rejected } = outcome;
const maxScore = graded[0]?.maxScore ?? 0;

const out = options.out ?? `成绩报告-${quizId}.csv`;
const stem = out.replace(/\.csv$/i, '');
const files = [
  [out, engine.csv('report')],
  [options.results ?? `${stem}-明细.csv`, engine.csv('results')],
  [options.rejected ?? `${stem}-无效凭证码.csv`, engine.csv('rejected')],
];
for (const [file, text] of files) {
  try {
    mkdirSync(dirname(userPath(file)), { recursive: true });
    writeFileSync(userPath(file), text);
  } catch (error) {
    fail(`无法写入 ${file}（${error.code ?? error.message}）`);
  }
}

// Summary
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const byKind = new Map();
for (const r of rejected) byKind.set(r.reason.kind, (byKind.get(r.reason.kind) ?? 0) + 1);
console.log(`${quiz.title}（${quizId}，题目版本 ${target.definitionHash}）`);
if (collected) console.log(`从收集服务载入 ${collected.count} 个凭证码${collected.late ? `（其中 ${collected.late} 个是截止后收到的）` : ''}`);
console.log(`读取 ${texts.length} 个文件${collected ? '和收集服务' : ''}，找到 ${codes.length} 个凭证码`);
console.log(
  `计分 ${graded.length} 人` +
    (rejected.length > 0 ? `；不计分 ${rejected.length} 条：${[...byKind].map(([k, n]) => `${R.REJECT_KIND_LABELS[k]} ${n}`).join('，')}` : ''),
);
if (graded.length > 0) {
  console.log(
    `合格 ${report.overall.passed} 人，合格率 ${pct(report.overall.passRate)}，平均分 ${report.meanScore}（满分 ${maxScore}，合格线 ${quiz.passMark}）`,
  );
}
if (report.overall.expected !== undefined) {
  console.log(
    `名单 ${report.overall.expected} 人，已参加 ${report.overall.participated} 人，参与率 ${pct(report.overall.participationRate)}，未参加 ${report.missing.length} 人`,
  );
}
if (codes.length > 0 && byKind.get('other-version') === codes.length) {
  console.log('提示：所有凭证码的题目版本都不同。若答题定义或题库在发布后改过，请用发布时的版本核分；若只是本地题库数据过期，请重新 npm run build。');
}
const SHOWN = 20;
if (rejected.length > 0) {
  console.log(`\n不计分的凭证码${rejected.length > SHOWN ? `（前 ${SHOWN} 条，全部见 ${files[2][0]}）` : ''}：`);
  for (const r of rejected.slice(0, SHOWN)) console.log(`  ${R.formatRejection(r)}`);
}
console.log(`\n已写出：${files.map(([f]) => f).join('、')}`);
console.log(`用时 ${((performance.now() - started) / 1000).toFixed(2)} 秒`);

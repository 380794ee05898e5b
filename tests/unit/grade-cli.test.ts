/**
 * The grading command line (npm run grade) grades with the organiser page's engine, so an answer
 * key is checked as on the page: of this quiz, of this version, not edited by hand.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dump } from 'js-yaml';
import { SYNTHETIC_QUIZ_INPUT, seedOf, syntheticPool, syntheticQuiz } from '../fixtures/results/synthetic.ts';
import { drawQuestions } from '../../src/lib/quiz/draw.ts';
import { planQuiz, quotasOf } from '../../src/lib/quiz/plan.ts';
import { DEFAULT_REGISTRATION_FIELDS, encodeResult } from '../../src/lib/results/index.ts';

const NODE = join(process.cwd(), 'node_modules/.bin/node');
const dir = mkdtempSync(join(tmpdir(), 'grade-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pool = syntheticPool();
const quiz = syntheticQuiz({ sealed: true, kind: 'competition' });
const { definitionHash } = planQuiz('kaoshi', quiz, pool);
const byId = new Map(pool.map((q) => [q.id, q]));
const T0 = Date.UTC(2026, 5, 1, 1);

function code(n: number, name: string, right: number): string {
  const seed = seedOf(n);
  const paper = drawQuestions(pool, quotasOf(quiz), seed, { shuffleQuestions: true });
  return encodeResult(
    {
      version: 1,
      quizId: 'kaoshi',
      definitionHash,
      registration: { name, unit: '办公室' },
      seed,
      answers: paper.map((p, i) => (i < right ? byId.get(p.id)!.answer : [])),
      startedAt: T0,
      submittedAt: T0 + 600_000,
    },
    { fields: DEFAULT_REGISTRATION_FIELDS, optionCounts: paper.map((p) => byId.get(p.id)!.options.length) },
  );
}

writeFileSync(join(dir, 'kaoshi.yaml'), dump({ ...SYNTHETIC_QUIZ_INPUT, kind: 'competition', sealed: true }));
writeFileSync(join(dir, 'codes.txt'), `张三发来：${code(1, '张三', 50)}\n李四：${code(2, '李四', 10)}\n`);
const key = { quizId: 'kaoshi', title: quiz.title, definitionHash, questions: pool };

function grade(keyData: unknown): { status: number; out: string } {
  writeFileSync(join(dir, 'key.json'), JSON.stringify(keyData));
  try {
    const out = execFileSync(
      NODE,
      [
        'scripts/grade.mjs',
        '--quiz',
        join(dir, 'kaoshi.yaml'),
        '--key',
        join(dir, 'key.json'),
        '--out',
        join(dir, 'report.csv'),
        join(dir, 'codes.txt'),
      ],
      {
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
    return { status: 0, out };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { status: e.status, out: e.stderr };
  }
}

describe('npm run grade', () => {
  it('grades codes found in a chat with the answer key and writes the CSV exports', () => {
    const { status, out } = grade(key);
    expect(status).toBe(0);
    expect(out).toContain('计分 2 人');
    const results = readFileSync(join(dir, 'report-明细.csv'), 'utf8');
    expect(results.charCodeAt(0)).toBe(0xfeff);
    expect(results).toContain('张三');
    expect(results).toContain('李四');
  });
  it('refuses an answer key of another quiz, and one edited by hand, as the organiser page does', () => {
    expect(grade({ ...key, quizId: 'other' })).toMatchObject({ status: 1, out: expect.stringContaining('不是“合成测试考试”的') });
    const edited = { ...key, questions: pool.map((q, i) => (i === 0 ? { ...q, answer: [q.options.length - 1] } : q)) };
    expect(grade(edited)).toMatchObject({ status: 1, out: expect.stringContaining('文件可能被改动过或不完整') });
  });
});

/**
 * A real collector process (node collector/src/cli.ts) on a free port with a temporary SQLite
 * file, reading a manifest that publishes the test quiz; returns its URL and the sample token it prints.
 */
async function startCollector(): Promise<{ url: string; token: string; child: ChildProcess }> {
  const data = join(dir, 'collector-data');
  const manifest = join(dir, 'manifest.json');
  writeFileSync(
    manifest,
    JSON.stringify({
      version: 1,
      siteOrigin: 'https://pufa.example.gov.cn',
      quizzes: [
        {
          id: 'kaoshi',
          title: quiz.title,
          kind: 'competition',
          definitionHash,
          opens: null,
          closes: null,
          timeLimitMinutes: null,
          sealed: true,
          resultCodes: true,
          registration: DEFAULT_REGISTRATION_FIELDS,
        },
      ],
    }),
  );
  const child = spawn(NODE, ['collector/src/cli.ts'], {
    env: {
      ...process.env,
      COLLECTOR_PORT: '0',
      COLLECTOR_DATA_DIR: data,
      COLLECTOR_MANIFEST: manifest,
      COLLECTOR_LOG_LEVEL: 'warn',
      INIT_CWD: process.cwd(),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let url = '';
  let token = '';
  for await (const line of createInterface({ input: child.stdout! })) {
    url ||= /成绩收集服务已启动：(\S+)/.exec(line)?.[1] ?? '';
    token ||= /组织者示例令牌（.*kaoshi）：(\S+)/.exec(line)?.[1] ?? '';
    if (line.includes('按 Ctrl+C 停止服务')) break;
  }
  if (!url || !token) throw new Error('the collector did not start');
  return { url, token, child };
}

describe('npm run grade -- --collector', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  const run = promisify(execFile);
  const grading = (extra: string[]) =>
    run(NODE, ['scripts/grade.mjs', '--quiz', join(dir, 'kaoshi.yaml'), '--key', join(dir, 'key.json'), ...extra], { encoding: 'utf8' });
  const codes = [code(11, '王五', 50), code(12, '赵六', 30), code(13, '钱七', 0)];

  beforeAll(async () => {
    writeFileSync(join(dir, 'key.json'), JSON.stringify(key));
    collector = await startCollector();
    // Two participants' browsers submit; one submits twice (the service keeps it once).
    for (const c of [codes[0]!, codes[1]!, codes[0]!]) {
      const response = await fetch(`${collector.url}/v1/results`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: c });
      expect(response.status).toBeLessThan(300);
    }
  }, 60_000);
  afterAll(async () => {
    if (collector && collector.child.exitCode === null) {
      collector.child.kill('SIGTERM');
      await once(collector.child, 'exit');
    }
  });

  it('grades what the service received exactly as the same codes in a file', async () => {
    const fromService = await grading(['--collector', `${collector.url}/`, '--token', collector.token, '--out', join(dir, 'service.csv')]);
    expect(fromService.stdout).toContain('从收集服务载入 2 个凭证码');
    expect(fromService.stdout).toContain('计分 2 人');
    writeFileSync(join(dir, 'same.txt'), codes.slice(0, 2).join('\n'));
    await grading(['--out', join(dir, 'file.csv'), join(dir, 'same.txt')]);
    for (const suffix of ['', '-明细', '-无效凭证码']) {
      expect(readFileSync(join(dir, `service${suffix}.csv`), 'utf8'), suffix).toBe(readFileSync(join(dir, `file${suffix}.csv`), 'utf8'));
    }
    expect(readFileSync(join(dir, 'service-明细.csv'), 'utf8')).toContain('王五');

    // Codes from a file and from the service together: each person once.
    writeFileSync(join(dir, 'more.txt'), `${codes[0]}\n${codes[2]}`);
    const both = await grading(['--collector', collector.url, '--token', collector.token, '--out', join(dir, 'both.csv'), join(dir, 'more.txt')]);
    expect(both.stdout).toContain('计分 3 人');
  }, 60_000);

  it('refuses a wrong token with the reason and no report', async () => {
    const wrong = await grading(['--collector', collector.url, '--token', 'rsct_wrong', '--out', join(dir, 'wrong.csv')]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(wrong).toMatchObject({ code: 1, stderr: expect.stringContaining('令牌不对') });
    const missing = await grading(['--collector', collector.url]).catch((e: { code: number; stderr: string }) => e);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('需要本答题的组织者令牌') });
  }, 30_000);
});

/**
 * The grading command line (npm run grade) grades with the organiser page's engine, so an answer
 * key is checked as on the page: of this quiz, of this version, not edited by hand.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

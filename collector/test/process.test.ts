/**
 * The collector as an operator runs it: `node collector/src/cli.ts` with environment variables,
 * on SQLite and PostgreSQL. Sample tokens on first start, token CLI, logs without content,
 * graceful shutdown on SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCode, manifestData, testQuiz } from './codes.ts';
import { KINDS, freshDatabase, submit } from './harness.ts';
import { freePort } from './pg-cluster.ts';

const CLI = resolve(import.meta.dirname, '../src/cli.ts');
const quizA = testQuiz('jincheng-jingsai');
const quizB = testQuiz('jincheng-kaoshi', { kind: 'exam' });
const practice = testQuiz('jincheng-lianxi', { resultCodes: false, registration: null });

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the CLI and waits for its start-up line. */
async function startCli(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI], { env: { ...process.env, ...env, COLLECTOR_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collector did not start:\n${out}`)), 20_000);
    const check = () => {
      if (out.includes('按 Ctrl+C 停止服务')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`collector exited (${code}):\n${out}`));
    });
  });
  child.removeAllListeners('exit');
  return { child, url: `http://127.0.0.1:${port}`, output: () => out };
}

function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

function cli(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe.each(KINDS)('the collector process on %s', (kind) => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collector-process-'));
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify(manifestData([quizA, quizB, practice])));
    const db = await freshDatabase(kind);
    drop = db.drop;
    env = {
      COLLECTOR_MANIFEST: manifest,
      COLLECTOR_DATA_DIR: join(dir, 'data'),
      COLLECTOR_LOG_LEVEL: 'info',
      ...(db.url ? { DATABASE_URL: db.url } : {}),
    };
    delete process.env.DATABASE_URL;
  });
  afterAll(() => drop());

  it('prints one sample token per quiz with codes on the first start only, and logs no content', async () => {
    const first = await startCli(env);
    const tokens = [...first.output().matchAll(/组织者示例令牌（.*?）：(rsct_[\w-]+)/g)].map((m) => m[1]);
    expect(tokens).toHaveLength(2);
    expect(first.output()).toContain(quizA.id);
    expect(first.output()).not.toContain(`${practice.id}）：rsct_`);
    const code = makeCode(quizA, 1);
    const receipt = await (await submit(first.url, code)).json();
    const counts = await fetch(`${first.url}/v1/quizzes/${quizA.id}/counts`, { headers: { authorization: `Bearer ${tokens[0]}` } });
    expect(await counts.json()).toEqual({ quizId: quizA.id, total: 1, late: 0 });
    await fetch(`${first.url}/v1/quizzes/${quizA.id}/results?after=0`, { headers: { authorization: `Bearer ${tokens[0]}` } });
    first.child.kill('SIGTERM');
    expect(await stopped(first.child)).toBe(0);
    const log = first.output();
    // One line per request with method, route pattern and status; never the code, receipt, token or query.
    expect(log).toMatch(/"method":"POST","route":"\/v1\/results","status":201/);
    expect(log).toMatch(/"route":"\/v1\/quizzes\/:quizId\/results","status":200/);
    expect(log).not.toContain(code);
    expect(log).not.toContain(code.slice(3, 23));
    expect(log).not.toContain(receipt.signature);
    expect(log).not.toContain('after=0');
    expect(log.split(tokens[0]!).length).toBe(2); // printed once at start, never logged

    const second = await startCli(env);
    expect(second.output()).not.toContain('rsct_');
    // The stored result and its receipt survived the restart (same secret).
    const again = await (await submit(second.url, code)).json();
    expect(again).toEqual({ ...receipt, duplicate: true });
    second.child.kill('SIGTERM');
    await stopped(second.child);
  });

  it('creates, lists and revokes tokens from the command line', async () => {
    const created = cli(env, 'token', 'create', '--quiz', quizB.id, '--label', '政策法规科');
    expect(created.status).toBe(0);
    const token = /rsct_[\w-]+/.exec(created.out)![0];
    const id = Number(/编号 (\d+)/.exec(created.out)![1]);
    expect(cli(env, 'token', 'create', '--quiz', 'bu-cunzai').out).toMatch(/答题清单中没有 bu-cunzai/);
    expect(cli(env, 'token', 'create', '--quiz', practice.id).status).toBe(1);
    const list = cli(env, 'token', 'list', '--quiz', quizB.id);
    expect(list.out).toMatch(new RegExp(`${id}\\t${quizB.id}\\t有效.*政策法规科`));
    expect(list.out).not.toContain(token);

    const server = await startCli(env);
    const path = `${server.url}/v1/quizzes/${quizB.id}/counts`;
    expect((await fetch(path, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect(cli(env, 'token', 'revoke', String(id)).out).toMatch(/已撤销令牌/);
    // Revocation takes effect at once, also in the running process.
    expect((await fetch(path, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect(cli(env, 'token', 'list', '--quiz', quizB.id).out).toMatch(/已撤销/);
    expect(cli(env, 'token', 'revoke', '99999').status).toBe(1);
    server.child.kill('SIGTERM');
    await stopped(server.child);
  });

  it('finishes the requests in flight on SIGTERM: every receipt given is stored, the rest are refused', async () => {
    const server = await startCli({ ...env, COLLECTOR_LOG_LEVEL: 'silent' });
    const codes = Array.from({ length: 3000 }, (_, i) => makeCode(quizB, 10_000 + i));
    const answers: Array<{ status: number; body: { id: number } | null }> = [];
    let next = 0;
    let signalled = false;
    // 16 clients keep sending until their own request is refused or its connection fails.
    const worker = async () => {
      while (next < codes.length) {
        const c = codes[next++]!;
        const answer = await submit(server.url, c).then(
          async (r) => ({ status: r.status, body: await r.json().catch(() => null) }),
          () => ({ status: 0, body: null }),
        );
        answers.push(answer);
        if (!signalled && answers.length >= 50) {
          signalled = true;
          server.child.kill('SIGTERM');
        }
        if (answer.status !== 201) return;
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(signalled).toBe(true);
    expect(await stopped(server.child)).toBe(0);
    const receipts = answers.filter((a) => a.status === 201).map((a) => a.body!.id);
    expect(answers.every((a) => [201, 503, 0].includes(a.status))).toBe(true);
    expect(receipts.length).toBeGreaterThanOrEqual(50);
    expect(receipts.length).toBeLessThan(codes.length);

    const after = await startCli({ ...env, COLLECTOR_LOG_LEVEL: 'silent' });
    const token = /rsct_[\w-]+/.exec(cli(env, 'token', 'create', '--quiz', quizB.id).out)![0];
    const stored = new Set<number>();
    for (let cursor = '0', more = true; more;) {
      const page = await (
        await fetch(`${after.url}/v1/quizzes/${quizB.id}/results?after=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } })
      ).json();
      for (const r of page.results) stored.add(r.id);
      cursor = page.nextCursor;
      more = page.hasMore;
    }
    expect(receipts.filter((id) => !stored.has(id))).toEqual([]);
    after.child.kill('SIGTERM');
    await stopped(after.child);
  });

  it('refuses to start with a clear message when the manifest is missing or a setting is wrong', () => {
    const missing = cli({ ...env, COLLECTOR_MANIFEST: '/nonexistent/manifest.json' });
    expect(missing.status).toBe(1);
    expect(missing.out).toMatch(/找不到答题清单.*npm run build/);
    const badPort = cli({ ...env, COLLECTOR_PORT: 'abc' });
    expect(badPort.out).toMatch(/COLLECTOR_PORT=abc 不对/);
  });
});

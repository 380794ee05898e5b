/**
 * npm run bench:collector — the results collector under load on loopback (a benchmark, not a test):
 *
 *   1. throughput: 100,000 valid unique codes from 200 concurrent connections (autocannon),
 *      against SQLite and against PostgreSQL: requests/s, p50 / p99 latency;
 *   2. kill -9 of the collector mid-run, then restart (SQLite and PostgreSQL): every code that got
 *      a receipt is stored under that receipt's id, clients without a receipt retry, each code is
 *      stored once;
 *   3. PostgreSQL stopped (immediate, like a crash) and started again mid-run: the same;
 *   4. two collector processes on one PostgreSQL, every code sent to both at once: stored = unique;
 *   5. 10,000 malformed, oversized and garbage bodies: every one answered 4xx with a reason, the
 *      service stays up, its memory (RSS) flat.
 *
 * Everything runs here: a throwaway PostgreSQL cluster (initdb + pg_ctl, see test/pg-cluster.ts),
 * collector processes started with `node collector/src/cli.ts` exactly as `npm run collector`
 * does (request log at info level into a file), clients in this process. Only 127.0.0.1 is used.
 *
 *   BENCH_COUNT=100000  valid submissions per throughput run
 *   BENCH_CONNECTIONS=200
 *   BENCH_FAULT_COUNT=20000  submissions per fault run
 *   BENCH_ONLY=sqlite,postgres,kill,pg-restart,two,garbage   run only these parts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import pg from 'pg';
import { corruptCode, makeCode, manifestData, testQuiz } from '../test/codes.ts';
import { freePort, startPgCluster, type PgCluster } from '../test/pg-cluster.ts';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const FAULT_COUNT = Number(process.env.BENCH_FAULT_COUNT ?? 20_000);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'sqlite,postgres,kill,pg-restart,two,garbage').split(',').map((s) => s.trim()));
const CLI = resolve(import.meta.dirname, '../src/cli.ts');

const quiz = testQuiz('bench-jingsai');
const work = mkdtempSync(join(tmpdir(), 'collector-bench-'));
const manifestFile = join(work, 'manifest.json');
writeFileSync(manifestFile, JSON.stringify(manifestData([quiz])));

const table: Array<[string, string, string]> = [];
const budgets: Array<{ what: string; ok: boolean }> = [];
const row = (scenario: string, figure: string, value: string) => {
  table.push([scenario, figure, value]);
  console.log(`  ${scenario} · ${figure}: ${value}`);
};
const budget = (what: string, ok: boolean) => budgets.push({ what, ok });

// ---------------------------------------------------------------------------------------------
// Collector processes

interface Collector {
  child: ChildProcess;
  url: string;
  port: number;
  env: Record<string, string>;
}

async function startCollector(env: Record<string, string>, port?: number): Promise<Collector> {
  const p = port ?? (await freePort());
  const logFd = openSync(join(work, `collector-${p}.log`), 'a');
  const fullEnv = {
    ...process.env,
    COLLECTOR_MANIFEST: manifestFile,
    COLLECTOR_PORT: String(p),
    COLLECTOR_RATE_LIMIT: '0',
    COLLECTOR_SAMPLE_TOKENS: '0',
    COLLECTOR_SECRET: 'bench-secret-0123456789-0123456789-0123456789',
    ...(process.env.BENCH_LOG_LEVEL ? { COLLECTOR_LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : {}),
    ...env,
  };
  const child = spawn(process.execPath, [CLI], { env: fullEnv, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const url = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`collector exited with ${child.exitCode}; see ${work}/collector-${p}.log`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('collector did not start within 30 s');
    await sleep(50);
  }
  return { child, url, port: p, env };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

async function stopCollector(c: Collector): Promise<void> {
  c.child.kill('SIGTERM');
  await exited(c.child);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process, in MiB. */
function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

// ---------------------------------------------------------------------------------------------
// Databases, read directly (not through the service under test)

interface StoredRow {
  id: number;
  code: string;
}

function sqliteRows(file: string): StoredRow[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db
      .prepare('SELECT id, code FROM results ORDER BY id')
      .all()
      .map((r) => ({ id: Number(r.id), code: String(r.code) }));
  } finally {
    db.close();
  }
}

async function pgRows(url: string): Promise<StoredRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT id, code FROM results ORDER BY id')).rows.map((r) => ({ id: Number(r.id), code: String(r.code) }));
  } finally {
    await client.end();
  }
}

async function pgAdmin(cluster: PgCluster, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let dbCounter = 0;
async function freshPg(cluster: PgCluster): Promise<string> {
  const name = `bench_${++dbCounter}`;
  await pgAdmin(cluster, `CREATE DATABASE ${name}`);
  return cluster.urlFor(name);
}

function freshSqliteDir(): string {
  return mkdtempSync(join(work, 'sqlite-'));
}

// ---------------------------------------------------------------------------------------------
// 1. Throughput with autocannon

function codes(count: number, salt: string): string[] {
  return Array.from({ length: count }, (_, i) => makeCode(quiz, i, { salt }));
}

async function throughput(
  label: string,
  env: Record<string, string>,
  rows: () => Promise<StoredRow[]>,
  minRate: number,
  maxP99?: number,
): Promise<void> {
  const list = codes(COUNT, label);
  const collector = await startCollector(env);
  let next = 0;
  const result = await autocannon({
    url: `${collector.url}/v1/results`,
    connections: CONNECTIONS,
    amount: COUNT,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          request.body = list[next++ % list.length];
          return request;
        },
      },
    ],
  } as unknown as autocannon.Options);
  const rss = rssMiB(collector.child.pid!);
  await stopCollector(collector);
  const stored = await rows();
  const unique = new Set(stored.map((r) => r.code)).size;
  const rate = result.requests.total / result.duration;
  const status201 = Number((result.statusCodeStats as Record<string, { count: number }>)['201']?.count ?? 0);
  row(
    label,
    'requests',
    `${result.requests.total} in ${result.duration.toFixed(1)} s, ${status201} × 201, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
  );
  row(label, 'throughput', `${Math.round(rate)} /s`);
  row(label, 'latency p50 / p99 / max', `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms`);
  row(label, 'stored rows (unique codes)', `${stored.length} (${unique})`);
  row(label, 'collector RSS at end', `${rss.toFixed(0)} MiB`);
  budget(`${label}: ≥ ${minRate}/s`, rate >= minRate);
  if (maxP99 !== undefined) budget(`${label}: p99 ≤ ${maxP99} ms`, result.latency.p99 <= maxP99);
  budget(`${label}: all ${COUNT} stored once, all answered 201`, stored.length === COUNT && unique === COUNT && status201 === COUNT);
}

// ---------------------------------------------------------------------------------------------
// 2–4. Clients that keep their receipts and retry until they have one

interface Ledger {
  /** code → receipt id, for every code that got a receipt */
  receipts: Map<string, number>;
  /** Attempts that ended without a receipt (connection refused or reset, 503, time-out) */
  failedAttempts: number;
  /** Receipts answered "duplicate": the code had been stored by an attempt whose answer was lost */
  duplicates: number;
  /** Answers that are neither receipts nor 503 (should be 0) */
  unexpected: number;
}

/**
 * Sends every code until it has a receipt: `concurrency` clients, each retrying its code after
 * a failure (50 ms back-off) and only then taking the next. `target(i)` picks the collector.
 * `onProgress` is called after each receipt with the number so far.
 */
async function sendAll(
  list: string[],
  targets: () => string,
  concurrency: number,
  onProgress: (receipts: number) => void | Promise<void>,
): Promise<Ledger> {
  const ledger: Ledger = { receipts: new Map(), failedAttempts: 0, duplicates: 0, unexpected: 0 };
  let next = 0;
  const deadline = Date.now() + 300_000;
  const client = async () => {
    while (next < list.length) {
      const code = list[next++]!;
      for (;;) {
        if (Date.now() > deadline) throw new Error('fault run did not finish within 5 minutes');
        try {
          const res = await fetch(`${targets()}/v1/results`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain; charset=utf-8' },
            body: code,
            signal: AbortSignal.timeout(10_000),
          });
          const body = (await res.json()) as { id?: number; duplicate?: boolean };
          if (res.status === 201 || res.status === 200) {
            ledger.receipts.set(code, body.id!);
            if (body.duplicate) ledger.duplicates++;
            await onProgress(ledger.receipts.size);
            break;
          }
          if (res.status !== 503) ledger.unexpected++;
        } catch {
          // refused, reset or timed out: no receipt
        }
        ledger.failedAttempts++;
        await sleep(50);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return ledger;
}

/** Every receipt's id holds its code; every code stored once; stored = unique codes sent. */
function audit(label: string, list: string[], ledger: Ledger, stored: StoredRow[]): void {
  const byId = new Map(stored.map((r) => [r.id, r.code]));
  let lost = 0;
  for (const [code, id] of ledger.receipts) if (byId.get(id) !== code) lost++;
  const unique = new Set(list).size;
  const storedUnique = new Set(stored.map((r) => r.code)).size;
  row(label, 'receipts given / codes sent', `${ledger.receipts.size} / ${unique}`);
  row(label, 'attempts without receipt (retried)', String(ledger.failedAttempts));
  row(label, 'retries answered "already stored"', String(ledger.duplicates));
  row(label, 'receipts whose row is missing (lost)', String(lost));
  row(label, 'stored rows / distinct codes stored', `${stored.length} / ${storedUnique}`);
  budget(
    `${label}: 0 lost, each code stored once, stored = sent`,
    lost === 0 && ledger.unexpected === 0 && stored.length === unique && storedUnique === unique && ledger.receipts.size === unique,
  );
}

async function killNine(label: string, env: Record<string, string>, rows: () => Promise<StoredRow[]>): Promise<void> {
  const list = codes(FAULT_COUNT, `${label}-kill`);
  let collector = await startCollector(env);
  const port = collector.port;
  let killed = false;
  let restartedAfterMs = 0;
  let killedAt = 0;
  const ledger = await sendAll(
    list,
    () => collector.url,
    CONNECTIONS,
    async (n) => {
      if (!killed && n >= FAULT_COUNT / 3) {
        killed = true;
        killedAt = n;
        const t0 = Date.now();
        collector.child.kill('SIGKILL');
        await exited(collector.child);
        collector = await startCollector(env, port);
        restartedAfterMs = Date.now() - t0;
      }
    },
  );
  await stopCollector(collector);
  row(label, 'kill -9', `after ${killedAt} receipts; back after ${restartedAfterMs} ms`);
  audit(label, list, ledger, await rows());
}

async function pgRestart(cluster: PgCluster): Promise<void> {
  const label = 'PostgreSQL restarted mid-run';
  const url = await freshPg(cluster);
  const list = codes(FAULT_COUNT, 'pg-restart');
  const collector = await startCollector({ DATABASE_URL: url });
  let restarted = false;
  let outageMs = 0;
  let at = 0;
  const ledger = await sendAll(
    list,
    () => collector.url,
    CONNECTIONS,
    async (n) => {
      if (!restarted && n >= FAULT_COUNT / 3) {
        restarted = true;
        at = n;
        const t0 = Date.now();
        cluster.stop('immediate');
        await sleep(1000);
        cluster.start();
        outageMs = Date.now() - t0;
      }
    },
  );
  const healthy = (await fetch(`${collector.url}/health`)).ok;
  await stopCollector(collector);
  row(label, 'pg_ctl stop -m immediate, start', `after ${at} receipts; down ${outageMs} ms; collector healthy afterwards: ${healthy}`);
  audit(label, list, ledger, await pgRows(url));
  budget(`${label}: collector stayed up`, healthy);
}

async function twoProcesses(cluster: PgCluster): Promise<void> {
  const label = 'two collectors, one PostgreSQL';
  const url = await freshPg(cluster);
  const a = await startCollector({ DATABASE_URL: url });
  const b = await startCollector({ DATABASE_URL: url });
  const unique = codes(FAULT_COUNT, 'two');
  // Every code twice, once to each process, the two sends side by side.
  const list = unique.flatMap((c) => [c, c]);
  let turn = 0;
  const receipts = await sendAll(
    list,
    () => (turn++ % 2 ? b.url : a.url),
    CONNECTIONS,
    () => {},
  );
  await stopCollector(a);
  await stopCollector(b);
  const stored = await pgRows(url);
  const storedUnique = new Set(stored.map((r) => r.code)).size;
  row(label, 'submissions (each code to both)', `${list.length} for ${unique.length} codes`);
  row(label, 'stored rows / distinct codes stored', `${stored.length} / ${storedUnique}`);
  const byId = new Map(stored.map((r) => [r.id, r.code]));
  let lost = 0;
  for (const [code, id] of receipts.receipts) if (byId.get(id) !== code) lost++;
  row(label, 'receipts whose row is missing (lost)', String(lost));
  row(label, 'answered "already stored"', String(receipts.duplicates));
  budget(
    `${label}: stored = unique codes sent`,
    stored.length === unique.length && storedUnique === unique.length && lost === 0 && receipts.duplicates === unique.length,
  );
}

// ---------------------------------------------------------------------------------------------
// 5. Garbage

function garbageBodies(count: number): Array<{ body: string | Buffer; type: string }> {
  const valid = codes(200, 'garbage-source');
  const out: Array<{ body: string | Buffer; type: string }> = [];
  for (let i = 0; i < count; i++) {
    const c = valid[i % valid.length]!;
    switch (i % 10) {
      case 0:
        out.push({ body: corruptCode(c, 5 + (i % 60)), type: 'text/plain' });
        break;
      case 1:
        out.push({ body: c.slice(0, 10 + (i % 40)), type: 'text/plain' });
        break;
      case 2:
        out.push({ body: Buffer.from(Array.from({ length: 200 + (i % 1500) }, (_, k) => (k * 131 + i) & 0xff)), type: 'text/plain' });
        break;
      case 3:
        out.push({ body: 'x'.repeat(3000 + (i % 5000)), type: 'text/plain' });
        break; // over the 2 KB limit
      case 4:
        out.push({ body: 'A'.repeat(i % 7 === 0 ? 1_000_000 : 64 * 1024), type: 'text/plain' });
        break; // far over
      case 5:
        out.push({ body: `{"code": ${i}`, type: 'application/json' });
        break;
      case 6:
        out.push({ body: JSON.stringify({ code: { nested: c } }), type: 'application/json' });
        break;
      case 7:
        out.push({ body: `code=${c}`, type: 'application/x-www-form-urlencoded' });
        break;
      case 8:
        out.push({ body: makeCode(testQuiz(`unknown-${i % 13}`), i), type: 'text/plain' });
        break;
      default:
        out.push({ body: 'RS1' + '我'.repeat(i % 300), type: 'text/plain' });
    }
  }
  return out;
}

async function garbage(): Promise<void> {
  const label = 'garbage (SQLite)';
  const dir = freshSqliteDir();
  const collector = await startCollector({ COLLECTOR_DATA_DIR: dir });
  const bodies = garbageBodies(10_000);
  const send = async (part: typeof bodies) => {
    const answers: Array<{ status: number; ok: boolean }> = [];
    let next = 0;
    const client = async () => {
      while (next < part.length) {
        const { body, type } = part[next++]!;
        try {
          const res = await fetch(`${collector.url}/v1/results`, {
            method: 'POST',
            headers: { 'content-type': type },
            body: body as unknown as BodyInit,
          });
          const json = (await res.json().catch(() => null)) as { error?: string; message?: string } | null;
          answers.push({
            status: res.status,
            ok: res.status >= 400 && res.status < 500 && !!json?.error && /[\u4e00-\u9fff]/.test(json.message ?? ''),
          });
        } catch {
          answers.push({ status: 0, ok: false });
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, client));
    return answers;
  };
  await send(garbageBodies(2000)); // warm-up: JIT, buffers, heap size
  const rss = [rssMiB(collector.child.pid!)];
  const answers: Array<{ status: number; ok: boolean }> = [];
  // The 10,000 bodies three times, RSS after every 2,000: V8's heap grows to its working size
  // during the first passes; a leak would keep growing through the last.
  for (let round = 0; round < 15; round++) {
    const from = (round % 5) * 2000;
    answers.push(...(await send(bodies.slice(from, from + 2000))));
    rss.push(rssMiB(collector.child.pid!));
  }
  const byStatus = new Map<number, number>();
  for (const a of answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  const healthy = (await fetch(`${collector.url}/health`)).ok;
  await stopCollector(collector);
  const stored = sqliteRows(join(dir, 'collector.sqlite')).length;
  const good = answers.filter((a) => a.ok).length;
  row(label, 'bodies answered 4xx with a Chinese reason (all passes)', `${good} / ${answers.length}`);
  row(
    label,
    'status codes',
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(', '),
  );
  row(label, 'collector RSS after warm-up, then every 2,000 (10,000 bodies three times)', `${rss.map((m) => m.toFixed(0)).join(' → ')} MiB`);
  row(label, 'rows stored / healthy afterwards', `${stored} / ${healthy}`);
  budget(`${label}: every body 4xx with a reason, nothing stored, still up`, good === answers.length && stored === 0 && healthy);
  const growth = rss[15]! - rss[10]!;
  row(
    label,
    'RSS growth during each pass of 10,000',
    `${(rss[5]! - rss[0]!).toFixed(1)} / ${(rss[10]! - rss[5]!).toFixed(1)} / ${growth.toFixed(1)} MiB`,
  );
  budget(`${label}: RSS flat (the third pass of 10,000 grows it by < 10 MiB)`, growth < 10);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  console.log(`成绩收集服务基准（回环地址，${CONNECTIONS} 个并发连接）…`);
  const cluster = await startPgCluster();
  try {
    const sqliteDir = freshSqliteDir();
    if (ONLY.has('sqlite')) console.log('\n[1] throughput, SQLite');
    if (ONLY.has('sqlite'))
      await throughput(
        'SQLite (WAL, synchronous=FULL)',
        { COLLECTOR_DATA_DIR: sqliteDir },
        async () => sqliteRows(join(sqliteDir, 'collector.sqlite')),
        2000,
        100,
      );
    if (ONLY.has('postgres')) console.log('\n[1] throughput, PostgreSQL');
    const pgUrl = await freshPg(cluster);
    if (ONLY.has('postgres')) await throughput('PostgreSQL (synchronous_commit=on)', { DATABASE_URL: pgUrl }, () => pgRows(pgUrl), 1000);

    if (ONLY.has('kill')) console.log('\n[2] kill -9 mid-run');
    const killDir = freshSqliteDir();
    if (ONLY.has('kill'))
      await killNine('kill -9, SQLite', { COLLECTOR_DATA_DIR: killDir }, async () => sqliteRows(join(killDir, 'collector.sqlite')));
    const killPg = await freshPg(cluster);
    if (ONLY.has('kill')) await killNine('kill -9, PostgreSQL', { DATABASE_URL: killPg }, () => pgRows(killPg));

    if (ONLY.has('pg-restart')) console.log('\n[3] PostgreSQL restarted mid-run');
    if (ONLY.has('pg-restart')) await pgRestart(cluster);

    if (ONLY.has('two')) console.log('\n[4] two collector processes on one PostgreSQL');
    if (ONLY.has('two')) await twoProcesses(cluster);

    if (ONLY.has('garbage')) console.log('\n[5] garbage');
    if (ONLY.has('garbage')) await garbage();
  } finally {
    cluster.destroy();
    rmSync(work, { recursive: true, force: true });
  }

  const width = [0, 1, 2].map((i) => Math.max(...table.map((r) => [...r[i]!].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(width[i]! - [...c].length)).join(' | ')} |`;
  console.log('\n' + line(['scenario', 'figure', 'value']));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of table) console.log(line(r));
  console.log('\nBudgets:');
  for (const b of budgets) console.log(`  ${b.ok ? 'PASS' : 'FAIL'}  ${b.what}`);
  if (budgets.some((b) => !b.ok)) process.exitCode = 1;
}

await main();

/** Test harness: a real database (SQLite file or a fresh PostgreSQL database) and a listening collector. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Config } from '../src/config.ts';
import { buildApp } from '../src/http/app.ts';
import type { Manifest } from '../src/manifest.ts';
import { PostgresStorage } from '../src/storage/postgres.ts';
import { SqliteStorage } from '../src/storage/sqlite.ts';
import type { Storage } from '../src/storage/types.ts';

export type Kind = 'sqlite' | 'postgres';
export const KINDS: Kind[] = ['sqlite', 'postgres'];

let counter = 0;

/** A connection string for `database` on the test cluster. */
export function pgUrlFor(database: string): string {
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs SQL on the cluster's maintenance database. */
export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('pgUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty database; returns how to open storage on it (several times: several "processes") and how to drop it. */
export async function freshDatabase(kind: Kind): Promise<{ open: () => Storage; url?: string; file?: string; drop: () => Promise<void> }> {
  const name = `t${process.pid}_${++counter}_${Date.now().toString(36)}`;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'collector-sqlite-'));
    const file = join(dir, 'collector.sqlite');
    return { file, open: () => new SqliteStorage(file), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = pgUrlFor(name);
  return { url, open: () => new PostgresStorage(url, 10), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export const TEST_SECRET = 'test-secret-0123456789-0123456789-abcdef';

export interface TestApp {
  url: string;
  storage: Storage;
  close: () => Promise<void>;
}

/** A migrated database and a collector listening on a free loopback port. */
export async function startTestApp(
  kind: Kind,
  manifest: Manifest,
  config: Partial<Config> = {},
): Promise<TestApp & { drop: () => Promise<void>; reopen: () => Storage }> {
  const db = await freshDatabase(kind);
  const storage = db.open();
  await storage.migrate();
  const app = await buildApp({
    config: { allowedOrigins: null, devOrigins: false, rateLimit: 0, trustProxy: false, logLevel: 'silent', bodyLimit: 2048, ...config },
    manifest,
    storage,
    secret: TEST_SECRET,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
    await storage.close();
  };
  return {
    url,
    storage,
    close,
    drop: async () => {
      await close();
      await db.drop();
    },
    reopen: db.open,
  };
}

/** POST a code as text/plain. */
export function submit(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/v1/results`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body });
}

/** Storage adapters against real databases: migrations, idempotency across "processes", cursors under concurrent writers, failures. */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import { MIGRATIONS } from '../src/storage/migrations.ts';
import { sha256Hex } from '../src/validate.ts';
import type { NewResult } from '../src/storage/types.ts';
import { makeCode, testManifest, testQuiz } from './codes.ts';
import { KINDS, TEST_SECRET, freshDatabase, submit } from './harness.ts';

const quiz = testQuiz('cunchu-ceshi');
const result = (n: number, salt = 's'): NewResult => {
  const code = makeCode(quiz, n, { salt });
  return { quizId: quiz.id, code, sha256: sha256Hex(code), receivedAt: Date.UTC(2026, 4, 20) + n, late: false };
};

describe.each(KINDS)('%s storage', (kind) => {
  it('applies migrations once; running them again (also from two processes at once) changes nothing', async () => {
    const db = await freshDatabase(kind);
    const a = db.open();
    const b = db.open();
    try {
      const [first, second] = await Promise.all([a.migrate(), b.migrate()]);
      expect([...first, ...second]).toEqual(MIGRATIONS.map((m) => `${m.version} ${m.name}`));
      expect(await a.migrate()).toEqual([]);
      const stored = await a.insertResult(result(1));
      expect(await b.migrate()).toEqual([]);
      expect((await b.listResults(quiz.id, 0, 10)).map((r) => r.id)).toEqual([stored.result.id]);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });

  it('keeps one receipt secret for every process', async () => {
    const db = await freshDatabase(kind);
    const a = db.open();
    const b = db.open();
    try {
      await a.migrate();
      await b.migrate();
      const [s1, s2] = await Promise.all([a.secret(() => 'first-generated-secret'), b.secret(() => 'second-generated-secret')]);
      expect(s1).toBe(s2);
      expect(await a.secret(() => 'never-used')).toBe(s1);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });

  it('stores a code once when two processes insert it at the same time', async () => {
    const db = await freshDatabase(kind);
    const a = db.open();
    const b = db.open();
    try {
      await a.migrate();
      await b.migrate();
      const items = Array.from({ length: 200 }, (_, i) => result(i % 50));
      const outcomes = await Promise.all(items.map((r, i) => (i % 2 ? a : b).insertResult(r)));
      expect(outcomes.filter((o) => o.created)).toHaveLength(50);
      const byHash = new Map<string, number>();
      for (const o of outcomes) {
        const id = byHash.get(o.result.sha256);
        if (id === undefined) byHash.set(o.result.sha256, o.result.id);
        else expect(o.result.id).toBe(id);
      }
      expect(await a.countResults(quiz.id)).toEqual({ total: 50, late: 0 });
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });

  it('never lets a cursor skip a row while other processes write', async () => {
    const db = await freshDatabase(kind);
    const writers = [db.open(), db.open(), db.open()];
    const reader = db.open();
    try {
      for (const s of [...writers, reader]) await s.migrate();
      const total = 600;
      let next = 0;
      const write = async (s: (typeof writers)[number]) => {
        while (next < total) await s.insertResult(result(next++, 'cursor'));
      };
      const writing = Promise.all(writers.map(write));
      const seen: number[] = [];
      let cursor = 0;
      let done = false;
      writing.then(() => (done = true));
      while (!done || seen.length < total) {
        const page = await reader.listResults(quiz.id, cursor, 37);
        for (const r of page) seen.push(r.id);
        if (page.length) cursor = page[page.length - 1]!.id;
        else if (done) break;
        // Let the writers run (SQLite's adapter resolves at once; its commits wait for setImmediate).
        else await new Promise((resolve) => setImmediate(resolve));
      }
      await writing;
      const all = (await reader.listResults(quiz.id, 0, 10_000)).map((r) => r.id);
      expect(all).toHaveLength(total);
      expect(seen).toEqual(all);
    } finally {
      for (const s of [...writers, reader]) await s.close();
      await db.drop();
    }
  });

  it('answers 503 without a receipt when the database fails, and health says so', async () => {
    const db = await freshDatabase(kind);
    const storage = db.open();
    await storage.migrate();
    const app = await buildApp({
      config: { allowedOrigins: null, devOrigins: false, rateLimit: 0, trustProxy: false, logLevel: 'silent', bodyLimit: 2048 },
      manifest: testManifest([quiz]),
      storage,
      secret: TEST_SECRET,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      expect((await submit(url, makeCode(quiz, 1))).status).toBe(201);
      // A real failure: the SQLite file closed underneath, or the PostgreSQL database dropped.
      if (kind === 'sqlite') await storage.close();
      else await db.drop();
      const res = await submit(url, makeCode(quiz, 2));
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body).toMatchObject({ error: 'storage-unavailable' });
      expect(body.message).toMatch(/稍后再试/);
      expect(body).not.toHaveProperty('signature');
      expect(res.headers.get('retry-after')).toBe('5');
      expect((await fetch(`${url}/health`)).status).toBe(503);
    } finally {
      await app.close();
      await storage.close().catch(() => {});
      await db.drop().catch(() => {});
    }
  });
});

describe('postgres results table', () => {
  it('is protected by a unique index on the code hash (a second row with the same hash is refused by the database)', async () => {
    const db = await freshDatabase('postgres');
    const s = db.open();
    try {
      await s.migrate();
      await s.insertResult(result(1));
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: db.url });
      await client.connect();
      const r = result(1);
      await expect(
        client.query('INSERT INTO results (quiz_id, code, code_sha256, received_at, late) VALUES ($1, $2, $3, now(), false)', [
          r.quizId,
          r.code,
          r.sha256,
        ]),
      ).rejects.toThrow(/duplicate key/);
      await client.end();
    } finally {
      await s.close();
      await db.drop();
    }
  });
});

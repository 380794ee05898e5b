/**
 * The collector over HTTP against a real SQLite file and a real PostgreSQL database: the same
 * tests for both adapters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken, hashToken } from '../src/tokens.ts';
import { verifyReceipt } from '../src/receipt.ts';
import { sha256Hex } from '../src/validate.ts';
import { corruptCode, formatTestCode, makeCode, testManifest, testQuiz } from './codes.ts';
import { KINDS, TEST_SECRET, startTestApp, submit, type TestApp } from './harness.ts';

const open = testQuiz('ceshi-jingsai');
const other = testQuiz('lingyi-jingsai');
const closed = testQuiz('yijing-jieshu', { opens: '2020-01-01T00:00:00.000Z', closes: '2020-02-01T00:00:00.000Z' });
const future = testQuiz('hai-mei-kaishi', { opens: '2099-01-01T00:00:00.000Z' });
const noCodes = testQuiz('lianxi-kaoshi', { resultCodes: false, registration: null });
const manifest = testManifest([open, other, closed, future, noCodes]);
const SITE = 'https://pufa.example.gov.cn';

describe.each(KINDS)('collector on %s', (kind) => {
  let t: TestApp & { drop: () => Promise<void> };
  let token: string;
  let otherToken: string;
  const auth = (tok = token) => ({ authorization: `Bearer ${tok}` });
  const salt = `${kind}-${Date.now()}`;
  const code = (n: number, quiz = open) => makeCode(quiz, n, { salt });

  beforeAll(async () => {
    t = await startTestApp(kind, manifest);
    token = generateToken();
    otherToken = generateToken();
    await t.storage.addToken(open.id, hashToken(token), 'test', Date.now());
    await t.storage.addToken(other.id, hashToken(otherToken), 'other', Date.now());
  });
  afterAll(() => t.drop());

  it('answers a valid code with a signed receipt, after storing it', async () => {
    const c = code(1);
    const before = Date.now();
    const res = await submit(t.url, c);
    expect(res.status).toBe(201);
    const receipt = await res.json();
    expect(receipt).toMatchObject({ quizId: open.id, late: false, duplicate: false });
    expect(Number.isInteger(receipt.id)).toBe(true);
    const at = Date.parse(receipt.receivedAt);
    expect(at).toBeGreaterThanOrEqual(before - 1);
    expect(at).toBeLessThanOrEqual(Date.now() + 1);
    expect(verifyReceipt(TEST_SECRET, receipt, sha256Hex(c))).toBe(true);
    expect(verifyReceipt(TEST_SECRET, { ...receipt, id: receipt.id + 1 }, sha256Hex(c))).toBe(false);
    expect(verifyReceipt(TEST_SECRET, receipt, sha256Hex(code(2)))).toBe(false);
    const rows = await t.storage.listResults(open.id, receipt.id - 1, 1);
    expect(rows[0]).toMatchObject({ id: receipt.id, code: c, sha256: sha256Hex(c), receivedAt: at, late: false });
  });

  it('gives the same receipt for the same code, also typed grouped, in lower case or as JSON', async () => {
    const c = code(3);
    const first = await (await submit(t.url, c)).json();
    for (const variant of [c, formatTestCode(c), `  ${c.toLowerCase()}\n`]) {
      const res = await submit(t.url, variant);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ...first, duplicate: true });
    }
    const json = await fetch(`${t.url}/v1/results`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: c }),
    });
    expect(json.status).toBe(200);
    expect((await json.json()).signature).toBe(first.signature);
    expect((await t.storage.countResults(open.id)).total).toBe(2);
  });

  it('stores concurrent submissions of one code once, and every sender gets that receipt', async () => {
    const c = code(4);
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => submit(t.url, c).then(async (r) => ({ status: r.status, body: await r.json() }))),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(39);
    expect(new Set(answers.map((a) => a.body.signature)).size).toBe(1);
    const all = await t.storage.listResults(open.id, 0, 1000);
    expect(all.filter((r) => r.code === c)).toHaveLength(1);
  });

  it('stores many different concurrent codes each once, with distinct ids', async () => {
    const codes = Array.from({ length: 150 }, (_, i) => code(1000 + i));
    const before = (await t.storage.countResults(open.id)).total;
    const receipts = await Promise.all(codes.map((c) => submit(t.url, c).then((r) => r.json())));
    expect(new Set(receipts.map((r) => r.id)).size).toBe(150);
    expect((await t.storage.countResults(open.id)).total).toBe(before + 150);
  });

  it.each([
    ['a corrupted character', () => corruptCode(code(5)), 400, 'checksum'],
    ['a missing character', () => code(5).slice(0, -1), 400, 'checksum'],
    ['another text', () => '你好，我的成绩是 95 分', 400, 'not-a-code'],
    ['a truncated code', () => code(5).slice(0, 25), 400, 'malformed'],
    ['an invalid character', () => code(5).slice(0, 30) + '*' + code(5).slice(31), 400, 'malformed'],
    ['a newer format version', () => 'RS2' + code(5).slice(3), 400, 'unsupported-version'],
    ['an empty body', () => '   ', 400, 'empty'],
    ['a quiz the site did not publish', () => makeCode(testQuiz('bu-cunzai'), 5), 422, 'unknown-quiz'],
    ['a quiz without result codes', () => makeCode(noCodes, 5), 422, 'unknown-quiz'],
    ['another version of the quiz', () => makeCode(open, 5, { definitionHash: '00c0ffee' }), 422, 'other-version'],
    [
      'other registration fields',
      () => makeCode(open, 5, { fields: [{ key: 'name', label: '姓名', required: true }] }),
      422,
      'registration-mismatch',
    ],
    ['a quiz that has not opened', () => makeCode(future, 5), 422, 'not-open'],
  ])('refuses %s with a reason in Chinese and stores nothing', async (_name, make, status, error) => {
    const before = await Promise.all([open, future].map((q) => t.storage.countResults(q.id)));
    const res = await submit(t.url, make());
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.error).toBe(error);
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await Promise.all([open, future].map((q) => t.storage.countResults(q.id)))).toEqual(before);
  });

  it('refuses bodies that are too large, of another type, or bad JSON', async () => {
    const big = await submit(t.url, code(6) + ' '.repeat(3000));
    expect(big.status).toBe(413);
    expect((await big.json()).error).toBe('body-too-large');
    const form = await fetch(`${t.url}/v1/results`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `code=${code(6)}`,
    });
    expect(form.status).toBe(415);
    expect((await form.json()).message).toMatch(/纯文本/);
    const badJson = await fetch(`${t.url}/v1/results`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"code": ' });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error).toBe('bad-json');
    const wrongShape = await fetch(`${t.url}/v1/results`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' });
    expect(wrongShape.status).toBe(400);
    expect((await wrongShape.json()).error).toBe('bad-request');
  });

  it('stores a result received after the quiz closed, flagged late', async () => {
    const c = code(7, closed);
    const res = await submit(t.url, c);
    expect(res.status).toBe(201);
    expect((await res.json()).late).toBe(true);
    expect(await t.storage.countResults(closed.id)).toEqual({ total: 1, late: 1 });
  });

  describe('organiser endpoints', () => {
    it("need the quiz's token: missing, wrong, another quiz's or revoked tokens are refused", async () => {
      const path = `${t.url}/v1/quizzes/${open.id}/counts`;
      const missing = await fetch(path);
      expect(missing.status).toBe(401);
      expect((await missing.json()).error).toBe('token-missing');
      for (const headers of [
        auth(generateToken()),
        auth(otherToken),
        { authorization: `Basic ${token}` },
        { authorization: `Bearer ${token.slice(0, -1)}` },
      ]) {
        const res = await fetch(path, { headers });
        expect(res.status).toBe(401);
        expect((await res.json()).message).toMatch(/令牌/);
      }
      expect((await fetch(path, { headers: auth() })).status).toBe(200);

      const extra = generateToken();
      const row = await t.storage.addToken(open.id, hashToken(extra), 'revoke me', Date.now());
      expect((await fetch(path, { headers: auth(extra) })).status).toBe(200);
      await t.storage.revokeToken(row.id, Date.now());
      const revoked = await fetch(path, { headers: auth(extra) });
      expect(revoked.status).toBe(401);
      expect((await revoked.json()).error).toBe('token-invalid');
      expect((await fetch(path, { headers: auth() })).status).toBe(200);
    });

    it('page through results with a cursor, each with its receipt, and see new ones after the last page', async () => {
      const q = other;
      const codes = Array.from({ length: 23 }, (_, i) => code(2000 + i, q));
      const receipts = [];
      for (const c of codes) receipts.push(await (await submit(t.url, c)).json());
      const seen: Array<{ id: number; code: string; signature: string; receivedAt: string; late: boolean }> = [];
      let cursor = '0';
      let pages = 0;
      for (;;) {
        const res = await fetch(`${t.url}/v1/quizzes/${q.id}/results?after=${cursor}&limit=10`, { headers: auth(otherToken) });
        expect(res.status).toBe(200);
        const page = await res.json();
        pages++;
        seen.push(...page.results);
        cursor = page.nextCursor;
        if (!page.hasMore) break;
      }
      expect(pages).toBe(3);
      expect(seen.map((r) => r.code)).toEqual(codes);
      expect(seen.map(({ id, receivedAt, signature }) => ({ id, receivedAt, signature }))).toEqual(
        receipts.map(({ id, receivedAt, signature }) => ({ id, receivedAt, signature })),
      );
      expect(seen.every((r) => r.late === false)).toBe(true);
      // Nothing new yet; then one more arrives and the same cursor returns just it.
      const empty = await (await fetch(`${t.url}/v1/quizzes/${q.id}/results?after=${cursor}`, { headers: auth(otherToken) })).json();
      expect(empty).toMatchObject({ results: [], nextCursor: cursor, hasMore: false });
      const late = code(2999, q);
      await submit(t.url, late);
      const next = await (await fetch(`${t.url}/v1/quizzes/${q.id}/results?after=${cursor}`, { headers: auth(otherToken) })).json();
      expect(next.results.map((r: { code: string }) => r.code)).toEqual([late]);
    });

    it("only list the token's quiz", async () => {
      const page = await (await fetch(`${t.url}/v1/quizzes/${open.id}/results?limit=1000`, { headers: auth() })).json();
      const mine = await t.storage.listResults(open.id, 0, 1000);
      expect(page.results.map((r: { id: number }) => r.id)).toEqual(mine.map((r) => r.id));
      expect(mine.every((r) => r.quizId === open.id)).toBe(true);
    });

    it('refuse bad cursors and limits', async () => {
      for (const query of ['after=-1', 'after=abc', 'limit=0', 'limit=5000', 'limit=1.5']) {
        const res = await fetch(`${t.url}/v1/quizzes/${open.id}/results?${query}`, { headers: auth() });
        expect(res.status).toBe(400);
        expect((await res.json()).message).toMatch(/[\u4e00-\u9fff]/);
      }
    });

    it("count and delete a quiz's results, leaving other quizzes alone", async () => {
      const q = testQuiz('ceshi-jingsai');
      const counts = await (await fetch(`${t.url}/v1/quizzes/${q.id}/counts`, { headers: auth() })).json();
      const stored = await t.storage.listResults(q.id, 0, 1000);
      expect(counts).toEqual({ quizId: q.id, total: stored.length, late: 0 });
      const otherBefore = await t.storage.countResults(other.id);
      const del = await fetch(`${t.url}/v1/quizzes/${q.id}/results`, { method: 'DELETE', headers: auth() });
      expect(del.status).toBe(200);
      expect(await del.json()).toEqual({ quizId: q.id, deleted: stored.length });
      expect(await (await fetch(`${t.url}/v1/quizzes/${q.id}/counts`, { headers: auth() })).json()).toEqual({ quizId: q.id, total: 0, late: 0 });
      expect(await t.storage.countResults(other.id)).toEqual(otherBefore);
      expect((await fetch(`${t.url}/v1/quizzes/${q.id}/results`, { method: 'DELETE', headers: auth(otherToken) })).status).toBe(401);
      // After deletion ids keep growing: an old cursor does not hide new results.
      const lastId = stored[stored.length - 1]!.id;
      const again = await (await submit(t.url, code(1))).json();
      expect(again.id).toBeGreaterThan(lastId);
    });
  });

  it("lets only the site's origin call it from a browser", async () => {
    const c = code(8);
    const ok = await submit(t.url, c, { origin: SITE });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SITE);
    const preflight = await fetch(`${t.url}/v1/quizzes/${open.id}/results`, {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    for (const origin of ['https://evil.example.com', 'http://127.0.0.1:4321', 'null', 'https://pufa.example.gov.cn.evil.com']) {
      const res = await submit(t.url, code(9), { origin });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect((await res.json()).error).toBe('origin-not-allowed');
    }
    expect((await t.storage.listResults(open.id, 0, 1000)).some((r) => r.code === code(9))).toBe(false);
  });

  it('reports health', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', storage: kind, quizzes: 4 });
  });

  it('answers unknown routes with JSON', async () => {
    const res = await fetch(`${t.url}/v1/nothing`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBe('not-found');
  });
});

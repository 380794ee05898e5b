/** HTTP behaviour that does not depend on the database: rate limit, trust proxy, dev origins. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCode, testManifest, testQuiz } from './codes.ts';
import { startTestApp, submit, type TestApp } from './harness.ts';

const quiz = testQuiz('xiansu-ceshi');
const manifest = testManifest([quiz]);

describe('rate limit per client address', () => {
  let t: TestApp & { drop: () => Promise<void> };
  beforeAll(async () => {
    t = await startTestApp('sqlite', manifest, { rateLimit: 5 });
  });
  afterAll(() => t.drop());

  it('answers 429 with a Chinese reason after the limit, and stores nothing then', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await submit(t.url, makeCode(quiz, i))).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    const res = await submit(t.url, makeCode(quiz, 99));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(await res.json()).toMatchObject({ error: 'rate-limited', message: expect.stringMatching(/频繁/) });
    expect(await t.storage.countResults(quiz.id)).toEqual({ total: 5, late: 0 });
  });

  it('does not limit the health check', async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });
});

describe('behind a reverse proxy', () => {
  let t: TestApp & { drop: () => Promise<void> };
  beforeAll(async () => {
    t = await startTestApp('sqlite', manifest, { rateLimit: 2, trustProxy: ['127.0.0.1'] });
  });
  afterAll(() => t.drop());

  it('counts each client address from X-Forwarded-For separately when the proxy is trusted', async () => {
    const from = (ip: string, n: number) => submit(t.url, makeCode(quiz, n), { 'x-forwarded-for': ip });
    expect((await from('203.0.113.1', 1)).status).toBe(201);
    expect((await from('203.0.113.1', 2)).status).toBe(201);
    expect((await from('203.0.113.1', 3)).status).toBe(429);
    expect((await from('203.0.113.2', 4)).status).toBe(201);
  });
});

describe('without a trusted proxy', () => {
  let t: TestApp & { drop: () => Promise<void> };
  beforeAll(async () => {
    t = await startTestApp('sqlite', manifest, { rateLimit: 2 });
  });
  afterAll(() => t.drop());

  it('ignores X-Forwarded-For (a client cannot pick its own address)', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await submit(t.url, makeCode(quiz, i), { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(statuses).toEqual([201, 201, 429]);
  });
});

describe('origins', () => {
  it("allow the configured origins instead of the manifest's, and loopback dev origins only when enabled", async () => {
    const t = await startTestApp('sqlite', manifest, { allowedOrigins: ['https://xuefa.example.gov.cn'], devOrigins: true });
    try {
      for (const origin of ['https://xuefa.example.gov.cn', 'http://127.0.0.1:4321', 'http://localhost:8080']) {
        const res = await submit(t.url, makeCode(quiz, origin.length), { origin });
        expect(res.status).toBeLessThan(300);
        expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      }
      for (const origin of ['https://pufa.example.gov.cn', 'http://192.0.2.1:4321', 'https://127.0.0.1:4321']) {
        expect((await submit(t.url, makeCode(quiz, 500), { origin })).status).toBe(403);
      }
    } finally {
      await t.drop();
    }
  });
});

/** Pure parts: configuration, manifest, validation, receipts, tokens. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { ManifestError, parseManifest } from '../src/manifest.ts';
import { generateSecret, signReceipt, verifyReceipt } from '../src/receipt.ts';
import { bearerToken, generateToken, hashToken, tokenMatches } from '../src/tokens.ts';
import { validateCode } from '../src/validate.ts';
import { makeCode, manifestData, testManifest, testQuiz } from './codes.ts';

describe('configuration', () => {
  it('has working defaults: SQLite under collector/data, loopback, the built manifest', () => {
    const c = loadConfig({}, '/somewhere');
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      databaseUrl: undefined,
      sqliteSynchronous: 'FULL',
      rateLimit: 1200,
      trustProxy: false,
      allowedOrigins: null,
      devOrigins: false,
    });
    expect(c.sqliteFile).toMatch(/collector\/data\/collector\.sqlite$/);
    expect(c.manifestFile).toMatch(/dist\/quiz\/manifest\.json$/);
  });

  it("reads every variable, relative paths from the caller's folder", () => {
    const c = loadConfig(
      {
        DATABASE_URL: 'postgres://u:p@db:5432/results',
        COLLECTOR_MANIFEST: 'site/manifest.json',
        COLLECTOR_ALLOWED_ORIGINS: 'https://a.example.gov.cn/, https://b.example.gov.cn',
        COLLECTOR_TRUST_PROXY: '127.0.0.1,10.0.0.0/8',
        COLLECTOR_RATE_LIMIT: '0',
        COLLECTOR_SQLITE_SYNCHRONOUS: 'normal',
      },
      '/srv/pufa',
    );
    expect(c).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/results',
      manifestFile: '/srv/pufa/site/manifest.json',
      allowedOrigins: ['https://a.example.gov.cn', 'https://b.example.gov.cn'],
      trustProxy: ['127.0.0.1', '10.0.0.0/8'],
      rateLimit: 0,
      sqliteSynchronous: 'NORMAL',
    });
    expect(loadConfig({ COLLECTOR_TRUST_PROXY: 'hops:1' }).trustProxy).toBe(1);
    expect(loadConfig({ COLLECTOR_TRUST_PROXY: '1' }).trustProxy).toBe(true);
  });

  it.each([
    [{ COLLECTOR_PORT: '70000' }, /COLLECTOR_PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ COLLECTOR_SECRET: 'short' }, /COLLECTOR_SECRET 太短/],
    [{ COLLECTOR_ALLOWED_ORIGINS: 'pufa.example.gov.cn' }, /不是网址/],
    [{ COLLECTOR_TRUST_PROXY: 'everyone' }, /COLLECTOR_TRUST_PROXY/],
    [{ COLLECTOR_DEV_ORIGINS: 'maybe' }, /COLLECTOR_DEV_ORIGINS/],
  ])('refuses %o with a sentence naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('manifest', () => {
  it('indexes quizzes with codes by their id hash and reads the times', () => {
    const m = testManifest([testQuiz('a-quiz', { closes: '2026-06-01T00:00:00.000Z' }), testQuiz('no-codes', { resultCodes: false })]);
    expect(m.siteOrigin).toBe('https://pufa.example.gov.cn');
    expect([...m.byHash.values()].flat().map((q) => q.id)).toEqual(['a-quiz']);
    expect(m.window.get('a-quiz')).toEqual({ opens: null, closes: Date.UTC(2026, 5, 1) });
  });

  it.each([
    [{ quizzes: [] }, /不是本站构建生成的答题清单/],
    [manifestData([testQuiz('x', { definitionHash: 'zz' })]), /definitionHash/],
    [manifestData([testQuiz('x'), testQuiz('x')]), /重复/],
    [manifestData([testQuiz('x', { closes: 'next week' })]), /不是有效的时间/],
  ])('refuses a broken manifest: %#', (data, message) => {
    expect(() => parseManifest(data)).toThrow(ManifestError);
    expect(() => parseManifest(data)).toThrow(message);
  });
});

describe('validation', () => {
  const quiz = testQuiz('yanzheng', { opens: '2026-05-01T00:00:00.000Z', closes: '2026-05-31T00:00:00.000Z' });
  const manifest = testManifest([quiz]);
  const code = makeCode(quiz, 1);

  it("checks the open and close times by the server clock it is given (not the code's own times)", () => {
    expect(validateCode(code, manifest, Date.UTC(2026, 3, 30))).toMatchObject({ ok: false, error: 'not-open' });
    expect(validateCode(code, manifest, Date.UTC(2026, 4, 15))).toMatchObject({ ok: true, late: false });
    expect(validateCode(code, manifest, Date.UTC(2026, 4, 31))).toMatchObject({ ok: true, late: false });
    expect(validateCode(code, manifest, Date.UTC(2026, 4, 31) + 1)).toMatchObject({ ok: true, late: true });
  });

  it('canonicalises before hashing, so typed variants are one code', () => {
    const a = validateCode(code, manifest, Date.UTC(2026, 4, 15));
    const b = validateCode(code.toLowerCase().replace(/(.{5})/g, '$1-'), manifest, Date.UTC(2026, 4, 15));
    expect(a.ok && b.ok && a.sha256 === b.sha256 && a.code === b.code).toBe(true);
  });

  it('never throws on garbage', () => {
    const samples = ['', 'RS', 'RS1', 'RSZ', 'rs1' + '0'.repeat(50), '\u0000'.repeat(100), '😀'.repeat(300), 'RS1' + 'Z'.repeat(1700), '{"code":1}'];
    for (const s of samples) {
      const v = validateCode(s, manifest, Date.UTC(2026, 4, 15));
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('receipts and tokens', () => {
  it('verify only with the same secret, id, time and code', () => {
    const secret = generateSecret();
    const r = signReceipt(secret, 42, Date.UTC(2026, 4, 20, 8, 30, 0, 123), 'ab'.repeat(32));
    expect(r.receivedAt).toBe('2026-05-20T08:30:00.123Z');
    expect(verifyReceipt(secret, r, 'ab'.repeat(32))).toBe(true);
    expect(verifyReceipt(generateSecret(), r, 'ab'.repeat(32))).toBe(false);
    expect(verifyReceipt(secret, { ...r, receivedAt: '2026-05-20T08:30:00.124Z' }, 'ab'.repeat(32))).toBe(false);
    expect(verifyReceipt(secret, { ...r, signature: 'x' }, 'ab'.repeat(32))).toBe(false);
  });

  it('match a token against stored hashes and read Bearer headers', () => {
    const t = generateToken();
    expect(t).toMatch(/^rsct_[\w-]{43}$/);
    expect(tokenMatches(t, [hashToken(generateToken()), hashToken(t)])).toBe(true);
    expect(tokenMatches(t, [hashToken(generateToken())])).toBe(false);
    expect(tokenMatches(t, [])).toBe(false);
    expect(bearerToken(`Bearer ${t}`)).toBe(t);
    expect(bearerToken(`bearer  ${t} `)).toBe(t);
    expect(bearerToken(`Basic ${t}`)).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { collectorBase, loadErrorMessage, loadFromCollector, parseResultsPage, resultsPageUrl, type LoadRequest } from './collector.ts';

const row = (id: number, late = false) => ({ id, receivedAt: '2026-12-04T02:15:30.123Z', signature: 's', code: `RS1CODE${id}`, late });

/**
 * A list endpoint over `rows` that answers like the service (collector/src/http/organizer.ts):
 * ids after the cursor, `limit` at most, nextCursor the last id (or the cursor when none).
 */
function service(rows: ReturnType<typeof row>[], token = 'rsct_ok'): { fetch: LoadRequest['fetch']; urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetch: async (url, init) => {
      urls.push(url);
      const u = new URL(url);
      if (init.headers.Authorization !== `Bearer ${token}`) {
        return { status: 401, json: async () => ({ error: 'token-invalid', message: '组织者令牌无效' }) };
      }
      const after = Number(u.searchParams.get('after'));
      const limit = Number(u.searchParams.get('limit'));
      const page = rows.filter((r) => r.id > after).slice(0, limit);
      const body = { quizId: 'q', results: page, nextCursor: String(page.at(-1)?.id ?? after), hasMore: page.length === limit };
      return { status: 200, json: async () => body };
    },
  };
}

describe('loading codes from the collector', () => {
  it('reads page after page and keeps the cursor, so the next load asks only for new codes', async () => {
    const rows = [row(1), row(2), row(4, true), row(7), row(9)];
    const s = service(rows);
    const first = await loadFromCollector({
      base: 'https://x.cn/collector/',
      quizId: 'jingsai-shili',
      token: ' rsct_ok ',
      after: '0',
      fetch: s.fetch,
      limit: 2,
    });
    expect(first).toEqual({ ok: true, codes: rows.map((r) => r.code), cursor: '9', pages: 3, late: 1 });
    expect(s.urls[0]).toBe('https://x.cn/collector/v1/quizzes/jingsai-shili/results?after=0&limit=2');
    rows.push(row(12));
    const next = await loadFromCollector({
      base: 'https://x.cn/collector/',
      quizId: 'jingsai-shili',
      token: 'rsct_ok',
      after: first.cursor,
      fetch: s.fetch,
      limit: 2,
    });
    expect(next).toMatchObject({ ok: true, codes: ['RS1CODE12'], cursor: '12' });
  });

  it('explains a wrong token, a missing service and an answer that is not the service’s', async () => {
    const s = service([row(1)]);
    const base = { base: 'https://x.cn/', quizId: 'q', after: '0' };
    expect(await loadFromCollector({ ...base, token: 'rsct_bad', fetch: s.fetch })).toMatchObject({
      ok: false,
      message: expect.stringContaining('令牌不对'),
    });
    expect(await loadFromCollector({ ...base, token: '', fetch: s.fetch })).toMatchObject({ ok: false, message: '请填写组织者令牌。' });
    const offline: LoadRequest['fetch'] = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await loadFromCollector({ ...base, token: 't', fetch: offline })).toMatchObject({
      ok: false,
      message: expect.stringContaining('连接不上收集服务'),
    });
    const html: LoadRequest['fetch'] = async () => ({ status: 200, json: () => Promise.reject(new SyntaxError('not JSON')) });
    expect(await loadFromCollector({ ...base, token: 't', fetch: html })).toMatchObject({ ok: false, message: expect.stringContaining('无法读取') });
  });

  it('keeps what arrived before a failure and stops when the cursor does not move', async () => {
    let calls = 0;
    const flaky: LoadRequest['fetch'] = async () =>
      ++calls === 1
        ? { status: 200, json: async () => ({ results: [row(1)], nextCursor: '1', hasMore: true }) }
        : { status: 503, json: async () => ({ error: 'storage-unavailable', message: '收集服务暂时无法读取数据库，请稍后再试' }) };
    expect(await loadFromCollector({ base: 'https://x.cn/', quizId: 'q', token: 't', after: '0', fetch: flaky })).toEqual({
      ok: false,
      message: '收集服务答复：收集服务暂时无法读取数据库，请稍后再试（HTTP 503）',
      codes: ['RS1CODE1'],
      cursor: '1',
      pages: 1,
      late: 0,
    });
    const stuck: LoadRequest['fetch'] = async () => ({ status: 200, json: async () => ({ results: [], nextCursor: '0', hasMore: true }) });
    expect(await loadFromCollector({ base: 'https://x.cn/', quizId: 'q', token: 't', after: '0', fetch: stuck })).toMatchObject({
      ok: false,
      pages: 1,
    });
  });
});

describe('collector helpers', () => {
  it('reads a pasted URL as the service’s base', () => {
    expect(collectorBase(' https://x.cn/collector ')).toBe('https://x.cn/collector/');
    expect(collectorBase('http://127.0.0.1:8787/?a=1#x')).toBe('http://127.0.0.1:8787/');
    expect(collectorBase('x.cn/collector')).toBeNull();
    expect(collectorBase('ftp://x.cn/')).toBeNull();
    expect(resultsPageUrl('https://x.cn/c/', 'a b', '5', 10)).toBe('https://x.cn/c/v1/quizzes/a%20b/results?after=5&limit=10');
  });
  it('checks the shape of a page', () => {
    expect(parseResultsPage({ results: [row(1)], nextCursor: '1', hasMore: false })).toEqual({
      results: [{ id: 1, receivedAt: row(1).receivedAt, code: 'RS1CODE1', late: false }],
      nextCursor: '1',
      hasMore: false,
    });
    expect(parseResultsPage({ results: [{ id: 1 }], nextCursor: '1', hasMore: false })).toBeNull();
    expect(parseResultsPage({ results: [], nextCursor: 1, hasMore: false })).toBeNull();
    expect(parseResultsPage('<html>')).toBeNull();
  });
  it('tells a missing token from a wrong one', () => {
    expect(loadErrorMessage(401, { error: 'token-missing' })).toBe('请填写组织者令牌。');
    expect(loadErrorMessage(404, undefined)).toContain('没有这个接口');
    expect(loadErrorMessage(500, undefined)).toContain('HTTP 500');
  });
});

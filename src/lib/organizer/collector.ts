/**
 * Loading result codes from the results collector (collector/README.md, organiser endpoints):
 * `GET <base>v1/quizzes/<quiz>/results?after=<cursor>&limit=<n>` with the quiz's bearer token,
 * page after page until `hasMore` is false. The cursor of the last page is kept, so the next
 * load asks only for what arrived since. The codes are then graded exactly like pasted ones.
 *
 * `fetch` is passed in (the organiser page passes the browser's, the grading CLI Node's), so
 * this stays free of globals; user input (URL, token, the service's answers) never throws.
 */

/** One stored result as the service lists it. */
export interface CollectedResult {
  id: number;
  receivedAt: string;
  code: string;
  late: boolean;
}

export interface ResultsPage {
  results: CollectedResult[];
  nextCursor: string;
  hasMore: boolean;
}

/** The most the service returns per page. */
export const PAGE_LIMIT = 1000;

/** A pasted URL as the service's base (ends with /), or null when it is not an http(s) URL. */
export function collectorBase(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return null;
  }
}

/** The list endpoint's URL for one page. */
export function resultsPageUrl(base: string, quizId: string, after: string, limit = PAGE_LIMIT): string {
  const url = new URL(`v1/quizzes/${encodeURIComponent(quizId)}/results`, base);
  url.searchParams.set('after', after);
  url.searchParams.set('limit', String(limit));
  return url.href;
}

/** A page as the service sends it, or null when the body is something else. */
export function parseResultsPage(body: unknown): ResultsPage | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (!Array.isArray(b.results) || typeof b.nextCursor !== 'string' || typeof b.hasMore !== 'boolean') return null;
  const results: CollectedResult[] = [];
  for (const r of b.results as unknown[]) {
    const e = r as Record<string, unknown> | null;
    if (!e || typeof e.code !== 'string' || typeof e.id !== 'number') return null;
    results.push({ id: e.id, receivedAt: typeof e.receivedAt === 'string' ? e.receivedAt : '', code: e.code, late: e.late === true });
  }
  return { results, nextCursor: b.nextCursor, hasMore: b.hasMore };
}

/** The organiser's sentence for a failed request (`status` null: no answer at all). */
export function loadErrorMessage(status: number | null, body: unknown): string {
  const error = body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
  const message = body && typeof body === 'object' ? (body as { message?: unknown }).message : undefined;
  if (status === null) {
    return '连接不上收集服务。请检查网址和网络；网页只能连接本站配置的收集服务（site.config.yaml 的 collector.url）。';
  }
  if (status === 401) {
    return error === 'token-missing' ? '请填写组织者令牌。' : '令牌不对、已撤销，或不是这个答题的令牌。请向信息技术人员确认。';
  }
  if (typeof message === 'string' && message) return `收集服务答复：${message}（HTTP ${status}）`;
  if (status === 404) return '收集服务上没有这个接口（HTTP 404）。请检查网址是否是收集服务的地址。';
  return `收集服务暂时不能答复（HTTP ${status}），请稍后再试。`;
}

export interface LoadRequest {
  /** The service's base URL (collectorBase) */
  base: string;
  quizId: string;
  token: string;
  /** The cursor of the last load ("0": from the start) */
  after: string;
  fetch: (url: string, init: { headers: Record<string, string> }) => Promise<{ status: number; json(): Promise<unknown> }>;
  limit?: number;
  /** Called after each page with the codes loaded so far (for progress) */
  onPage?: (loaded: number) => void;
}

export type LoadResult =
  | { ok: true; codes: string[]; cursor: string; pages: number; late: number }
  /** What was loaded before the failure is kept: `codes` and the `cursor` after them */
  | { ok: false; message: string; codes: string[]; cursor: string; pages: number; late: number };

/** Loads every result after `after`, page by page. */
export async function loadFromCollector(request: LoadRequest): Promise<LoadResult> {
  const { base, quizId, token, fetch, limit = PAGE_LIMIT, onPage } = request;
  const codes: string[] = [];
  let cursor = request.after;
  let pages = 0;
  let late = 0;
  const failed = (message: string): LoadResult => ({ ok: false, message, codes, cursor, pages, late });
  if (!token.trim()) return failed('请填写组织者令牌。');
  // A service that keeps answering hasMore without moving the cursor must not loop forever.
  for (let guard = 0; guard < 100_000; guard++) {
    let status: number;
    let body: unknown;
    try {
      const response = await fetch(resultsPageUrl(base, quizId, cursor, limit), { headers: { Authorization: `Bearer ${token.trim()}` } });
      status = response.status;
      body = await response.json().catch(() => undefined);
    } catch {
      return failed(loadErrorMessage(null, undefined));
    }
    if (status !== 200) return failed(loadErrorMessage(status, body));
    const page = parseResultsPage(body);
    if (!page) return failed('收集服务的答复无法读取：这个网址可能不是成绩收集服务。');
    pages++;
    for (const r of page.results) {
      codes.push(r.code);
      if (r.late) late++;
    }
    const moved = page.nextCursor !== cursor;
    cursor = page.nextCursor;
    onPage?.(codes.length);
    if (!page.hasMore) return { ok: true, codes, cursor, pages, late };
    if (!moved) return failed('收集服务的分页有误（游标没有前进），已停止载入。');
  }
  return failed('收集服务的分页有误，已停止载入。');
}

/** The search page's state in its address, so a search can be shared: /search/?q=经济补偿&kind=法规&topic=…&audience=… */

export interface SearchState {
  q: string;
  /** 类型: 法规 / 政策解读 / 以案说法 / 题目 */
  kind: string;
  /** 主题 */
  topic: string;
  /** 适用对象 */
  audience: string;
}

/** Search parameter name of each filter, and the Pagefind filter it sets. */
export const FILTERS = [
  { key: 'kind', param: 'kind', filter: '类型' },
  { key: 'topic', param: 'topic', filter: '主题' },
  { key: 'audience', param: 'audience', filter: '适用对象' },
] as const;

export const KINDS = ['法规', '政策解读', '以案说法', '题目'] as const;

export function readState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const get = (name: string) => (params.get(name) ?? '').trim();
  return { q: get('q'), kind: get('kind'), topic: get('topic'), audience: get('audience') };
}

/** The address for a state: empty values are left out. */
export function writeState(url: URL, state: SearchState): URL {
  const next = new URL(url.href);
  next.searchParams.delete('q');
  for (const f of FILTERS) next.searchParams.delete(f.param);
  if (state.q) next.searchParams.set('q', state.q);
  for (const f of FILTERS) if (state[f.key]) next.searchParams.set(f.param, state[f.key]);
  return next;
}

/** Pagefind's filters for a state: the selected ones, combined (all must hold). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const f of FILTERS) if (state[f.key]) filters[f.filter] = state[f.key];
  return filters;
}

import { load as loadYaml } from 'js-yaml';

/** Pure helpers over content file text: front matter, headings, embedded quiz ids, stem comparison. */

export interface ContentFile {
  /** Path relative to the project root */
  file: string;
  /** The file name without extension: the page's URL segment */
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Splits `---\nyaml\n---\nbody` into front matter and body. */
export function splitFrontMatter(source: string, file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}：缺少 front matter（文件应以 --- 开头）`);
  const data = loadYaml(match[1]!) as Record<string, unknown>;
  return { data: data ?? {}, body: match[2]! };
}

/** A stem reduced to its words: punctuation, spaces and letter case removed, for near-duplicate detection. */
export function normalizeStem(stem: string): string {
  return stem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The `##` headings of a Markdown body, in order. */
export function sectionHeadings(body: string): string[] {
  return [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1]!);
}

/** Question ids listed by `<PracticeQuiz ids={[...]} />` components in a body. */
export function embeddedQuizIds(body: string): string[][] {
  return [...body.matchAll(/<PracticeQuiz\b[^>]*\bids=\{\[([^\]]*)\]\}/g)].map((m) => [...m[1]!.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!));
}

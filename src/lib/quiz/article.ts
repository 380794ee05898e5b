/**
 * Practice on the questions of one article (专项练习 ?article=laodong-hetong-fa/art-47): the link
 * under each article of a law page. An article key is the law's slug and the article's anchor,
 * both of the library's URL alphabet, so a key is safe in a query string and a file name.
 */
import { provisionOfUrl, provisionUrl } from '../statute/links.ts';
import type { QuizQuestion } from './types.ts';

const KEY = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/((?:art|part)-[0-9]+(?:-[0-9]+)?)$/;

/** `laodong-hetong-fa/art-47` → its parts; null for anything else (a hand-edited query). */
export function parseArticleKey(key: string): { slug: string; anchor: string } | null {
  const match = KEY.exec(key);
  return match ? { slug: match[1]!, anchor: match[2]! } : null;
}

/** The key of a library URL: `/laws/laodong-hetong-fa/#art-47` → `laodong-hetong-fa/art-47`. */
export function articleKeyOf(url: string): string {
  const target = provisionOfUrl(url);
  if (!target) throw new Error(`不是法规库条文的网址：${url}`);
  return `${target.slug}/${target.anchor}`;
}

/** The library URL of a key; null when the key is malformed. */
export function articleUrlOf(key: string): string | null {
  const parts = parseArticleKey(key);
  return parts ? provisionUrl(parts.slug, parts.anchor) : null;
}

/** Whether a question's answer rests on the article (any of its 款 or 项). */
export function citesArticle(question: Pick<QuizQuestion, 'basis'>, key: string): boolean {
  const url = articleUrlOf(key);
  return url !== null && question.basis.some((b) => b.url === url);
}

/**
 * The article's name as a heading, from a question's citation of it: 《劳动合同法》第四十七条第一款
 * → 《劳动合同法》第四十七条 (the round covers the whole article). Undefined when no question cites it.
 */
export function articleTitle(questions: readonly Pick<QuizQuestion, 'basis'>[], key: string): string | undefined {
  const url = articleUrlOf(key);
  for (const q of questions) {
    const label = q.basis.find((b) => b.url === url)?.label;
    if (label) return /^《[^》]+》(?:第[^条]+条(?:之[^第]+)?|第[^部]+部分)/.exec(label)?.[0] ?? label;
  }
  return undefined;
}

import type { Heading, List, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** What a printed leaflet (宣传单) takes from an explainer or case body. */
export interface LeafletContent {
  /** Paragraphs of 一句话看懂 (explainers) */
  answer: string[];
  /** Headings of the rules under 主要规定 (explainers) */
  points: string[];
  /** Bullet points of 小贴士 (cases) */
  tips: string[];
}

/** The nodes between a `##` heading with this text and the next `##` heading. */
function section(tree: Root, title: string): RootContent[] {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n).includes(title));
  if (start < 0) return [];
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((n) => n.type === 'heading' && (n as Heading).depth <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Plain text of a node, with whitespace tidied (links and emphasis keep their words). */
const text = (node: RootContent) => toString(node).replace(/\s+/g, ' ').trim();

/** Extracts the leaflet parts from an MDX body; missing sections give empty lists. */
export function leafletContent(body: string): LeafletContent {
  const tree = fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  const answer = section(tree, '一句话看懂')
    .filter((n) => n.type === 'paragraph')
    .map(text);
  const points = section(tree, '主要规定')
    .filter((n): n is Heading => n.type === 'heading' && n.depth === 3)
    .map(text);
  const tips = section(tree, '小贴士')
    .filter((n): n is List => n.type === 'list')
    .flatMap((list) => list.children.map((item) => text(item as unknown as RootContent)))
    .slice(0, 6);
  return { answer, points, tips };
}

/**
 * The first sentences of a text, as many as fit in `max` characters (at least the first one):
 * a leaflet prints the plain answer, not the whole paragraph.
 */
export function openingSentences(text: string, max: number): string {
  const sentences = text.match(/[^。！？]+[。！？]?/g) ?? [text];
  let out = sentences[0] ?? '';
  for (const s of sentences.slice(1)) {
    if ((out + s).length > max) break;
    out += s;
  }
  return out.trim();
}

/**
 * The rule that every statement of law carries its article: in an explainer's `## 主要规定`
 * section, each paragraph, list item and table row must quote at least one article
 * (《某法》第N条, or a `<Cite>`). General advice that is not a statement of law may be written as
 * a blockquote starting with 提示：, which is exempt.
 */
import type { BlockContent, Blockquote, Heading, Root, RootContent, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { findCitationsInText } from '../statute/citation.ts';

/** The heading of the section whose statements must all be cited. */
export const RULES_SECTION = '主要规定';
/** How a piece of general guidance (not a statement of law) begins. */
export const GUIDANCE_MARK = '提示：';
/** A table cell that repeats the basis of the row above. */
const DITTO = '同上';

export interface UncitedStatement {
  /** 1-based line in the body */
  line: number;
  /** The statement's text, shortened */
  text: string;
}

/** Parses an MDX body the way the site does (MDX + GFM tables). */
export function parseMdxBody(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
}

/** The nodes between a `##` heading containing `title` and the next heading of level 2 or above. */
export function sectionNodes(tree: Root, title: string): RootContent[] {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n).includes(title));
  if (start < 0) return [];
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((n) => n.type === 'heading' && (n as Heading).depth <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

const isGuidance = (quote: Blockquote) => toString(quote).trim().startsWith(GUIDANCE_MARK);

function hasCitation(node: RootContent | TableRow): boolean {
  if (findCitationsInText(toString(node)).length > 0) return true;
  let found = false;
  const visit = (n: unknown) => {
    const x = n as { type?: string; name?: string; children?: unknown[] };
    if ((x.type === 'mdxJsxTextElement' || x.type === 'mdxJsxFlowElement') && x.name === 'Cite') found = true;
    x.children?.forEach(visit);
  };
  visit(node);
  return found;
}

/** Paragraphs, list items and table rows of the 主要规定 section that quote no article. */
export function uncitedStatements(body: string, tree: Root = parseMdxBody(body)): UncitedStatement[] {
  const out: UncitedStatement[] = [];
  const report = (node: RootContent | TableRow) => {
    if (hasCitation(node)) return;
    const raw = node.type === 'tableRow' ? node.children.map((cell) => toString(cell)).join(' ') : toString(node);
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text) out.push({ line: node.position?.start.line ?? 0, text: text.length > 40 ? `${text.slice(0, 40)}…` : text });
  };
  const walk = (nodes: ReadonlyArray<RootContent | BlockContent>) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') report(node);
      else if (node.type === 'blockquote') {
        if (!isGuidance(node)) walk(node.children);
      } else if (node.type === 'list') for (const item of node.children) walk(item.children);
      else if (node.type === 'table') {
        // A basis cell of “同上” (ditto) carries the article of the row above.
        let previousCited = false;
        for (const row of node.children.slice(1)) {
          const ditto = row.children.some((cell) => toString(cell).trim() === DITTO);
          if (ditto && previousCited) continue;
          previousCited = hasCitation(row);
          report(row);
        }
      }
    }
  };
  walk(sectionNodes(tree, RULES_SECTION));
  return out;
}

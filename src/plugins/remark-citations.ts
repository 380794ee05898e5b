import type { Root, Text, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationText, findCitationsInText, parseCitation } from '../lib/statute/citation.ts';
import type { Citation, StatuteIndex } from '../lib/statute/citation.ts';
import { citationLink, type CitationLink } from '../lib/statute/links.ts';
import { statuteIndex } from '../data/statutes.ts';

/** Nodes whose text is never turned into citation links. */
const SKIP_PARENTS = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

function attr(name: string, value: string | number): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value: String(value) };
}

/** The attributes `<Cite>` renders from: the resolved link, and the text as written when it differs. */
function citeAttributes(link: CitationLink, written?: string): MdxJsxAttribute[] {
  const attributes = [attr('label', link.label), attr('url', link.url)];
  if (written !== undefined && written !== link.label) attributes.push(attr('text', written));
  return attributes;
}

/** Reads a JSX attribute that may be a string (`law="劳动合同法"`) or an expression (`article={47}`). */
function readAttribute(node: MdxJsxTextElement | { attributes: MdxJsxTextElement['attributes'] }, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    if (typeof a.value === 'string') return a.value;
    if (a.value && typeof a.value === 'object') return a.value.value.replace(/^['"`]|['"`]$/g, '');
  }
  return undefined;
}

/** A citation that does not resolve, at its node. */
export interface CitationProblem {
  message: string;
  line?: number;
  column?: number;
}

/**
 * Links the citations of an MDX tree in place (prose 《劳动合同法》第四十七条 and `<Cite>`) against a
 * statute library. Every unresolved citation is passed to `report`; the node is then left as written.
 * Returns the cited provisions (`slug#anchor`).
 */
export function linkCitations(
  tree: Root,
  index: StatuteIndex,
  report: (message: string, node: { position?: Root['position'] }) => void,
): Set<string> {
  const refs = new Set<string>();
  const resolveOrReport = (citation: Citation, node: { position?: Root['position'] }, quoted: string) => {
    const result = index.resolve(citation);
    if ('error' in result) {
      report(`法条引用“${quoted}”无效：${result.error}`, node);
      return undefined;
    }
    refs.add(`${result.statute.slug}#${result.provision.anchor}`);
    return result;
  };

  visit(tree, (node, i, parent) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') {
      const law = readAttribute(node, 'law');
      const article = readAttribute(node, 'article');
      const part = readAttribute(node, 'part');
      if (!law || (!article && !part)) {
        report('<Cite> 须写明 law 和 article（或 part），例如 <Cite law="劳动合同法" article={47} />', node);
        return SKIP;
      }
      const text = citationText({
        law,
        article,
        part,
        sub: readAttribute(node, 'sub'),
        paragraph: readAttribute(node, 'paragraph'),
        item: readAttribute(node, 'item'),
      });
      const citation = parseCitation(text);
      if (!citation) {
        report(`<Cite> 的引用“${text}”无法识别，应写成 <Cite law="劳动合同法" article={47} />`, node);
        return SKIP;
      }
      const resolved = resolveOrReport(citation, node, text);
      if (!resolved) return SKIP;
      const written = readAttribute(node, 'text');
      node.attributes = citeAttributes(citationLink(resolved, citation), written);
      return SKIP;
    }
    if (node.type !== 'text' || !parent || i === undefined) return;
    if (SKIP_PARENTS.has(parent.type)) return;
    const text = (node as Text).value;
    const hits = findCitationsInText(text);
    if (!hits.length) return;
    const out: PhrasingContent[] = [];
    let last = 0;
    for (const hit of hits) {
      const quoted = text.slice(hit.start, hit.end);
      const resolved = resolveOrReport(hit.citation, node, quoted);
      if (!resolved) continue;
      if (hit.start > last) out.push({ type: 'text', value: text.slice(last, hit.start) });
      const attributes = citeAttributes(citationLink(resolved, hit.citation), quoted);
      const cite: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'Cite', attributes, children: [] };
      out.push(cite as unknown as PhrasingContent);
      last = hit.end;
    }
    if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
    (parent.children as PhrasingContent[]).splice(i, 1, ...out);
    return [SKIP, i + out.length];
  });
  return refs;
}

/** Every unresolved citation of an MDX tree, with its line and column (for checks without a build). */
export function citationProblems(tree: Root, index: StatuteIndex): CitationProblem[] {
  const problems: CitationProblem[] = [];
  linkCitations(tree, index, (message, node) => problems.push({ message, line: node.position?.start.line, column: node.position?.start.column }));
  return problems;
}

/**
 * Links plain-text citations such as 《劳动合同法》第四十七条 to the statute library
 * and checks every citation (also `<Cite law article />`) against it. An unknown law or
 * article stops the build with the file, line and column of every bad citation in the file.
 * Every citation reaches `<Cite>` resolved (label and url), so the component never looks it up
 * again. The cited articles are listed in the entry's frontmatter (`citations`, `slug#anchor`):
 * the page's part of the site's citation graph.
 */
export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    let first: { position?: Root['position'] } | undefined;
    // The message itself carries file:line:column so every reporter shows where to fix it.
    const refs = linkCitations(tree, statuteIndex(), (message, node) => {
      const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
      problems.push(`${file.path ?? '（未知文件）'}${at}：${message}`);
      first ??= node;
    });
    if (problems.length) file.fail(problems.join('\n'), first?.position ?? undefined);

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = [...refs];
  };
}

import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { sitePath } from '../lib/site/paths.ts';

/** The attributes of content elements that hold a URL the browser requests. */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

/**
 * Content links are written as site paths (`[第四十七条](/laws/laodong-hetong-fa/#art-47)`); when
 * the site is deployed under a sub-path (`base: /pufa/`) they must carry it, as every link the
 * components write does through `sitePath()`.
 */
export function rehypeBasePath(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/') return;
    visit(tree, 'element', (node: Element) => {
      const attribute = URL_ATTRIBUTES[node.tagName];
      if (attribute === undefined) return;
      const value = node.properties[attribute];
      if (typeof value === 'string') node.properties[attribute] = sitePath(value, options.base);
    });
  };
}

/**
 * Emphasis markers that CommonMark leaves as literal text. A `**` only closes bold when it is
 * "right-flanking": if the character before it is punctuation, the character after it must be
 * whitespace or punctuation. Chinese text has no spaces, so `**300%**支付` or
 * `**教学案例（情节虚构）**说明` shows the asterisks on the page. Write `**300%支付**`,
 * `**…**，` or move the closing punctuation outside (`**一般时效：一年**。`).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface LiteralEmphasis {
  /** 1-based line in the body */
  line: number;
  /** The text around the stray marker */
  text: string;
}

/** Text nodes of a parsed MDX body that still contain `**` or `__` after parsing. */
export function literalEmphasisMarkers(tree: Root): LiteralEmphasis[] {
  const found: LiteralEmphasis[] = [];
  visit(tree, 'text', (node) => {
    const at = node.value.search(/\*\*|__/);
    if (at < 0) return;
    found.push({ line: node.position?.start.line ?? 0, text: node.value.slice(Math.max(0, at - 12), at + 14) });
  });
  return found;
}

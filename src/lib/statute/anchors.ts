/**
 * HTML ids of provisions, shared by the parser and by citations so links always match.
 */
import type { Provision } from './types.ts';

/** The id of a provision: art-47, art-20-1 (第二十条之一), part-2. */
export function provisionAnchor(kind: Provision['kind'], number: number, sub = 0): string {
  if (kind === 'part') return `part-${number}`;
  return sub > 0 ? `art-${number}-${sub}` : `art-${number}`;
}

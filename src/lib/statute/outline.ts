import type { Division, Provision, Statute } from './types.ts';

/** A division with its own provisions resolved, ready to render. */
export interface OutlineNode {
  division: Division;
  /** Provisions directly in this division, not in one of its children */
  provisions: Provision[];
  children: OutlineNode[];
}

/** Provisions before the first division, and the division tree with provisions attached. */
export function statuteOutline(statute: Statute): { loose: Provision[]; nodes: OutlineNode[] } {
  const byAnchor = new Map(statute.provisions.map((p) => [p.anchor, p]));
  const inDivision = new Set(statute.divisions.flatMap((d) => d.provisionAnchors));
  const build = (division: Division): OutlineNode => {
    const inChildren = new Set(division.children.flatMap((c) => c.provisionAnchors));
    return {
      division,
      provisions: division.provisionAnchors.filter((a) => !inChildren.has(a)).map((a) => byAnchor.get(a)!),
      children: division.children.map(build),
    };
  };
  return {
    loose: statute.provisions.filter((p) => !inDivision.has(p.anchor)),
    nodes: statute.divisions.map(build),
  };
}

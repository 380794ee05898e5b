import type { Statute } from './types.ts';

/** One entry of `dist/laws/index.json`, read by other tools and tests. */
export interface ManifestEntry {
  /** Exactly the file's `# ` heading */
  title: string;
  shortTitle: string;
  slug: string;
  kind: Statute['kind'];
  /** ISO date, or null when the text does not state one */
  effectiveDate: string | null;
  /** Number of 第N条 articles (0 for documents divided into parts) */
  articleCount: number;
  /** Provision anchors in document order */
  anchors: string[];
}

/** The manifest entry of a statute. */
export function manifestEntry(s: Statute): ManifestEntry {
  return {
    title: s.title,
    shortTitle: s.shortTitle,
    slug: s.slug,
    kind: s.kind,
    effectiveDate: s.effectiveDate ?? null,
    articleCount: s.provisions.filter((p) => p.kind === 'article').length,
    anchors: s.provisions.map((p) => p.anchor),
  };
}

/**
 * A citation as readers see it, from prose to popover: one value, `CitationLink`, made once when
 * the citation is resolved (build time) and passed on unchanged to `<Cite>`, the quiz's basis
 * links and the calculators' steps.
 */
import { citationLabel, type Citation, type ResolvedCitation } from './citation.ts';

/** A resolved citation: what it is called and where the cited article is. */
export interface CitationLink {
  /** 《劳动合同法》第四十七条第一款 */
  label: string;
  /** /laws/laodong-hetong-fa/#art-47 (the article; 款 and 项 are in the label) */
  url: string;
}

/** URL of a provision in the statute library. */
export function provisionUrl(slug: string, anchor: string): string {
  return `/laws/${slug}/#${anchor}`;
}

/** The statute slug and provision anchor a provision URL points to. */
export function provisionOfUrl(url: string): { slug: string; anchor: string } | null {
  const match = /^\/laws\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(url);
  return match ? { slug: match[1]!, anchor: match[2]! } : null;
}

/** The HTML id of the popover that shows the text of the provision a citation links to. */
export function popoverId(link: Pick<CitationLink, 'url'>): string {
  const target = provisionOfUrl(link.url);
  if (!target) throw new Error(`不是法规库条文的网址：${link.url}`);
  return `pv-${target.slug}-${target.anchor}`;
}

/** The link of a resolved citation. */
export function citationLink({ statute, provision }: ResolvedCitation, citation: Citation): CitationLink {
  return { label: citationLabel(citation, statute.shortTitle), url: provisionUrl(statute.slug, provision.anchor) };
}

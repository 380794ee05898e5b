/** What a printed leaflet shows, from an explainer's or case's `leaflet:` front matter (build time). */
import type { Leaflet } from '../schemas/content.ts';
import { citationLinkOf } from './statutes.ts';

/** A leaflet with its citations as readers see them (《劳动合同法》第四十七条第一款). */
export interface PrintedLeaflet {
  points: Array<{ text: string; basis: string[] }>;
  mainArticles: string[];
  example?: { title: string; lines: string[] };
}

export function printedLeaflet(leaflet: Leaflet): PrintedLeaflet {
  const label = (c: string) => citationLinkOf(c).label;
  return {
    points: leaflet.points.map((p) => ({ text: p.text, basis: p.basis.map(label) })),
    mainArticles: leaflet.mainArticles.map(label),
    ...(leaflet.example ? { example: leaflet.example } : {}),
  };
}

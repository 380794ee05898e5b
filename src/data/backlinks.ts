/**
 * Build side of lib/backlinks: who on the site cites which article, read once per build from the
 * collections — explainers and cases (front matter basis, case facts and ruling, and the MDX
 * body's citations as the remark plugin recorded them), the calculators' listed basis, and the
 * public questions' basis. What a page links to is what it cites: a printed leaflet's citations
 * are on paper (repeating the page's), and the help box on every page is not the page's subject.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { CALCULATORS } from '../lib/calc/specs.ts';
import { buildCitationGraph, type CitationGraph, type CitingPage, type CitingQuestion } from '../lib/backlinks/graph.ts';
import { findCitationsInText } from '../lib/statute/citation.ts';
import { provisionUrl } from '../lib/statute/links.ts';
import { resolveCitationText, statuteIndex } from './statutes.ts';

const dataUrl = (text: string) => {
  const { statute, provision } = resolveCitationText(text);
  return provisionUrl(statute.slug, provision.anchor);
};

/** Citations quoted in prose (case facts and ruling), already checked by the schema. */
const proseUrls = (text: string) =>
  findCitationsInText(text).flatMap((hit) => {
    const result = statuteIndex().resolve(hit.citation);
    return 'error' in result ? [] : [provisionUrl(result.statute.slug, result.provision.anchor)];
  });

/** The `slug#anchor` list remark-citations records for an MDX body, as library URLs. */
async function bodyUrls(entry: CollectionEntry<'explainers'> | CollectionEntry<'cases'>): Promise<string[]> {
  const { remarkPluginFrontmatter } = await render(entry);
  const refs = (remarkPluginFrontmatter?.citations ?? []) as string[];
  return refs.map((ref) => {
    const [slug, anchor] = ref.split('#');
    return provisionUrl(slug!, anchor!);
  });
}

let pages: Promise<CitingPage[]> | undefined;
/** Every page that cites articles, with what it cites; read once per build. */
export function citingPages(): Promise<CitingPage[]> {
  pages ??= (async () => {
    const explainers = await Promise.all(
      (await getCollection('explainers')).map(async (e): Promise<CitingPage> => ({
        kind: 'explainer',
        title: e.data.title,
        url: `/explainers/${e.id}/`,
        cites: [...e.data.basis.map(dataUrl), ...(await bodyUrls(e))],
      })),
    );
    const cases = await Promise.all(
      (await getCollection('cases')).map(async (c): Promise<CitingPage> => ({
        kind: 'case',
        title: c.data.title,
        url: `/cases/${c.id}/`,
        cites: [...c.data.basis.map(dataUrl), ...proseUrls(c.data.facts), ...proseUrls(c.data.ruling), ...(await bodyUrls(c))],
      })),
    );
    const calculators = CALCULATORS.map((spec): CitingPage => ({
      kind: 'calculator',
      title: spec.title,
      url: `/tools/${spec.id}/`,
      cites: spec.basis.map(dataUrl),
    }));
    return [...explainers, ...cases, ...calculators];
  })();
  return pages;
}

let graph: Promise<CitationGraph> | undefined;
/** The citation graph of this build, turned around (what cites each article); built once. */
export function citationGraph(): Promise<CitationGraph> {
  graph ??= (async () => {
    const questions = (await getCollection('questions')).map((q): CitingQuestion => ({ id: q.data.id, cites: q.data.basis.map(dataUrl) }));
    return buildCitationGraph(await citingPages(), questions);
  })();
  return graph;
}

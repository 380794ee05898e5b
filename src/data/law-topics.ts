/** Build side of law-topics.ts: reads the collections (Astro build only). */
import { getCollection } from 'astro:content';
import { resolveCitationText } from './statutes.ts';
import { lawTopics } from '../lib/search/law-topics.ts';

let cached: Promise<Map<string, string[]>> | undefined;

/** Topics of every law, from what cites it; computed once per build. */
export function lawTopicsBySlug(): Promise<Map<string, string[]>> {
  cached ??= (async () => {
    const slugs = (basis: readonly string[]) => basis.map((b) => resolveCitationText(b).statute.slug);
    const explainers = (await getCollection('explainers')).map((e) => ({ topics: e.data.topics, laws: slugs(e.data.basis) }));
    const cases = (await getCollection('cases')).map((c) => ({ topics: c.data.topics, laws: slugs(c.data.basis) }));
    const questions = (await getCollection('questions')).map((q) => ({ topics: [q.data.topic], laws: slugs(q.data.basis) }));
    return lawTopics([...explainers, ...cases, ...questions]);
  })();
  return cached;
}

/**
 * Topics (主题) of the laws, for the search filter. Laws carry no topics of their own; a law is
 * filed under the topics of the explainers, cases and questions that cite it, when at least
 * MIN_CITING of them do (one stray citation does not make 劳动法 a 宪法 text).
 */
import { TOPICS } from '../../schemas/taxonomy.ts';

export const MIN_CITING = 2;

export interface CitingItem {
  topics: readonly string[];
  /** Slugs of the laws it cites */
  laws: readonly string[];
}

/** slug → topics in taxonomy order. */
export function lawTopics(items: readonly CitingItem[], minCiting = MIN_CITING): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const item of items) {
    for (const slug of new Set(item.laws)) {
      const byTopic = counts.get(slug) ?? new Map<string, number>();
      for (const topic of new Set(item.topics)) byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
      counts.set(slug, byTopic);
    }
  }
  return new Map([...counts].map(([slug, byTopic]) => [slug, TOPICS.filter((t) => (byTopic.get(t) ?? 0) >= minCiting)]));
}

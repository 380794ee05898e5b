/** Topic ↔ URL name (TOPIC_SLUGS in schemas/taxonomy.ts), for anchors and per-topic files. */
import { TOPIC_SLUGS, type Topic } from '../schemas/taxonomy.ts';

const SLUGS = new Map<string, string>(Object.entries(TOPIC_SLUGS));
const TOPIC_OF_SLUG = new Map([...SLUGS].map(([topic, slug]) => [slug, topic]));

/** 休息休假 → xiuxi-xiujia; throws for a topic not in the list (a programming error). */
export function topicSlug(topic: string): string {
  const slug = SLUGS.get(topic);
  if (!slug) throw new Error(`未知的主题：${topic}`);
  return slug;
}

/** The topic of a slug made by topicSlug, or undefined. */
export function topicOfSlug(slug: string): Topic | undefined {
  return TOPIC_OF_SLUG.get(slug) as Topic | undefined;
}

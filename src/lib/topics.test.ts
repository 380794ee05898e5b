import { describe, expect, it } from 'vitest';
import { TOPICS } from '../schemas/taxonomy.ts';
import { topicOfSlug, topicSlug } from './topics.ts';

describe('topic slugs', () => {
  it('gives every topic a distinct, URL-safe name that maps back to it', () => {
    const slugs = TOPICS.map(topicSlug);
    expect(new Set(slugs).size).toBe(TOPICS.length);
    for (const [i, slug] of slugs.entries()) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(topicOfSlug(slug)).toBe(TOPICS[i]);
    }
    expect(topicSlug('休息休假')).toBe('xiuxi-xiujia');
    expect(() => topicSlug('不存在')).toThrow(/未知的主题/);
  });
});

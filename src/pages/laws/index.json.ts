import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { manifestEntry } from '../../lib/statute/manifest.ts';

/** `dist/laws/index.json`: one object per law, for other tools and tests. */
export const GET: APIRoute = async () => {
  const laws = await getCollection('laws');
  const entries = laws.map((l) => manifestEntry(l.data)).sort((a, b) => a.slug.localeCompare(b.slug));
  return new Response(JSON.stringify(entries, null, 2), { headers: { 'Content-Type': 'application/json' } });
};

/** The pages the service worker kept, for the offline page (browser only). */
import { sitePath } from '../lib/site/paths.ts';
import { PAGE_CACHE } from '../lib/site/caches.ts';

/** Pages kept in the page cache, with their <title>, for the offline page's list. */
export async function listSavedPages(): Promise<Array<{ url: string; title: string }>> {
  if (!('caches' in window)) return [];
  try {
    const cache = await caches.open(PAGE_CACHE);
    const requests = await cache.keys();
    const pages = await Promise.all(
      requests.map(async (request) => {
        const response = await cache.match(request);
        const html = response ? await response.text() : '';
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/ - 人社普法小站$/, '') ?? request.url;
        return { url: new URL(request.url).pathname, title };
      }),
    );
    return pages.filter((p) => p.url !== sitePath('/offline/')).sort((a, b) => a.url.localeCompare(b.url));
  } catch {
    return [];
  }
}

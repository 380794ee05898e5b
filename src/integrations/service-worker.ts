/**
 * Build step: dist/sw.js with Workbox (workbox-build's generateSW), after the search index so
 * that search files exist. The site shell, the quiz and calculator code are precached; pages are
 * kept as they are visited (network first, so a new deploy shows at once when online); question
 * data and search files are cached when fetched. A new deploy's worker takes over immediately
 * (skipWaiting + clientsClaim).
 *
 * Deployed under a sub-path (`base` /pufa/), the worker lives at /pufa/sw.js and is registered with
 * that scope, so it never handles the rest of the host; its precache URLs are relative to it, and the
 * runtime routes below match under the base path only.
 *
 * With a results collector configured (site.config.yaml collector.url), a result code POSTed while
 * the network is down is also kept by Workbox's Background Sync queue (workbox-background-sync,
 * which generateSW bundles when a route has `backgroundSync`) and sent again when the browser
 * regains connectivity, even if no page of the site is open then. The page's own outbox
 * (src/client/outbox.ts) still keeps the code until it sees a receipt; the service stores a code
 * once however often it arrives. Without a collector the worker has no such route and no queue code.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { ASSET_CACHE, PAGE_CACHE, QUIZ_DATA_CACHE } from '../lib/site/caches.ts';
import { normalizeBase, sitePath } from '../lib/site/paths.ts';

/** A same-origin URL under `base` whose path matches `rest` (workbox tests the whole URL). */
function underBase(base: string, rest: string): RegExp {
  const escaped = base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`^https?://[^/]+${escaped}${rest}`);
}

/** The Background Sync queue of result codes (IndexedDB, one per origin). */
export const RESULTS_SYNC_QUEUE = 'pufa-results';

/** Exactly the collector's POST /v1/results URL (Workbox matches a cross-origin URL only from its start). */
export function resultsRoute(collectorUrl: string): RegExp {
  const href = new URL('v1/results', collectorUrl).href;
  return new RegExp(`^${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
}

export interface ServiceWorkerOptions {
  /** site.config.yaml collector.url */
  collectorUrl?: string;
}

export default function serviceWorker({ collectorUrl }: ServiceWorkerOptions = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'pufa-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          swDest: `${out}/sw.js`,
          globPatterns: ['_astro/**/*.{js,css}', 'offline/index.html', 'favicon.svg'],
          // The outbox starter script exists in every build but runs only where a collector is configured.
          globIgnores: collectorUrl ? [] : ['_astro/CollectorOutbox.*.js'],
          // Hashed names change with content, so an unchanged file is not downloaded again after a deploy.
          dontCacheBustURLsMatching: /^_astro\//,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          navigateFallback: undefined,
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: PAGE_CACHE,
                networkTimeoutSeconds: 4,
                expiration: { maxEntries: 200 },
                precacheFallback: { fallbackURL: sitePath('/offline/index.html', base) },
              },
            },
            {
              urlPattern: underBase(base, 'quiz/[^?#]*\\.json(?:[?#]|$)'),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: QUIZ_DATA_CACHE, expiration: { maxEntries: 60 } },
            },
            {
              urlPattern: underBase(base, '(?:pagefind|og)/'),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: ASSET_CACHE, expiration: { maxEntries: 300 } },
            },
            ...(collectorUrl
              ? [
                  {
                    urlPattern: resultsRoute(collectorUrl),
                    handler: 'NetworkOnly' as const,
                    method: 'POST' as const,
                    // Kept for a week: a competition's participants come back within days.
                    options: { backgroundSync: { name: RESULTS_SYNC_QUEUE, options: { maxRetentionTime: 7 * 24 * 60 } } },
                  },
                ]
              : []),
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker: ${count} files precached (${(size / 1024).toFixed(1)} KB)`);
      },
    },
  };
}

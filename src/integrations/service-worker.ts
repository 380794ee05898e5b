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

export default function serviceWorker(): AstroIntegration {
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
          ],
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker: ${count} files precached (${(size / 1024).toFixed(1)} KB)`);
      },
    },
  };
}

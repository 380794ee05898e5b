/**
 * Build step: dist/sw.js with Workbox (workbox-build's generateSW), after the search index so
 * that search files exist. The site shell, the quiz and calculator code are precached; pages are
 * kept as they are visited (network first, so a new deploy shows at once when online); question
 * data and search files are cached when fetched. A new deploy's worker takes over immediately
 * (skipWaiting + clientsClaim).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { ASSET_CACHE, PAGE_CACHE, QUIZ_DATA_CACHE } from '../lib/site/caches.ts';

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'pufa-service-worker',
    hooks: {
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
                precacheFallback: { fallbackURL: '/offline/index.html' },
              },
            },
            {
              urlPattern: ({ url }) => url.pathname.startsWith('/quiz/') && url.pathname.endsWith('.json'),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: QUIZ_DATA_CACHE, expiration: { maxEntries: 60 } },
            },
            {
              urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/og/'),
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

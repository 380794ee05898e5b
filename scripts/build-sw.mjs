// Generates dist/sw.js with Workbox (workbox-build's generateSW): the site shell, the quiz and
// calculator code are precached; pages are kept as they are visited (network first, so a new
// deploy shows at once when online); question data and search files are cached when fetched.
// A new deploy's worker takes over immediately (skipWaiting + clientsClaim).
import { generateSW } from 'workbox-build';

const PAGE_CACHE = 'pufa-pages'; // keep in sync with src/lib/offline.ts

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  swDest: 'dist/sw.js',
  globPatterns: ['_astro/**/*.{js,css}', 'offline/index.html', 'favicon.svg'],
  // Pages are revisioned by content, so an unchanged page is not downloaded again after a deploy.
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
      options: { cacheName: 'pufa-quiz-data', expiration: { maxEntries: 60 } },
    },
    {
      urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/og/'),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'pufa-assets', expiration: { maxEntries: 300 } },
    },
  ],
});
for (const w of warnings) console.warn(w);
console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(1)} KB)`);

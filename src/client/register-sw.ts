import { BASE_PATH, sitePath } from '../lib/site/paths.ts';

/** Registers the service worker of a built site (not in `astro dev`), after the page has loaded. */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    // Scope: the site's own path, so a site deployed under /pufa/ does not claim the rest of the host.
    navigator.serviceWorker.register(sitePath('/sw.js'), { scope: BASE_PATH }).catch(() => undefined);
  });
}

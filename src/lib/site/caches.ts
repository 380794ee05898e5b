/** Names the service worker (src/integrations/service-worker.ts) and the pages (src/client/offline.ts) share. */

/** Pages kept as they are visited, for reading offline. */
export const PAGE_CACHE = 'pufa-pages';
/** Question data, fetched and kept when a quiz starts. */
export const QUIZ_DATA_CACHE = 'pufa-quiz-data';
/** Search files and share images. */
export const ASSET_CACHE = 'pufa-assets';

/**
 * The site may be deployed on its own host name (base path `/`) or under a sub-path of the
 * bureau's site (`/pufa/`, from site.config.yaml `baseUrl`, handed to Astro as `base`).
 *
 * Inside the code every page, data file and citation URL is a *site path*: root-relative and
 * without the base (`/laws/laodong-fa/#art-47`), so the same value works for links, popovers,
 * share images and tests. `sitePath` adds the base where a URL leaves the code (an `href`, a
 * `fetch`, the service worker's scope); `pathInSite` takes it off a URL the browser reports.
 */

/** `/`, or the sub-path with one slash at each end (`/pufa/`). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The base path of this build: Astro's `base` as Vite hands it to pages and browser code
 * (`import.meta.env.BASE_URL`). Build steps that run outside Vite (integrations) pass theirs.
 */
export const BASE_PATH: string = normalizeBase(import.meta.env?.BASE_URL ?? '/');

/** The URL a browser requests for a site path: `/laws/` → `/pufa/laws/`. Other URLs are returned as they are. */
export function sitePath(path: string, base: string = BASE_PATH): string {
  if (!path.startsWith('/') || path.startsWith('//') || base === '/') return path;
  return `${base}${path.slice(1)}`;
}

/** The site path of a URL path under the base: `/pufa/laws/` → `/laws/`; null when it is outside the site. */
export function pathInSite(pathname: string, base: string = BASE_PATH): string | null {
  if (base === '/') return pathname.startsWith('/') ? pathname : null;
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : null;
}

/** The base path a site config's `baseUrl` implies: `https://rsj.example.gov.cn/pufa/` → `/pufa/`. */
export function basePathOf(baseUrl: string): string {
  return normalizeBase(new URL(baseUrl).pathname);
}

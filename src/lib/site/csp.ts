/**
 * The site's Content-Security-Policy, apart from the per-page script and style hashes Astro adds.
 * Pure: the build passes the site configuration in (astro.config.mjs), and the README's nginx
 * example is checked against it by a test.
 */
import type { SiteConfig } from '../../schemas/site.ts';

/** Origins beyond the site itself that pages may call with fetch(): configured services only. */
export function connectOrigins(site: Pick<SiteConfig, 'wechat'> & { collector?: { url?: string } }): string[] {
  const origins = new Set<string>();
  const endpoint = site.wechat?.jssdkSignatureEndpoint;
  if (endpoint && /^https:\/\//.test(endpoint)) origins.add(new URL(endpoint).origin);
  if (site.collector?.url) origins.add(new URL(site.collector.url).origin);
  return [...origins];
}

type CspDirective =
  `${'default-src' | 'img-src' | 'connect-src' | 'worker-src' | 'manifest-src' | 'font-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/**
 * Directives every page carries in its <meta> policy (script-src and style-src come from Astro,
 * with hashes). `frame-ancestors` cannot be set by a <meta> element: the server sends it
 * (README, nginx), with the other headers of `SERVER_HEADERS`.
 */
export function cspDirectives(site: Parameters<typeof connectOrigins>[0]): CspDirective[] {
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...connectOrigins(site)].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** Response headers the server adds to every page (the README's nginx example sends exactly these). */
export const SERVER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

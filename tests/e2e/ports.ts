/**
 * Ports of the end-to-end servers. One set per checkout (several worktrees may run their tests
 * at once on one machine), derived from the checkout's path, so that a build step and the tests
 * agree on them without talking to each other.
 */

/** The main site's preview (playwright.config.ts webServer): 4300–4899, or PUFA_E2E_PORT. */
export function sitePort(cwd: string = process.cwd()): number {
  return Number(process.env.PUFA_E2E_PORT ?? 4300 + ([...cwd].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 600));
}

/**
 * The second build with a results collector configured (scripts/build-collector-site.mjs →
 * dist-collector/, tests/e2e/collector.spec.ts): its preview and its collector. The collector's
 * URL is part of that build (site.config.yaml collector.url, the pages' CSP), so it is fixed here.
 */
export function collectorE2EPorts(cwd: string = process.cwd()): { site: number; collector: number } {
  const base = sitePort(cwd);
  return { site: base + 1000, collector: base + 1600 };
}

/** The output folder of that build. */
export const COLLECTOR_DIST = 'dist-collector';

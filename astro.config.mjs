// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { rehypeBasePath } from './src/plugins/rehype-base-path.ts';
import { basePathOf } from './src/lib/site/paths.ts';
import { loadSiteConfig } from './src/data/site-config.ts';
import siteConfig from './src/integrations/site-config.ts';
import islandStyles from './src/integrations/island-styles.ts';
import checkContent, { assertContentValid } from './src/integrations/check-content.ts';
import ogImages from './src/integrations/og-images/integration.ts';
import answerKeys from './src/integrations/answer-keys.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { cspDirectives } from './src/lib/site/csp.ts';

/**
 * site.config.yaml, read and validated once; every page gets it as `virtual:pufa/site`. When it is
 * wrong, the content check reports it together with every other mistake in the content.
 */
const site = (() => {
  try {
    return loadSiteConfig();
  } catch (error) {
    assertContentValid(process.cwd());
    throw error;
  }
})();
/** `/` on the site's own host name, `/pufa/` when `baseUrl` is a sub-path of the bureau's site. */
const base = basePathOf(site.baseUrl);

export default defineConfig({
  site: site.baseUrl,
  base,
  // A second build of the same checkout (the sub-path test) writes elsewhere than dist/.
  outDir: process.env.PUFA_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Chinese text keeps its own quotation marks.
    processor: unified({ remarkPlugins: [remarkCitations], rehypePlugins: [[rehypeBasePath, { base }]], smartypants: false }),
    // No code blocks on this site; Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
  },
  // First the content check (src/data/check-content.ts), before Astro's loaders read anything:
  // every content mistake at once, in Chinese. After the pages are built, in this order: Astro's
  // island style moved into <head>, share images (dist/og/), sealed quizzes' answer keys (private/,
  // not deployed), the search index (dist/pagefind/), then the service worker, which precaches what
  // the steps before it wrote. `astro build` alone yields the whole site.
  integrations: [
    checkContent(),
    mdx(),
    preact(),
    siteConfig(site),
    islandStyles(),
    ogImages(site),
    answerKeys(),
    pagefindIndex(),
    serviceWorker({ collectorUrl: site.collector.url }),
  ],
  // A strict Content-Security-Policy in every page: scripts and styles only from the site or by hash
  // (Astro hashes what it bundles; the two inline scripts add their own), WebAssembly for the search.
  security: {
    csp: {
      directives: cspDirectives(site),
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { loadSiteConfig } from './src/data/site-config.ts';
import siteConfig from './src/integrations/site-config.ts';
import ogImages from './src/integrations/og-images/integration.ts';
import answerKeys from './src/integrations/answer-keys.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { cspDirectives } from './src/lib/site/csp.ts';

/** site.config.yaml, read and validated once; every page gets it as `virtual:pufa/site`. */
const site = loadSiteConfig();

export default defineConfig({
  site: site.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Chinese text keeps its own quotation marks.
    processor: unified({ remarkPlugins: [remarkCitations], smartypants: false }),
    // No code blocks on this site; Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
  },
  // After the pages are built, in this order: share images (dist/og/), sealed quizzes' answer
  // keys (private/, not deployed), the search index (dist/pagefind/), then the service worker,
  // which precaches what the steps before it wrote. `astro build` alone yields the whole site.
  integrations: [
    mdx(),
    preact(),
    siteConfig(site),
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

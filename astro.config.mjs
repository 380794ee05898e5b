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

/** site.config.yaml, read and validated once; every page gets it as `virtual:pufa/site`. */
const site = loadSiteConfig();

export default defineConfig({
  site: site.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Chinese text keeps its own quotation marks.
    processor: unified({ remarkPlugins: [remarkCitations], smartypants: false }),
  },
  // After the pages are built, in this order: share images (dist/og/), sealed quizzes' answer
  // keys (private/, not deployed), the search index (dist/pagefind/), then the service worker,
  // which precaches what the steps before it wrote. `astro build` alone yields the whole site.
  integrations: [mdx(), preact(), siteConfig(site), ogImages(site), answerKeys(), pagefindIndex(), serviceWorker()],
  devToolbar: { enabled: false },
});

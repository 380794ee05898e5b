// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { loadSiteConfig } from './src/data/site-config.ts';
import ogImages from './src/integrations/og-images/integration.ts';

const siteConfig = loadSiteConfig();

export default defineConfig({
  site: siteConfig.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Chinese text keeps its own quotation marks.
    processor: unified({ remarkPlugins: [remarkCitations], smartypants: false }),
  },
  // ogImages draws each page's share images (dist/og/…) after the pages are built.
  integrations: [mdx(), preact(), ogImages()],
  devToolbar: { enabled: false },
});

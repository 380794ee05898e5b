// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations';
import { loadSiteConfig } from './src/lib/site-config';
import ogImages from './src/lib/og/integration';

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

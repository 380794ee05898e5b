// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations';
import { loadSiteConfig } from './src/lib/site-config';

const siteConfig = loadSiteConfig();

export default defineConfig({
  site: siteConfig.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Chinese text keeps its own quotation marks.
    processor: unified({ remarkPlugins: [remarkCitations], smartypants: false }),
  },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});

/**
 * Build step: the Pagefind search index over the built pages, through Pagefind's Node API (as
 * Astro Starlight does), so `astro build` alone produces a searchable site.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pufa-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const start = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind 无法建立索引：${errors.join('；')}`);
        try {
          const added = await index.addDirectory({ path: out });
          if (added.errors.length) throw new Error(`Pagefind 索引页面出错：${added.errors.join('；')}`);
          const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('；')}`);
          logger.info(
            `搜索索引：处理了 ${added.page_count} 个页面文件（只索引带 data-pagefind-body 的页面），用时 ${((performance.now() - start) / 1000).toFixed(1)} 秒`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

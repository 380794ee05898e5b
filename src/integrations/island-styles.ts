/** Build step: Astro's island style moves from each page's body into its head (see lib/site/island-styles.ts). */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistIslandStyle } from '../lib/site/island-styles.ts';

export default function islandStyles(): AstroIntegration {
  return {
    name: 'pufa-island-styles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
        let moved = 0;
        for (const file of files) {
          const path = join(out, file);
          const html = await readFile(path, 'utf8');
          const fixed = hoistIslandStyle(html);
          if (fixed !== html) {
            await writeFile(path, fixed);
            moved++;
          }
        }
        logger.info(`组件样式移入 <head>：${moved} 个页面`);
      },
    },
  };
}

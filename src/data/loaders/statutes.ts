import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseStatute } from '../../lib/statute/parse.ts';

/**
 * Loads statute files in the corpus format (`# title`, history lines, `<!-- INFO END -->`,
 * chapters and 第N条 articles) as parsed statutes, keyed by URL slug.
 */
export function statuteLoader({ base }: { base: string }): Loader {
  return {
    name: 'statute-loader',
    load: async ({ store, config, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = isAbsolute(base) ? base : join(root, base);
      const load = async () => {
        store.clear();
        const bySlug = new Map<string, string>();
        const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
        for (const name of names) {
          const filePath = relative(root, join(dir, name));
          const source = await readFile(join(dir, name), 'utf8');
          const statute = parseStatute(source, filePath);
          const clash = bySlug.get(statute.slug);
          if (clash) {
            throw new Error(
              `${filePath} 与 ${clash} 的网址标识（slug）都是“${statute.slug}”。请在其中一个文件开头加 front matter 指定不同的 slug，例如：\n---\nslug: ${statute.slug}-2\n---`,
            );
          }
          bySlug.set(statute.slug, filePath);
          store.set({ id: statute.slug, data: { ...statute }, filePath, digest: generateDigest(source) });
        }
        logger.info(`已载入 ${names.length} 部法规`);
      };
      await load();
      watcher?.add(dir);
      watcher?.on('all', async (_event, path) => {
        if (path.startsWith(dir)) await load();
      });
    },
  };
}

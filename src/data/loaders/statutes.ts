import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { reloadStatutes, statuteIndex } from '../statutes.ts';

/**
 * Loads the statute library (corpus-format Markdown files: `# title`, history lines,
 * `<!-- INFO END -->`, chapters and 第N条 articles) as parsed statutes, keyed by URL slug.
 * The files are parsed once per build, by src/data/statutes.ts, which the citation checks share.
 */
export function statuteLoader({ base }: { base: string }): Loader {
  return {
    name: 'statute-loader',
    load: async ({ store, config, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = isAbsolute(base) ? base : join(root, base);
      const load = (statutes: ReturnType<typeof statuteIndex>['statutes']) => {
        store.clear();
        for (const statute of statutes)
          store.set({
            id: statute.slug,
            data: { ...statute },
            filePath: relative(root, isAbsolute(statute.file) ? statute.file : join(root, statute.file)),
            digest: generateDigest({ ...statute }),
          });
        logger.info(`已载入 ${statutes.length} 部法规`);
      };
      load(statuteIndex().statutes);
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir)) load(reloadStatutes().statutes);
      });
    },
  };
}

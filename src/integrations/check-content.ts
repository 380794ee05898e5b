import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../data/check-content.ts';
import { formatReport } from '../lib/content/problems.ts';

/**
 * An error whose text is the whole content report, without a stack trace (the report already
 * names every file and line; a stack would only hide it).
 */
export class ContentCheckError extends Error {
  constructor(report: string) {
    super(report);
    this.name = 'ContentCheckError';
    this.stack = report;
  }
}

/** Runs `npm run check:content` over a project and throws the report when anything is wrong. */
export function assertContentValid(root: string): void {
  const { problems } = checkContent({ contentDir: join(root, 'content'), siteConfig: join(root, 'site.config.yaml') });
  if (problems.length) throw new ContentCheckError(formatReport(problems));
}

/**
 * The content check as the first build step: it runs in astro:config:setup, before the content
 * layer loads any collection, so an editor sees every mistake at once in Chinese (Astro's own
 * loaders stop at the first and report in English). In `astro dev` the report is logged and the
 * server still starts, so the editor can fix files while it runs. `astro preview` skips it.
 */
export default function checkContentIntegration(): AstroIntegration {
  return {
    name: 'pufa:check-content',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // `astro preview` serves dist/, already checked when it was built.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const started = performance.now();
        try {
          assertContentValid(root);
        } catch (error) {
          if (command === 'dev' && error instanceof ContentCheckError) {
            logger.error(error.message);
            return;
          }
          throw error;
        }
        logger.info(`内容检查通过（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
      },
    },
  };
}

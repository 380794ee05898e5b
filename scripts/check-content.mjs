/**
 * 内容检查 (command line): validates every content file, citation and cross-reference without a
 * build and prints every mistake, grouped by file, as `文件:行:列：…`; exits 1 when there is any.
 *
 *   npm run check:content                  # content/ and site.config.yaml of this project
 *   npm run check:content -- <内容文件夹>   # another content folder (laws/, explainers/, …)
 *   PUFA_CONTENT_DIR=<内容文件夹> npm run check:content
 *
 * Options:
 *   --site <file>   the site.config.yaml to check (default: beside the content folder, if any)
 *   --no-site       do not check a site.config.yaml
 *
 * It imports the TypeScript sources directly (see typescript-sources.mjs), so it checks with the
 * same schemas and parsers as `astro build`, which runs the same check first.
 */
import { resolve } from 'node:path';
import { allowTypeScriptSources } from './typescript-sources.mjs';

allowTypeScriptSources('内容检查需要 Node 22.18 或更高版本，请用 npm run check:content 运行');

const args = process.argv.slice(2);
let contentDir = process.env.PUFA_CONTENT_DIR ?? 'content';
let siteConfig;
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--site') siteConfig = resolve(args[++i] ?? '');
  else if (arg === '--no-site') siteConfig = null;
  else if (arg === '--help' || arg === '-h') {
    console.log('用法：npm run check:content -- [内容文件夹] [--site site.config.yaml | --no-site]');
    process.exit(0);
  } else contentDir = arg;
}

const started = performance.now();
const { checkContent } = await import('../src/data/check-content.ts');
const { formatReport } = await import('../src/lib/content/problems.ts');
const { problems, files } = checkContent({ contentDir, ...(siteConfig === undefined ? {} : { siteConfig }) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const counted = Object.entries(files)
  .map(([collection, n]) => `${collection} ${n}`)
  .join('，');
if (problems.length) {
  console.error(formatReport(problems));
  console.error(`（已检查：${counted}；用时 ${seconds} 秒）`);
  process.exit(1);
}
console.log(`内容检查通过：没有发现错误（已检查：${counted}；用时 ${seconds} 秒）`);

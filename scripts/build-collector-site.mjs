/**
 * Builds the site a second time, into dist-collector/, with a results collector configured, for
 * the end-to-end test of the collector (tests/e2e/collector.spec.ts): the collector's URL is part
 * of a build (the pages' CSP allows exactly that origin), so it needs a build of its own. The
 * configuration is the project's site.config.yaml with two changes: the site's address is its
 * local preview and collector.url is the local collector, on this checkout's ports
 * (tests/e2e/ports.ts). dist/ is left as it is.
 *
 *   npm run build:collector-site          (part of npm test)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump, load } from 'js-yaml';
import { COLLECTOR_DIST, collectorE2EPorts } from '../tests/e2e/ports.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ports = collectorE2EPorts(root);
const site = load(readFileSync(join(root, 'site.config.yaml'), 'utf8'));
const config = { ...site, baseUrl: `http://127.0.0.1:${ports.site}`, collector: { url: `http://127.0.0.1:${ports.collector}/` } };

const dir = mkdtempSync(join(tmpdir(), 'pufa-collector-site-'));
const file = join(dir, 'site.config.yaml');
writeFileSync(file, dump(config));
console.log(`构建带收集服务的测试站点：${COLLECTOR_DIST}/（网站 ${config.baseUrl}，收集服务 ${config.collector.url}）`);
const astro = join(root, 'node_modules', '.bin', 'astro');
const result = spawnSync(astro, ['build', '--outDir', COLLECTOR_DIST], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PUFA_SITE_CONFIG: file },
});
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);

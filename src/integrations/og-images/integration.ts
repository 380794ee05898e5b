import { availableParallelism } from 'node:os';
import { mkdir, readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../../schemas/site.ts';
import { SITE_NAME } from '../../lib/site/nav.ts';
import { OG_VARIANTS, ogImagePath, pageOfOgImage, type OgVariant } from '../../lib/og/paths.ts';
import { basePathOf, pathInSite, sitePath } from '../../lib/site/paths.ts';
import { pageShareMeta, type PageShareMeta } from '../../lib/og/page-meta.ts';
import { cachedPng, renderPng } from './render.ts';
import type { CardSpec } from '../../lib/og/template.ts';

/**
 * Draws every page's share images after the build, from what the built page itself declares in its
 * `<head>` (og:url, og:title, article:section), so no page can be missed and no list has to be kept.
 * Images go to dist/og/… at the paths of ./paths.ts; drawn PNGs are cached in node_modules/.cache/og/
 * by a hash of what is drawn, so an unchanged page is not drawn again. `PUFA_OG_NO_CACHE=1` draws all.
 * In `astro dev`, /og/….png is drawn on request from the page's HTML.
 */

const CACHE_DIR = 'node_modules/.cache/og';
/** Cached cards not used for this long are deleted. */
const CACHE_MAX_AGE_DAYS = 30;

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_astro' && entry.name !== 'og' && entry.name !== 'pagefind') out.push(...(await htmlFiles(path)));
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The card of a page from its share tags. */
export function cardSpecOf(meta: PageShareMeta, site: SiteConfig): CardSpec {
  const base = basePathOf(site.baseUrl);
  const pagePath = pathInSite(new URL(meta.url).pathname, base);
  return {
    title: meta.title,
    section: meta.section,
    bureau: site.shortName || site.name,
    siteName: SITE_NAME,
    // The address people type: the host, and the sub-path when the site is deployed under one.
    host: `${new URL(site.baseUrl).host}${base === '/' ? '' : base.slice(0, -1)}`,
    home: pagePath === '/',
  };
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

async function pruneCache(cacheDir: string): Promise<void> {
  const cutoff = Date.now() - CACHE_MAX_AGE_DAYS * 86_400_000;
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  for (const name of names) {
    const file = join(cacheDir, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < cutoff) await unlink(file).catch(() => undefined);
  }
}

export default function ogImages(site: SiteConfig): AstroIntegration {
  let root = process.cwd();
  // Image and page paths below are site paths; URLs in pages and requests carry the base path.
  const base = basePathOf(site.baseUrl);
  return {
    name: 'pufa-og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((req, res, next) => {
          const requested = req.url ? new URL(req.url, 'http://dev').pathname : null;
          const path = requested ? (pathInSite(requested, base) ?? requested) : null;
          const target = path ? pageOfOgImage(path) : null;
          if (!target) return next();
          void (async () => {
            const page = await fetch(`http://${req.headers.host}${encodeURI(sitePath(target.pagePath, base))}`);
            const meta = page.ok ? pageShareMeta(await page.text()) : null;
            if (!meta) {
              res.statusCode = 404;
              return res.end();
            }
            const png = await renderPng(cardSpecOf(meta, site), target.variant, root);
            res.setHeader('Content-Type', 'image/png');
            res.end(png);
          })().catch((err: unknown) => {
            logger.error(`分享图绘制失败：${String(err)}`);
            res.statusCode = 500;
            res.end();
          });
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const out = fileURLToPath(dir);
        const cacheDir = process.env.PUFA_OG_NO_CACHE === '1' ? null : join(root, CACHE_DIR);

        // Collect the cards every page asks for.
        const jobs = new Map<string, { spec: CardSpec; variant: OgVariant; page: string }>();
        for (const file of await htmlFiles(out)) {
          const meta = pageShareMeta(await readFile(file, 'utf8'));
          if (!meta) continue;
          const page = file.slice(out.length - 1);
          const pagePath = pathInSite(new URL(meta.url).pathname, base) ?? new URL(meta.url).pathname;
          const wanted = meta.images.map((src) => pathInSite(new URL(src).pathname, base) ?? src).filter((p) => p.startsWith('/og/'));
          for (const variant of OG_VARIANTS) {
            const path = ogImagePath(pagePath, variant);
            if (!wanted.includes(path)) continue;
            const other = jobs.get(path);
            if (other && other.page !== page) throw new Error(`分享图路径冲突：${page} 和 ${other.page} 都要用 ${path}，请给其中一个页面换个文件名`);
            jobs.set(path, { spec: cardSpecOf(meta, site), variant, page });
          }
          const unknown = wanted.filter((p) => !OG_VARIANTS.some((v) => ogImagePath(pagePath, v) === p));
          if (unknown.length) throw new Error(`${page} 的 og:image 指向 ${unknown.join('、')}，与分享图路径规则（src/lib/og/paths.ts）不符`);
        }

        let drawn = 0;
        let drawMs = 0;
        await pool([...jobs], availableParallelism() + 1, async ([path, job]) => {
          const result = await cachedPng(job.spec, job.variant, cacheDir, root);
          if (!result.hit) {
            drawn++;
            drawMs += result.ms;
          }
          const file = join(out, path);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, result.png);
        });
        if (cacheDir) await pruneCache(cacheDir);

        const total = (performance.now() - start) / 1000;
        // Wall time per new image (drawing overlaps, so this is lower than one card's own drawing time).
        const perImage = drawn
          ? `，新图平均每张 ${((total * 1000) / drawn).toFixed(0)} ms（单张绘制 ${(drawMs / drawn).toFixed(0)} ms，${availableParallelism()} 核并行）`
          : '';
        logger.info(`分享图 ${jobs.size} 张：新绘制 ${drawn} 张，取自缓存 ${jobs.size - drawn} 张，共用时 ${total.toFixed(1)} 秒${perImage}`);
      },
    },
  };
}

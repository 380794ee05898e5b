import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { pathInSite } from '../../src/lib/site/paths.ts';

/** Every HTML page of a built site (the search index's own files left out). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The file a URL path is served from, for a site built with `base`; none when outside the base. */
function fileFor(dist: string, pathname: string, base: string): string | undefined {
  const inSite = pathInSite(decodeURIComponent(pathname), base);
  if (inSite === null) return undefined;
  const candidates = inSite.endsWith('/') ? [join(dist, inSite, 'index.html')] : [join(dist, inSite), join(dist, inSite, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * Follows every internal link, stylesheet link and popover target of every page of `dist`
 * (built with `base`) to a file and an element id; returns what does not resolve, in Chinese.
 */
export function checkLinks(dist: string, base: string): { pages: number; checked: number; broken: string[] } {
  const files = htmlFiles(dist);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const doc = parse(readFileSync(file, 'utf8'));
      set = new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const doc = parse(readFileSync(file, 'utf8'));
    const page = base + relative(dist, file).replace(/index\.html$/, '');
    for (const el of doc.querySelectorAll('a[href], link[href], [popovertarget]')) {
      const popover = el.getAttribute('popovertarget');
      if (popover) {
        checked++;
        if (!idsOf(file).has(popover)) broken.push(`${page}: popovertarget="${popover}" 没有对应的元素`);
        continue;
      }
      const href = el.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:)/.test(href) && !href.startsWith('http://127.0.0.1')) continue;
      const url = new URL(href, `http://site${page}`);
      if (url.host !== 'site') continue;
      checked++;
      const target = fileFor(dist, url.pathname, base);
      if (!target) {
        broken.push(`${page}: ${href} 指向的页面不存在`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${page}: ${href} 的锚点 #${anchor} 不存在`);
    }
  }
  return { pages: files.length, checked, broken };
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { DIST } from './helpers.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The dist file a site path is served from. */
function fileFor(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(DIST, decoded, 'index.html')] : [join(DIST, decoded), join(DIST, decoded, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

test('every internal link and anchor in dist/ resolves', () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(30);
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
    const page = '/' + relative(DIST, file).replace(/index\.html$/, '');
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
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${page}: ${href} 指向的页面不存在`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) broken.push(`${page}: ${href} 的锚点 #${anchor} 不存在`);
    }
  }
  console.log(`检查了 ${files.length} 个页面中的 ${checked} 个站内链接`);
  expect(broken).toEqual([]);
});

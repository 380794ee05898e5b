import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import type { ManifestEntry } from './helpers.ts';

/**
 * A synthetic statute in the corpus format, used only for this build test and never published.
 * It carries the variations the parser must handle: spaced and full-width headings, a 序言-less
 * chapter layout, 之一 articles, items and full-width spaces.
 */
const FIXTURE = `# 测试用示例规定（非真实法规）

2020年1月1日 测试机关第1次会议通过

2020年3月1日 施行

<!-- INFO END -->

## 第一章 总 则

第一条　为了测试法规库，制定本规定。

第二条 本规定适用于下列情形：

（一）第一种情形；

（二）第二种情形。

## 第二章　分则

### 第一节 一般规定

第三条 第一款。

第二款。

第三条之一 新增的条文。

### 第二节 其他规定

第四条 本规定自2020年3月1日起施行。
`;

test('a new law file dropped into the laws folder gets its page, manifest entry and anchors', () => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'pufa-new-law-'));
  try {
    const laws = join(work, 'laws');
    cpSync('content/laws', laws, { recursive: true });
    writeFileSync(join(laws, '测试用示例规定(2020-01-01).md'), FIXTURE);
    const out = join(work, 'dist');
    const build = spawnSync('astro', ['build', '--outDir', out], {
      env: { ...process.env, PUFA_LAWS_DIR: laws },
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);

    const manifest = JSON.parse(readFileSync(join(out, 'laws/index.json'), 'utf8')) as ManifestEntry[];
    // Every law of the library and the dropped-in one.
    expect(manifest).toHaveLength(readdirSync('content/laws').filter((f) => f.endsWith('.md')).length + 1);
    const entry = manifest.find((l) => l.title === '测试用示例规定（非真实法规）');
    expect(entry).toMatchObject({
      shortTitle: '测试用示例规定（非真实法规）',
      effectiveDate: '2020-03-01',
      articleCount: 5,
      anchors: ['art-1', 'art-2', 'art-3', 'art-3-1', 'art-4'],
    });
    expect(entry!.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);

    const html = parse(readFileSync(join(out, 'laws', entry!.slug, 'index.html'), 'utf8'));
    for (const anchor of entry!.anchors) {
      expect(html.querySelector(`#${anchor}`), anchor).not.toBeNull();
      expect(html.querySelector(`a[href="#${anchor}"]`), `link to #${anchor}`).not.toBeNull();
    }
    expect(html.querySelector('#art-3-1')!.text).toContain('第三条之一');
    expect(html.querySelectorAll('.division-heading').map((h) => h.text)).toEqual([
      '第一章 总则',
      '第二章 分则',
      '第一节 一般规定',
      '第二节 其他规定',
    ]);
    const list = readFileSync(join(out, 'laws/index.html'), 'utf8');
    expect(list).toContain(`/laws/${entry!.slug}/`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

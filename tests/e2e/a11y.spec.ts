import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { lawByShortTitle } from './helpers.ts';

const pages = () => [
  { name: '首页', path: '/' },
  { name: '政策解读列表', path: '/explainers/' },
  { name: '政策解读', path: '/explainers/jingji-buchang/' },
  { name: '以案说法列表', path: '/cases/' },
  { name: '以案说法', path: '/cases/baoxin-zhi-jiaban-fei/' },
  { name: '法规库', path: '/laws/' },
  { name: '法规全文', path: `/laws/${lawByShortTitle('劳动合同法').slug}/` },
  { name: '规范性文件列表', path: '/laws/documents/' },
  { name: '规范性文件与解读', path: '/laws/shili-wenjian-dingli-laodong-hetong/' },
  { name: '本条练习', path: '/quiz/practice/?article=laodong-hetong-fa/art-47' },
  { name: '有序言的法规', path: `/laws/${lawByShortTitle('宪法').slug}/` },
  { name: '搜索结果', path: '/search/?q=' + encodeURIComponent('经济补偿') },
  { name: '学法答题', path: '/quiz/' },
  { name: '关于本站', path: '/about/' },
  { name: '404', path: '/404.html' },
];

for (const { name, path } of pages()) {
  test(`no axe violations: ${name}`, async ({ page }) => {
    // A full law page carries every article's backlinks: axe needs more than the default time on a busy machine.
    if (path.startsWith('/laws/') && path !== '/laws/' && path !== '/laws/documents/') test.slow();
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(page.locator('#search-status')).toContainText('找到');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}

test('no axe violations with a citation popover open and at the largest font size', async ({ page }) => {
  await page.goto('/explainers/jingji-buchang/');
  await page.getByRole('button', { name: '大号字' }).click();
  await page.locator('.cite-peek').first().click();
  await expect(page.locator('.cite-popover:popover-open')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

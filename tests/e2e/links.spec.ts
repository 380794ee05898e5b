import { expect, test } from '@playwright/test';
import { DIST } from './helpers.ts';
import { checkLinks } from './link-check.ts';

test('every internal link and anchor in dist/ resolves', () => {
  const { pages, checked, broken } = checkLinks(DIST, '/');
  expect(pages).toBeGreaterThan(30);
  console.log(`检查了 ${pages} 个页面中的 ${checked} 个站内链接`);
  expect(broken).toEqual([]);
});

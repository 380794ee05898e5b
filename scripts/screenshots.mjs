// Takes phone-size screenshots of built pages for a person to look at:
//   node scripts/screenshots.mjs http://127.0.0.1:4321 /laws/laodong-hetong-fa/#art-47 /explainers/jingji-buchang/
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4321', ...paths] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' });
mkdirSync('screenshots', { recursive: true });
for (const path of paths.length ? paths : ['/']) {
  const full = path.endsWith('!full');
  const clean = path.replace(/!full$/, '');
  await page.goto(base + clean);
  await page.waitForLoadState('networkidle');
  const name = clean.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: full });
  console.log(`screenshots/${name}.png`);
}
await browser.close();

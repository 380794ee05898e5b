import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { load as loadYaml } from 'js-yaml';
import { lawByShortTitle } from './helpers.ts';

const BASE_URL = (loadYaml(readFileSync('site.config.yaml', 'utf8')) as { baseUrl: string }).baseUrl.replace(/\/+$/, '');
const EXPLAINER = '/explainers/jingji-buchang/';
/** WeChat's in-app browser on Android (XWeb), as it identifies itself. */
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 XWEB/1220133 MMWEBSDK/20240404 MMWEBID/1234 MicroMessenger/8.0.49.2600(0x2800313D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

const shareButton = (page: Page) => page.getByRole('button', { name: '分享本页' });
const dialog = (page: Page) => page.getByRole('dialog', { name: '分享本页' });

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

test.describe('in a normal browser', () => {
  test('uses the Web Share API with the page title and canonical URL when there is one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          (window as unknown as { __shared: ShareData[] }).__shared.push(data);
          return Promise.resolve();
        },
      });
      (window as unknown as { __shared: ShareData[] }).__shared = [];
    });
    await page.goto(EXPLAINER);
    await shareButton(page).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toBe(BASE_URL + EXPLAINER);
    expect(shared[0]!.title).toBe(await page.title());
    expect(shared[0]!.title).toContain('经济补偿');
    await expect(dialog(page)).toBeHidden();
  });

  test('a cancelled share sheet does nothing else', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: () => Promise.reject(new DOMException('cancelled', 'AbortError')) });
    });
    await page.goto(EXPLAINER);
    await shareButton(page).click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toHaveCount(0);
    await expect(dialog(page)).toBeHidden();
  });

  test('without the Web Share API, copies the link and announces it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { configurable: true, value: undefined }));
    const law = lawByShortTitle('劳动合同法');
    // A law page opened at an article: the article's anchor is kept in the shared link.
    await page.goto(`/laws/${law.slug}/#art-47`);
    await shareButton(page).click();
    const status = page.locator('.share-status');
    await expect(status).toHaveText('链接已复制');
    await expect(status).toHaveAttribute('role', 'status');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE_URL}/laws/${law.slug}/#art-47`);
  });

  test('when copying is refused, shows the link selected for copying by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto('/tools/severance/');
    await shareButton(page).click();
    await expect(dialog(page)).toBeVisible();
    const field = dialog(page).getByLabel('链接已选中，请复制后发送');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(BASE_URL + '/tools/severance/');
    const selected = await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
    expect(selected).toBe(BASE_URL + '/tools/severance/');
    await expect(dialog(page).getByText('右上角')).toBeHidden();
    await dialog(page).getByRole('button', { name: '关闭' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(shareButton(page)).toBeFocused();
  });

  test('the QR code is not on screen until the share dialog opens', async ({ page }) => {
    await page.goto(EXPLAINER);
    await expect(page.locator('.page-qr svg')).toHaveCount(1);
    await expect(page.locator('.page-qr svg')).toBeHidden();
  });

  test('the button is on explainers, cases, laws, tools and quiz pages', async ({ page }) => {
    const law = lawByShortTitle('劳动合同法');
    for (const path of [
      EXPLAINER,
      '/cases/baoxin-zhi-jiaban-fei/',
      `/laws/${law.slug}/`,
      '/tools/',
      '/tools/overtime/',
      '/quiz/',
      '/quiz/daily/',
      '/quiz/shili-ceshi/',
      '/quiz/practice/',
    ]) {
      await page.goto(path);
      await expect(shareButton(page), path).toBeVisible();
    }
  });
});

test.describe('inside WeChat', () => {
  test.use({ userAgent: WECHAT_UA });

  test('points to the ··· menu, offers the QR code, closes with Escape and returns focus', async ({ page }, testInfo) => {
    const wxRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('res.wx.qq.com') || r.url().includes('jweixin')) wxRequests.push(r.url());
    });
    await page.goto(EXPLAINER);
    await shareButton(page).focus();
    await page.keyboard.press('Enter');

    const d = dialog(page);
    await expect(d).toBeVisible();
    await expect(d).toContainText('右上角');
    await expect(d).toContainText('···');
    await expect(d).toContainText('发送给朋友');
    const qr = d.getByRole('img', { name: /本页网址二维码/ });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    expect(await qr.getAttribute('aria-label')).toContain(BASE_URL + EXPLAINER);
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(120);
    await expect(d.locator('.share-arrow')).toBeVisible();
    await expect(d.getByLabel('链接已选中，请复制后发送')).toBeHidden();
    await expect(d.getByRole('button', { name: '关闭' })).toBeFocused();

    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('share-dialog-wechat.png') });

    await page.keyboard.press('Escape');
    await expect(d).toBeHidden();
    await expect(shareButton(page)).toBeFocused();

    // The JS-SDK is not configured in the sample site: nothing is loaded from WeChat's servers.
    expect(wxRequests).toEqual([]);
    expect(await page.locator('script[src*="jweixin"]').count()).toBe(0);
    expect(await page.content()).not.toContain('jweixin');
  });

  test('a tap on the backdrop closes the dialog', async ({ page }) => {
    await page.goto('/cases/baoxin-zhi-jiaban-fei/');
    await shareButton(page).click();
    await expect(dialog(page)).toBeVisible();
    await page.mouse.click(20, 800);
    await expect(dialog(page)).toBeHidden();
  });
});

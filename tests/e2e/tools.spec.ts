import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { lawByShortTitle } from './helpers.ts';

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

const result = (page: Page) => page.locator('.calc-result');

test('经济补偿: fill, read the breakdown with its articles, and reopen the shared URL', async ({ page, context }) => {
  await page.goto('/tools/severance/');
  await page.getByLabel('劳动合同是怎样结束的').selectOption({ label: '单位提出，双方协商一致解除' });
  await page.getByLabel('入职（用工）日期').fill('2020-03-01');
  await page.getByLabel('离职日期（最后工作日）').fill('2023-10-31');
  await page.getByLabel('月平均工资', { exact: true }).fill('6000');
  await page.getByRole('button', { name: '计算' }).click();
  await expect(result(page).getByRole('heading', { level: 2 })).toHaveText('经济补偿 24,000.00 元');
  await expect(result(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(result(page)).toContainText('3 年 8 个月');
  await expect(result(page)).toContainText('6,000.00 元 × 4 个月 = 24,000.00 元');
  const law = lawByShortTitle('劳动合同法');
  await expect(result(page).locator(`a[href="/laws/${law.slug}/#art-47"]`).first()).toBeVisible();
  await expect(result(page)).toContainText('未提供当地上年度职工月平均工资');
  await expect(result(page)).toContainText('12333');
  expect(await axe(page)).toEqual([]);

  const shared = page.url();
  expect(shared).toContain('wage=6000');
  const other = await context.newPage();
  await other.goto(shared);
  await expect(other.locator('.calc-result h2')).toHaveText('经济补偿 24,000.00 元');
  await expect(other.getByLabel('月平均工资', { exact: true })).toHaveValue('6000');
});

test('经济补偿: the cap at three times the local average wage and twelve years', async ({ page }) => {
  await page.goto('/tools/severance/?reason=layoff&start=2008-01-01&end=2023-12-31&wage=30000&localAverageWage=8000');
  await expect(result(page).locator('h2')).toHaveText('经济补偿 288,000.00 元');
  await expect(result(page)).toContainText('年限封顶');
});

test('bad input gets clear Chinese messages next to the fields', async ({ page }) => {
  await page.goto('/tools/severance/');
  await page.getByLabel('入职（用工）日期').fill('2023-03-01');
  await page.getByLabel('离职日期（最后工作日）').fill('2022-10-31');
  await page.getByLabel('月平均工资', { exact: true }).fill('-100');
  await page.getByRole('button', { name: '计算' }).click();
  await expect(page.getByRole('alert')).toContainText('请先更正标红的 3 处输入');
  await expect(page.getByLabel('离职日期（最后工作日）')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('离职日期不能早于入职日期')).toBeVisible();
  await expect(page.getByText('月平均工资不能是负数')).toBeVisible();
  await expect(page.getByText('请选择劳动合同是怎样结束的')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('违法解除赔偿金 is twice the compensation', async ({ page }) => {
  await page.goto('/tools/unlawful-termination/?start=2020-03-01&end=2023-10-31&wage=6000');
  await expect(result(page).locator('h2')).toHaveText('赔偿金 48,000.00 元');
  await expect(result(page).locator(`a[href*="/laws/${lawByShortTitle('劳动合同法').slug}/#art-87"]`)).toBeVisible();
});

test('二倍工资 counts the months from the second month', async ({ page }) => {
  await page.goto('/tools/double-wage/');
  await page.getByLabel('入职（用工）日期').fill('2024-03-01');
  await page.getByLabel('计算截止日期').fill('2025-12-31');
  await page.getByLabel('月工资').fill('5000');
  await page.getByRole('button', { name: '计算' }).click();
  await expect(result(page).locator('h2')).toHaveText('另应支付二倍工资差额 54,821.43 元');
  await expect(result(page)).toContainText('2024年4月1日（满一个月的次日）至 2025年2月27日（满一年的前一日）');
  expect(await axe(page)).toEqual([]);
});

test('加班费 can be filled with the keyboard alone', async ({ page }) => {
  await page.goto('/tools/overtime/');
  await page.getByLabel('月工资（正常工作时间工资）').focus();
  await page.keyboard.type('4350');
  for (const value of ['10', '16', '8']) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
  await expect(result(page).locator('h2')).toHaveText('加班费 1,775.00 元');
  await expect(result(page)).toContainText('4,350.00 ÷ 21.75 ÷ 8 = 25.00 元');
  await expect(result(page)).toContainText('25.00 × 300% × 8 小时 = 600.00 元');
  expect(await axe(page)).toEqual([]);
});

test('带薪年休假 pays untaken days at 300% including the normal wage', async ({ page }) => {
  await page.goto('/tools/annual-leave/?years=5&year=2025&continuity=before&taken=2&wage=4350');
  await expect(result(page).locator('h2')).toHaveText('应休未休 3 天，另应支付 1,200.00 元');
});

test('带薪年休假 starts after 12 continuous months and pro-rates the year they are completed in', async ({ page }) => {
  await page.goto('/tools/annual-leave/');
  await page.getByLabel('计算的年度').fill('2026');
  await page.getByLabel('什么时候连续工作满12个月').selectOption('during');
  await page.getByLabel('本年度内满12个月的，填满12个月的日期').fill('2026-04-01');
  await page.getByLabel('累计工作年限（包括以前的单位）').fill('8');
  await page.getByRole('button', { name: '计算' }).click();
  await expect(result(page).locator('h2')).toHaveText('2026 年应休年休假 3 天');
  await expect(result(page)).toContainText('275 ÷ 365');
  expect(await axe(page)).toEqual([]);
});

test('经济补偿 raises an average below the minimum wage to it (实施条例 第27条)', async ({ page }) => {
  await page.goto('/tools/severance/?reason=task-completed&start=2021-01-01&end=2023-12-31&wage=1800&localMinimumWage=2000');
  await expect(result(page).locator('h2')).toHaveText('经济补偿 6,000.00 元');
  await expect(result(page)).toContainText('低于当地最低工资标准 2,000.00 元');
  await expect(
    result(page)
      .locator(`a[href*="/laws/${lawByShortTitle('劳动合同法实施条例').slug}/#art-27"]`)
      .first(),
  ).toBeVisible();
});

test('仲裁时效 and 工伤认定期限 give the last day', async ({ page }) => {
  await page.goto('/tools/arbitration-deadline/?claim=other&known=2025-03-10');
  await expect(result(page).locator('h2')).toHaveText('最晚在 2026年3月10日 前申请仲裁');
  await page.goto('/tools/arbitration-deadline/?claim=wages');
  await expect(result(page).locator('h2')).toHaveText('在职期间追讨欠薪，暂不受一年仲裁时效限制');
  await page.goto('/tools/injury-deadline/?injured=2025-03-10');
  await expect(result(page).locator('h2')).toContainText('2025年4月9日');
  await expect(result(page).locator('h2')).toContainText('2026年3月10日');
  expect(await axe(page)).toEqual([]);
});

test('the tools index lists every calculator and reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tools/');
  await expect(page.locator('.card')).toHaveCount(7);
  await page.goto('/tools/severance/');
  await expect(page.getByRole('heading', { name: '主要法律依据' })).toBeVisible();
  await expect(page.getByText('计算器需要开启 JavaScript')).toBeVisible();
  await context.close();
});

import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';

/** The sealed competition's private answer key, written by the build outside dist/. */
const KEY_PATH = 'private/answer-keys/jingsai-shili.json';
interface KeyQuestion {
  id: string;
  stem: string;
  options: string[];
  answer: number[];
}
const key = () => JSON.parse(readFileSync(KEY_PATH, 'utf8')) as { questions: KeyQuestion[] };

/**
 * One participant in a browser context of their own: registers, answers every question
 * right or every question wrong (found by its stem in the key), submits and returns the code.
 */
async function takeSealedQuiz(browser: Browser, who: { name: string; unit: string; typedUnit?: boolean; right: boolean }): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const questions = key().questions;
  await page.goto('/quiz/jingsai-shili/');
  await page.getByLabel('姓名').fill(who.name);
  if (who.typedUnit) {
    await page.getByLabel('单位', { exact: true }).selectOption({ label: '其他（自己填写）' });
    await page.getByLabel('单位（自己填写）').fill(who.unit);
  } else {
    await page.getByLabel('单位', { exact: true }).selectOption(who.unit);
  }
  await page.getByRole('button', { name: '开始答题' }).click();
  for (let i = 1; i <= 20; i++) {
    await expect(page.locator('.quiz-progress')).toHaveText(`第 ${i} / 20 题`);
    const stem = (await page.locator('.quiz-stem').first().textContent())!;
    const q = questions.find((x) => x.stem === stem)!;
    expect(q, stem).toBeDefined();
    const wanted = who.right ? q.answer : [q.options.findIndex((_, index) => !q.answer.includes(index))];
    for (const index of wanted) {
      // 多选 questions (two or more right options) use checkboxes; the option's accessible name is its text.
      const role = q.answer.length > 1 ? 'checkbox' : 'radio';
      await page.locator('.quiz-question').getByRole(role, { name: q.options[index]!, exact: true }).check();
    }
    if (i < 20) await page.getByRole('button', { name: '下一题' }).click();
  }
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('heading', { name: '已提交' })).toBeVisible();
  const code = (await page.locator('.quiz-code-text').textContent())!.trim();
  await context.close();
  return code;
}

/** A one-character change in a code's data, keeping its look. */
function corrupt(code: string): string {
  const at = 20;
  const replacement = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + replacement + code.slice(at + 1);
}

test('two participants take a sealed quiz; the organiser grades their codes and rejects a corrupted one', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const a = await takeSealedQuiz(browser, { name: '张三', unit: '劳动关系科', right: true });
  const b = await takeSealedQuiz(browser, { name: '李四', unit: '示例区人社局', typedUnit: true, right: false });
  expect(a).not.toBe(b);

  await organizerGrades(page, `【张三】\n${a}\n\n李四 10:42\n${b}\n\n抄错的一份：${corrupt(a)}\n`);
  const report = page.locator('.org-report');
  await expect(report.locator('[data-summary="graded"]')).toHaveText('2 份');
  await expect(report.locator('[data-summary="rejected"]')).toHaveText('1 份');
  await expect(report.locator('.org-rejected li')).toContainText('校验失败');
  await expect(report.locator('[data-summary="pass-rate"]')).toHaveText('50.0%合格 1 人');
  await expect(report.locator('.org-units tbody tr')).toHaveCount(2);
  const row = (unit: string) => report.locator('.org-units tbody tr').filter({ has: page.getByRole('rowheader', { name: unit, exact: true }) });
  await expect(row('劳动关系科').locator('td')).toHaveText(['1', '1', '100.0%', '100']);
  await expect(row('示例区人社局').locator('td')).toHaveText(['1', '0', '0.0%', '0']);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出成绩明细 CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toContain('姓名');
  expect(lines.find((l) => l.includes('张三'))).toMatch(/劳动关系科.*100/);
  expect(lines.find((l) => l.includes('李四'))).toMatch(/示例区人社局.*,0,/);
});

async function organizerGrades(page: Page, pasted: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/organizer/');
  await page.getByLabel('本次统计的答题').selectOption('jingsai-shili');
  await page.getByLabel('答案文件（.json）').setInputFiles(KEY_PATH);
  await page.getByLabel('粘贴文字').fill(pasted);
  await page.getByRole('button', { name: '导入粘贴的文字' }).click();
  await expect(page.getByText(/找到 3 个凭证码/)).toBeVisible();
}

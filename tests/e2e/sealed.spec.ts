import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './helpers.ts';

interface KeyFile {
  quizId: string;
  definitionHash: string;
  questions: Array<{ id: string; stem: string; answer: number[]; explanation: string }>;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

test('no answer or explanation of a sealed question is in dist/', () => {
  const key = JSON.parse(readFileSync('private/answer-keys/jingsai-shili.json', 'utf8')) as KeyFile;
  expect(key.questions.length).toBeGreaterThanOrEqual(20);
  const texts = allFiles(DIST)
    .filter((f) => /\.(html|json|js|xml|txt)$/.test(f))
    .map((f) => ({ f, text: readFileSync(f, 'utf8') }));
  const leaks: string[] = [];
  for (const q of key.questions) {
    for (const { f, text } of texts) {
      if (text.includes(q.explanation)) leaks.push(`${q.id} 的解析出现在 ${f}`);
      // Outside the sealed quiz's own paper data, a sealed question must not appear at all.
      if (!f.endsWith('quiz-jingsai-shili.json') && text.includes(q.stem)) leaks.push(`${q.id} 的题干出现在 ${f}`);
    }
  }
  expect(leaks).toEqual([]);
  const paper = JSON.parse(readFileSync(join(DIST, 'quiz/data/quiz-jingsai-shili.json'), 'utf8')) as KeyFile['questions'];
  expect(paper).toHaveLength(key.questions.length);
  expect(paper.every((q) => q.answer.length === 0 && q.explanation === '')).toBe(true);
  // Sealed questions are not in the public bank, search index or practice data either.
  expect(readFileSync(join(DIST, 'quiz/questions.json'), 'utf8')).not.toContain('"js-0');
});

test('a participant registers, takes the sealed quiz and gets 已提交 with a result code, not a score', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/quiz/jingsai-shili/');
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.getByText('请填写姓名')).toBeVisible();
  await page.getByLabel('姓名').fill('张三');
  await page.getByLabel('单位').selectOption('劳动关系科');
  await page.getByRole('button', { name: '开始答题' }).click();
  for (let i = 1; i <= 20; i++) {
    await expect(page.locator('.quiz-progress')).toHaveText(`第 ${i} / 20 题`);
    await page.locator('.quiz-question input').first().check();
    if (i < 20) await page.getByRole('button', { name: '下一题' }).click();
  }
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('heading', { name: '已提交' })).toBeFocused();
  const code = (await page.locator('.quiz-code-text').textContent())!;
  expect(code).toMatch(/^RS1[0-9A-Z-]+$/);
  await expect(page.locator('.quiz-code-qr svg')).toBeVisible();
  await expect(page.locator('.quiz')).not.toContainText('分 / 满分');
  await page.getByRole('button', { name: '复制微信消息' }).click();
  const message = await page.evaluate(() => navigator.clipboard.readText());
  expect(message).toContain('张三');
  expect(message).toContain(code);
  // The code is kept and shown again on reload and in 我的记录.
  await page.reload();
  await expect(page.locator('.quiz-code-text')).toHaveText(code);
  await page.goto('/quiz/history/');
  await expect(page.locator('.quiz-history')).toContainText('成绩由组织者评定');
});

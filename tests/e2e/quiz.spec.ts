import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const EXAM = '/quiz/shili-ceshi/';

/** Picks the first option of the question on screen. */
async function answerFirstOption(page: Page) {
  await page.locator('.quiz-question input').first().check();
}

/** Starts the sample exam, answers every question with its first option and submits. */
async function answerWholeExam(page: Page) {
  await page.getByRole('button', { name: '开始答题' }).click();
  for (let i = 1; i <= 10; i++) {
    await answerFirstOption(page);
    if (i < 10) await page.getByRole('button', { name: '下一题' }).click();
  }
  await page.getByRole('button', { name: '交卷' }).click();
}

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

test('a practice round gives feedback with the explanation and cited articles after each answer', async ({ page }) => {
  await page.goto('/quiz/practice/?topic=' + encodeURIComponent('试用期'));
  // At the largest font size, to show the widget works there too.
  await page.getByRole('button', { name: '大号字' }).click();
  await expect(page.locator('.quiz-progress')).toHaveText(/第 1 \/ \d+ 题/);
  const total = Number((await page.locator('.quiz-progress').textContent())!.match(/\/ (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(3);
  for (let i = 1; i <= total; i++) {
    await expect(page.locator('.quiz-progress')).toHaveText(`第 ${i} / ${total} 题`);
    const confirm = page.getByRole('button', { name: '确认答案' });
    await expect(confirm).toBeDisabled();
    await answerFirstOption(page);
    await confirm.click();
    const feedback = page.locator('.quiz-explanation');
    await expect(feedback).toContainText(/回答正确|回答错误/);
    await expect(feedback.locator('a[href^="/laws/"]').first()).toBeVisible();
    await expect(page.locator('.quiz-question input').first()).toBeDisabled();
    if (i === 1) expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: i === total ? '查看结果' : '下一题' }).click();
  }
  await expect(page.getByRole('heading', { name: /答题结果/ })).toBeFocused();
  await expect(page.locator('.quiz-facts')).toContainText(`/ ${total} 题`);
});

test('a timed exam survives a reload with its answers and running clock, and time running out submits it', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-21T02:00:00Z') });
  await page.goto(EXAM);
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('.quiz-timer')).toHaveText('剩余 15:00');

  await answerFirstOption(page);
  const firstStem = await page.locator('.quiz-stem').first().textContent();
  await page.getByRole('button', { name: '下一题' }).click();
  await answerFirstOption(page);
  await page.clock.fastForward('05:00');
  await expect(page.locator('.quiz-timer')).toHaveText(/剩余 (10:00|09:5\d)/);

  await page.reload();
  await expect(page.locator('.quiz-progress')).toHaveText('第 2 / 10 题');
  await expect(page.locator('.quiz-timer')).toHaveText(/剩余 (10:00|09:5\d)/);
  await expect(page.locator('.quiz-question input:checked')).toHaveCount(1);
  await page.getByRole('button', { name: /答题卡/ }).click();
  await expect(page.locator('.quiz-sheet-summary')).toHaveText('已答 2 题，未答 8 题');
  await page.getByRole('button', { name: '第 1 题，已答' }).click();
  await expect(page.locator('.quiz-stem').first()).toHaveText(firstStem!);
  await expect(page.locator('.quiz-question input:checked')).toHaveCount(1);

  // runFor fires every one-second tick, as a real clock would.
  await page.clock.runFor('05:05');
  await expect(page.locator('[aria-live="assertive"]')).toHaveText('剩余 5 分钟');
  await page.clock.runFor('04:00');
  await expect(page.locator('[aria-live="assertive"]')).toHaveText('剩余 1 分钟');
  await expect(page.locator('.quiz-timer')).toHaveClass(/is-urgent/);
  await page.clock.runFor('01:00');
  await expect(page.getByRole('heading', { name: /答题结果/ })).toBeVisible();
  await expect(page.locator('.quiz-facts')).toContainText('时间到自动交卷');
  await expect(page.locator('.quiz-facts')).toContainText('15 分 0 秒');
  // The two answers given before the deadline were submitted and reviewed.
  await expect(page.locator('.quiz-review-item')).toHaveCount(10);
  expect(await page.locator('.quiz-review .quiz-verdict').filter({ hasText: '未作答' }).count()).toBe(8);
  expect(await axe(page)).toEqual([]);

  // Reopening after the deadline shows the submitted result, not a new paper.
  await page.reload();
  await expect(page.getByRole('heading', { name: /答题结果/ })).toBeVisible();
});

test('an exam can be completed with the keyboard alone', async ({ page }) => {
  await page.goto(EXAM);
  const start = page.getByRole('button', { name: '开始答题' });
  await start.focus();
  await page.keyboard.press('Enter');
  for (let i = 1; i <= 10; i++) {
    await expect(page.locator('.quiz-progress')).toHaveText(`第 ${i} / 10 题`);
    await expect(page.locator('.quiz-progress')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.quiz-question input').first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('.quiz-question input:checked')).toHaveCount(1);
    const target = i < 10 ? '下一题' : '交卷';
    for (let n = 0; n < 12; n++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === target) break;
    }
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: /答题结果/ })).toBeFocused();
  await expect(page.locator('.quiz-facts')).toContainText('/ 10 题');
});

test('submitting with unanswered questions asks for confirmation', async ({ page }) => {
  await page.goto(EXAM);
  await page.getByRole('button', { name: '开始答题' }).click();
  await answerFirstOption(page);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByText('还有 9 题未作答，确定交卷吗？')).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: '继续答题' }).click();
  await expect(page.locator('.quiz-progress')).toBeVisible();
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('button', { name: '确定交卷' }).click();
  await expect(page.getByRole('heading', { name: /答题结果/ })).toBeVisible();
});

test('with storage disabled the exam still completes and says once that progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto(EXAM);
  await expect(page.locator('.quiz-storage-notice')).toHaveCount(1);
  await answerWholeExam(page);
  await expect(page.getByRole('heading', { name: /答题结果/ })).toBeVisible();
  await expect(page.locator('.quiz-storage-notice')).toHaveCount(1);
});

test('corrupt or old stored data is discarded without breaking the quiz', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('pufa:attempt:exam:shili-ceshi', '{"version":0,"answers":');
    localStorage.setItem('pufa:history', '{"version":99}');
    localStorage.setItem('pufa:mistakes', 'not json');
  });
  await page.goto(EXAM);
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('.quiz-progress')).toHaveText('第 1 / 10 题');
});

test('wrong answers from an exam are collected in 错题本', async ({ page }) => {
  await page.goto('/quiz/mistakes/');
  await expect(page.getByText('错题本里还没有题目')).toBeVisible();
  await page.goto(EXAM);
  await answerWholeExam(page);
  await expect(page.getByRole('heading', { name: /答题结果/ })).toBeVisible();
  const wrong = 10 - Number((await page.locator('.quiz-facts').textContent())!.match(/答对(\d+)/)![1]);
  expect(wrong).toBeGreaterThan(0);
  await page.goto('/quiz/mistakes/');
  await expect(page.locator('.quiz-progress')).toHaveText(`第 1 / ${wrong} 题`);
  await page.goto('/quiz/history/');
  await expect(page.locator('.quiz-history')).toContainText(new RegExp(`错题本\\s*${wrong} 道`));
  await expect(page.locator('.quiz-history tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: '清除全部记录' }).click();
  await page.getByRole('button', { name: '确定清除' }).click();
  await expect(page.getByText('已清除本机的全部答题记录。')).toBeVisible();
  await page.goto('/quiz/mistakes/');
  await expect(page.getByText('错题本里还没有题目')).toBeVisible();
});

test('a 挑战答题 ends at the first wrong answer', async ({ page }) => {
  await page.goto('/quiz/challenge/');
  for (let i = 0; i < 40; i++) {
    // Choose a wrong option on purpose: the first option that is not right ends the run.
    await answerFirstOption(page);
    await page.getByRole('button', { name: '确认答案' }).click();
    if (await page.getByRole('heading', { name: /答题结果/ }).isVisible()) break;
    await page.getByRole('button', { name: /下一题|查看结果/ }).click();
  }
  await expect(page.getByRole('heading', { name: /挑战答题·答题结果/ })).toBeVisible();
  await expect(page.locator('.quiz-score')).toContainText('连续答对');
});

test('the embedded practice quiz loads only when scrolled into view', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/explainers/jingji-buchang/');
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  expect(scripts.some((u) => u.includes('QuizApp'))).toBe(false);
  await page.locator('.practice-quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('.practice-quiz .quiz-progress')).toBeVisible();
  expect(scripts.length).toBeGreaterThan(before);
  await answerFirstOption(page);
  await page.locator('.practice-quiz').getByRole('button', { name: '确认答案' }).click();
  await expect(page.locator('.practice-quiz .quiz-explanation')).toBeVisible();
});

test('a case ends with its own 2–3 questions that start right away', async ({ page }) => {
  await page.goto('/cases/jiaoxue-fuyi-qixian/');
  const quiz = page.locator('.practice-quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('.quiz-progress')).toHaveText(/第 1 \/ [23] 题/);
  await expect(quiz.getByRole('button', { name: '开始答题' })).toHaveCount(0);
});

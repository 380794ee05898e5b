/**
 * The results collector end to end, with the real service and no mocks: a build of the site with
 * collector.url set (npm run build:collector-site → dist-collector/), served on its own port, and
 * the collector (node collector/src/cli.ts) on the port that build was configured with, on a
 * temporary SQLite file. Participants submit on phones (one of them offline), the organiser loads
 * the codes from the service; the service's organiser endpoint is the witness of "exactly once".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { COLLECTOR_DIST, collectorE2EPorts } from './ports.ts';

const QUIZ = 'gongshang-yufang';
const ports = collectorE2EPorts();
const SITE = `http://127.0.0.1:${ports.site}`;
const SERVICE = `http://127.0.0.1:${ports.collector}`;
const NODE = join(process.cwd(), 'node_modules/.bin/node');

test.describe.configure({ mode: 'serial' });

let dataDir = '';
const children: ChildProcess[] = [];
let token = '';

/** Starts a process and resolves when a line of its output matches `ready` (with the match). */
async function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, lines: string[]): Promise<ChildProcess> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  child.stderr!.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`${command} ${args.join(' ')} exited (${String(code)}):\n${lines.join('\n')}`);
  });
  const started = (async () => {
    for await (const line of createInterface({ input: child.stdout! })) {
      lines.push(line);
      if (ready.test(line)) return;
    }
  })();
  await Promise.race([started, exited]);
  void exited.catch(() => undefined);
  return child;
}

test.beforeAll(async () => {
  test.setTimeout(60_000);
  if (!existsSync(join(COLLECTOR_DIST, 'quiz/manifest.json'))) {
    throw new Error(`${COLLECTOR_DIST}/ is missing: run npm run build:collector-site first (npm test does)`);
  }
  dataDir = mkdtempSync(join(tmpdir(), 'collector-e2e-'));
  const collectorOutput: string[] = [];
  await startProcess(
    NODE,
    ['collector/src/cli.ts'],
    {
      COLLECTOR_PORT: String(ports.collector),
      COLLECTOR_DATA_DIR: dataDir,
      COLLECTOR_MANIFEST: join(COLLECTOR_DIST, 'quiz/manifest.json'),
      COLLECTOR_RATE_LIMIT: '0',
      COLLECTOR_LOG_LEVEL: 'warn',
    },
    /按 Ctrl\+C 停止服务/,
    collectorOutput,
  );
  const sample = collectorOutput.map((l) => new RegExp(`组织者示例令牌（.*${QUIZ}）：(\\S+)`).exec(l)?.[1]).find(Boolean);
  if (!sample) throw new Error(`no sample token for ${QUIZ} in:\n${collectorOutput.join('\n')}`);
  token = sample;
  // The site's origin (the build's baseUrl) is the only one the service lets browsers call it from.
  expect(collectorOutput.join('\n')).toContain(`允许的网页来源：${SITE}`);
  await startProcess(
    join(process.cwd(), 'node_modules/.bin/astro'),
    ['preview', '--ignore-lock', '--outDir', COLLECTOR_DIST, '--host', '127.0.0.1', '--port', String(ports.site)],
    {},
    new RegExp(`127\\.0\\.0\\.1:${ports.site}`),
    [],
  );
});

test.afterAll(async () => {
  for (const child of children.reverse()) {
    if (child.exitCode !== null) continue;
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** What the service stored for the quiz, through its organiser endpoint. */
async function stored(): Promise<Array<{ id: number; code: string; receivedAt: string }>> {
  const response = await fetch(`${SERVICE}/v1/quizzes/${QUIZ}/results?after=0&limit=1000`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: Array<{ id: number; code: string; receivedAt: string }> }).results;
}

async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', baseURL: SITE });
  return { context, page: await context.newPage() };
}

/** Registers and answers the first `answered` questions (first option), up to the 交卷 button. */
async function answer(page: Page, who: { name: string; unit: string }, answered: number) {
  await page.getByLabel('姓名').fill(who.name);
  await page.getByLabel('单位').fill(who.unit);
  await page.getByRole('button', { name: '开始答题' }).click();
  for (let i = 1; i <= answered; i++) {
    await expect(page.locator('.quiz-progress')).toHaveText(`第 ${i} / 20 题`);
    await page.locator('.quiz-question input').first().check();
    await page.getByRole('button', { name: '下一题' }).click();
  }
}

async function submit(page: Page): Promise<string> {
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('button', { name: '确定交卷' }).click();
  await expect(page.locator('.quiz-code-text')).toBeVisible();
  return (await page.locator('.quiz-code-text').textContent())!.replace(/\s|-/g, '');
}

const codes: string[] = [];
const RECEIPT = /^已送达组织者（回执 (\d+)，时间 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d）$/;

test('a participant submits and sees the service’s receipt on the code screen', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(`/quiz/${QUIZ}/`);
  // A damaged outbox left in storage (a crash mid-write, an old version) does not hold anything up.
  await page.evaluate(() => localStorage.setItem('pufa:outbox', '{"version":1,"pending":[{"code":'));
  await answer(page, { name: '张三', unit: '劳动关系科' }, 3);
  const code = await submit(page);
  const delivery = page.locator('.quiz-delivery-text');
  await expect(delivery).toHaveText(RECEIPT);
  const receiptId = Number(RECEIPT.exec((await delivery.textContent())!)![1]);
  const rows = await stored();
  expect(rows.map((r) => r.code)).toEqual([code]);
  expect(rows[0]!.id).toBe(receiptId);
  // The code, its QR and the WeChat message are there as without a collector.
  await expect(page.locator('.quiz-code-qr [role="img"] svg')).toBeVisible();
  await expect(page.getByLabel('发给组织者的微信消息')).toHaveValue(/RS1/);
  // A reload shows the same receipt and sends nothing new.
  await page.reload();
  await expect(page.locator('.quiz-delivery-text')).toHaveText((await delivery.textContent())!);
  expect(await stored()).toHaveLength(1);
  codes.push(code);
  await context.close();
});

test('a participant offline sees 待发送; back online, the result arrives exactly once', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(`/quiz/${QUIZ}/`);
  // The first visit installs the service worker, which keeps the code screen's script for offline use.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await answer(page, { name: '李四', unit: '示例区人社局' }, 8);

  await context.setOffline(true);
  const code = await submit(page);
  await expect(page.locator('.quiz-delivery-text')).toHaveText('待发送：网络恢复后会自动发送');
  expect((await stored()).map((r) => r.code)).not.toContain(code);

  await context.setOffline(false);
  await expect(page.locator('.quiz-delivery-text')).toHaveText(RECEIPT, { timeout: 20_000 });
  // Every path that may send it again (the page's outbox, Background Sync) ends in one row.
  await page.reload();
  await expect(page.locator('.quiz-delivery-text')).toHaveText(RECEIPT);
  const rows = await stored();
  expect(rows.filter((r) => r.code === code)).toHaveLength(1);
  expect(rows).toHaveLength(2);
  const counts = (await (await fetch(`${SERVICE}/v1/quizzes/${QUIZ}/counts`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
    total: number;
  };
  expect(counts.total).toBe(2);
  codes.push(code);
  await context.close();
});

/** The report as the organiser reads it, without its time of making. */
const reportText = async (page: Page) => (await page.locator('.org-report').innerText()).replace(/统计时间：.*?（北京时间）/, '');

test('the organiser loads from the service and gets the report that pasting the same codes gives', async ({ browser }) => {
  expect(codes).toHaveLength(2);
  const desk = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', baseURL: SITE });
    const page = await context.newPage();
    await page.goto('/organizer/');
    await page.getByLabel('本次统计的答题').selectOption(QUIZ);
    return { context, page };
  };

  const loaded = await desk();
  const { page } = loaded;
  await expect(page.getByLabel('收集服务网址')).toHaveValue(`${SERVICE}/`);
  await page.getByLabel('组织者令牌').fill('rsct_not-the-token');
  await page.getByRole('button', { name: '从收集服务载入' }).click();
  await expect(page.locator('.org-collector .org-message')).toContainText('令牌不对');
  await page.getByLabel('组织者令牌').fill(token);
  await page.getByRole('button', { name: '从收集服务载入' }).click();
  await expect(page.locator('.org-collector .org-message')).toHaveText('从收集服务载入 2 个凭证码，新增 2 个。');
  await expect(page.locator('[data-summary="graded"]')).toHaveText('2 份');
  const fromService = await reportText(page);

  // Loading again asks only for what arrived since; the token stays for this browser session.
  await page.reload();
  await page.getByRole('button', { name: '从收集服务载入' }).click();
  await expect(page.locator('.org-collector .org-message')).toHaveText('从收集服务载入 0 个凭证码（上次载入之后收到的），新增 0 个。');
  expect(await page.evaluate(() => localStorage.getItem('pufa:organizer:work'))).not.toContain('rsct_');

  const pasted = await desk();
  await pasted.page.getByLabel('粘贴文字').fill(codes.join('\n'));
  await pasted.page.getByRole('button', { name: '导入粘贴的文字' }).click();
  await expect(pasted.page.locator('[data-summary="graded"]')).toHaveText('2 份');
  expect(await reportText(pasted.page)).toBe(fromService);
  expect(fromService).toContain('张三');
  await loaded.context.close();
  await pasted.context.close();
});

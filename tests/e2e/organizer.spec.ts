import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type APIRequestContext, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { encodeResult, formatCode } from '../../src/lib/results/codec.ts';
import { registrationFieldsOf } from '../../src/lib/results/fields.ts';
import { shareMessage } from '../../src/lib/results/message.ts';
import { answerQuestion, startAttempt, submitAttempt } from '../../src/lib/quiz/attempt.ts';
import { drawQuestions } from '../../src/lib/quiz/draw.ts';
import { scoreAttempt } from '../../src/lib/quiz/scoring.ts';
import type { AttemptResult, QuizQuestion } from '../../src/lib/quiz/types.ts';
import { planQuiz, quotasOf, rulesOf } from '../../src/lib/quiz/plan.ts';
import { reviveQuiz, type OrganizerQuiz } from '../../src/lib/organizer/types.ts';
import { DIST } from './helpers.ts';

/**
 * The organiser's page, with result codes made in this process the way a participant's quiz page
 * makes them: the paper drawn by the engine from the attempt's seed, answered, submitted, scored by
 * scoreAttempt, encoded. Expected figures are computed here from scoreAttempt, not read from the
 * grader.
 */

const PAGE = '/organizer/';
const QUIZ_ID = 'shili-ceshi';
const SEALED_ID = 'jingsai-shili';
const T0 = Date.UTC(2026, 10, 20, 2, 0, 0);

// ---------------------------------------------------------------- the quiz as the site built it

/** Astro's island props format: [0, value] for values and objects, [1, [...]] for arrays. */
function reviveProp(v: unknown): unknown {
  const [type, value] = v as [number, unknown];
  if (type === 1) return (value as unknown[]).map(reviveProp);
  if (type !== 0) throw new Error(`unexpected prop type ${type}`);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, reviveProp(x)]));
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** organizerQuizzes() as embedded in the built organiser page. */
async function builtQuizzes(request: APIRequestContext): Promise<OrganizerQuiz[]> {
  const html = await (await request.get(PAGE)).text();
  const island =
    html.match(/<astro-island[^>]*component-url="[^"]*OrganizerApp[^"]*"[^>]*>/)?.[0] ?? html.match(/<astro-island[^>]*OrganizerApp[^>]*>/)?.[0];
  if (!island) throw new Error('organizer island not found');
  const props = JSON.parse(unescapeHtml(island.match(/ props="([^"]*)"/)![1]!)) as { quizzes: unknown };
  return reviveProp(props.quizzes) as OrganizerQuiz[];
}

interface Setup {
  info: OrganizerQuiz;
  quiz: ReturnType<typeof reviveQuiz>;
  pool: QuizQuestion[];
  byId: Map<string, QuizQuestion>;
}

async function setup(request: APIRequestContext): Promise<Setup> {
  const info = (await builtQuizzes(request)).find((q) => q.id === QUIZ_ID)!;
  const pool = JSON.parse(readFileSync(join(DIST, `quiz/data/quiz-${QUIZ_ID}.json`), 'utf8')) as QuizQuestion[];
  const quiz = reviveQuiz(info.quiz);
  // The hash the page carries is the one planQuiz gives for this definition and pool, and the quiz page's.
  expect(planQuiz(QUIZ_ID, quiz, pool).definitionHash).toBe(info.definitionHash);
  expect(await (await request.get(`/quiz/${QUIZ_ID}/`)).text()).toContain(info.definitionHash);
  return { info, quiz, pool, byId: new Map(pool.map((q) => [q.id, q])) };
}

// ---------------------------------------------------------------- participants

interface Person {
  n: number;
  name: string;
  unit: string;
  /** How many of the paper's questions (from the first) are answered right; the rest wrongly */
  right: number;
}

interface Taken extends Person {
  code: string;
  result: AttemptResult;
  submittedAt: number;
}

const seedOf = (n: number) => `${(0x5eed0000 + n).toString(16).padStart(8, '0')}0a0b0c0d`;

/** A wrong answer: the first option that is not part of the right answer. */
function wrongAnswer(q: QuizQuestion): number[] {
  const i = q.options.findIndex((_, k) => !q.answer.includes(k));
  return i >= 0 ? [i] : [];
}

/** What the quiz page does for one participant: start, answer the drawn paper, submit; then the code. */
function takeQuiz(s: Setup, p: Person, definitionHash = s.info.definitionHash): Taken {
  const seed = seedOf(p.n);
  const startedAt = T0 + p.n * 60_000;
  const timeLimitMs = s.quiz.timeLimitMinutes ? s.quiz.timeLimitMinutes * 60_000 : undefined;
  let attempt = startAttempt({
    quizId: `exam:${QUIZ_ID}`,
    mode: 'exam',
    definitionHash,
    seed,
    now: startedAt,
    ...(timeLimitMs ? { timeLimitMs } : {}),
  });
  const paper = drawQuestions(s.pool, quotasOf(s.quiz), seed, { shuffleQuestions: s.quiz.shuffleQuestions });
  paper.forEach((item, i) => {
    const q = s.byId.get(item.id)!;
    attempt = answerQuestion(attempt, item.id, i < p.right ? q.answer : wrongAnswer(q), startedAt + (i + 1) * 15_000);
  });
  const submittedAt = startedAt + 4 * 60_000 + p.n * 1000;
  attempt = submitAttempt(attempt, submittedAt);
  const result = scoreAttempt(attempt, paper, s.byId, rulesOf(s.quiz), s.quiz.passMark, submittedAt);
  const code = encodeResult(
    {
      version: 1,
      quizId: QUIZ_ID,
      definitionHash,
      registration: { name: p.name, unit: p.unit },
      seed,
      answers: paper.map((item) => attempt.answers[item.id] ?? []),
      startedAt,
      submittedAt: attempt.submittedAt!,
    },
    { fields: registrationFieldsOf(s.quiz), optionCounts: paper.map((item) => s.byId.get(item.id)!.options.length) },
  );
  return { ...p, code, result, submittedAt: attempt.submittedAt! };
}

/** One character changed in the middle of a code (a typo when copying by hand). */
function corrupt(code: string): string {
  const i = 20;
  const c = code[i]!;
  return code.slice(0, i) + (c === 'A' ? 'B' : 'A') + code.slice(i + 1);
}

const percent = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

/** Per unit from scoreAttempt's results: participants, passed, pass rate, mean. */
function unitStats(people: Taken[]) {
  const units = new Map<string, Taken[]>();
  for (const p of people) units.set(p.unit, [...(units.get(p.unit) ?? []), p]);
  return [...units].map(([unit, ps]) => {
    const passed = ps.filter((p) => p.result.passed).length;
    return {
      unit,
      participants: ps.length,
      passed,
      passRate: percent(passed / ps.length),
      mean: round2(ps.reduce((n, p) => n + p.result.score, 0) / ps.length),
    };
  });
}

/** A WeChat group chat copied whole: names, times, chatter, a forwarded share message, codes inside sentences. */
function wechatChat(s: Setup, a: Taken, b: Taken, c: Taken, broken: string): string {
  return [
    '张主任 11月20日 09:58',
    '各位同事，完成答题后请把成绩凭证码发到群里，谢谢！RS232 串口那台电脑不用管。',
    `${a.name} 11月20日 10:05`,
    shareMessage(a.code, {
      title: s.info.title,
      name: a.name,
      unit: a.unit,
      submittedAt: a.submittedAt,
      score: a.result.score,
      maxScore: a.result.maxScore,
    }),
    `${b.name} 11月20日 10:07`,
    '[图片]',
    `我的：${b.code}`,
    '收到👍',
    `${c.name} 11月20日 10:11`,
    `${formatCode(c.code).toLowerCase()}  请查收`,
    '赵六 11月20日 10:20',
    `凭证码 ${formatCode(broken)}`,
    '张主任：周五前交齐。',
  ].join('\n');
}

const ROSTER_CSV = '姓名,单位\r\n张三,办公室\r\n王　五,办公室\r\n李四,劳动关系科\r\n钱七,劳动关系科\r\n孙八,政策法规科\r\n';

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

async function chooseQuiz(page: Page, id: string) {
  await page.getByLabel('本次统计的答题').selectOption(id);
}

/** Three people in two units, and a fourth whose code was mistyped. */
function people(s: Setup) {
  const a = takeQuiz(s, { n: 1, name: '张三', unit: '办公室', right: 10 });
  const b = takeQuiz(s, { n: 2, name: '李四', unit: '劳动关系科', right: 7 });
  const c = takeQuiz(s, { n: 3, name: '王五', unit: '办公室', right: 4 });
  const d = takeQuiz(s, { n: 4, name: '赵六', unit: '政策法规科', right: 9 });
  return { a, b, c, broken: corrupt(d.code) };
}

const unitRow = (page: Page, unit: string) =>
  page.locator('.org-units tbody tr').filter({ has: page.getByRole('rowheader', { name: unit, exact: true }) });

// ---------------------------------------------------------------- tests

test('pasted chat → graded report equal to the engine, roster participation, CSV export, kept over a reload, cleared', async ({ page, request }) => {
  const s = await setup(request);
  const { a, b, c, broken } = people(s);
  // The three differ in result: full marks, a pass, a fail (as scoreAttempt says).
  expect([a.result.passed, b.result.passed, c.result.passed]).toEqual([true, true, false]);

  await page.goto(PAGE);
  await chooseQuiz(page, QUIZ_ID);
  await expect(page.locator('.org-facts')).toContainText('每份试卷 10 题');
  await expect(page.locator('.org-hash')).toHaveText(s.info.definitionHash);
  await expect(page.getByText(/已载入网站公开题库（\d+ 题，含答案）/)).toBeVisible();

  await page.getByLabel('粘贴文字').fill(wechatChat(s, a, b, c, broken));
  await page.getByRole('button', { name: '导入粘贴的文字' }).click();
  await expect(page.getByText('从粘贴的文字中找到 4 个凭证码，新增 4 个。')).toBeVisible();
  await expect(page.locator('[data-count]')).toHaveText('4');
  await expect(page.getByLabel('粘贴文字')).toHaveValue('');

  // Pasting the same chat again adds nothing.
  await page.getByLabel('粘贴文字').fill(`${a.code}\n${b.code}`);
  await page.getByRole('button', { name: '导入粘贴的文字' }).click();
  await expect(page.getByText('从粘贴的文字中找到 2 个凭证码，新增 0 个，2 个已导入过。')).toBeVisible();
  await expect(page.locator('[data-count]')).toHaveText('4');

  const report = page.locator('.org-report');
  await expect(report.locator('[data-summary="graded"]')).toHaveText('3 份');
  await expect(report.locator('[data-summary="rejected"]')).toHaveText('1 份');
  await expect(report.locator('[data-summary="participants"]')).toHaveText('3 人');
  const everyone = [a, b, c];
  const passed = everyone.filter((p) => p.result.passed).length;
  await expect(report.locator('[data-summary="pass-rate"]')).toHaveText(`${percent(passed / 3)}合格 ${passed} 人`);
  await expect(report.locator('[data-summary="mean"]')).toContainText(`${round2(everyone.reduce((n, p) => n + p.result.score, 0) / 3)} 分`);

  // The mistyped code: one line, with the checksum reason.
  const rejected = report.locator('.org-rejected li');
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText('校验失败');
  await expect(rejected).toContainText('凭证码有错字、漏字或多字');
  await expect(rejected).toContainText(broken.slice(0, 16));

  // Per unit: participants, passed, pass rate and mean, as computed here from scoreAttempt.
  const expected = unitStats(everyone);
  expect(expected.map((u) => u.unit)).toEqual(['办公室', '劳动关系科']);
  for (const u of expected) {
    await expect(unitRow(page, u.unit).locator('td')).toHaveText([String(u.participants), String(u.passed), u.passRate, String(u.mean)]);
  }
  await expect(report.locator('.org-units tbody tr')).toHaveCount(2);
  // Top list: ranked by score.
  const ranked = [...everyone].sort((x, y) => y.result.score - x.result.score);
  await expect(report.locator('.org-top tbody th')).toHaveText(ranked.map((p) => p.name));
  // Every question of the three papers has a correct rate, lowest first.
  const rates = await report.locator('.org-questions tbody tr td:last-child').allTextContents();
  expect(rates.length).toBeGreaterThanOrEqual(10);
  const values = rates.map((r) => parseFloat(r));
  expect([...values].sort((x, y) => x - y)).toEqual(values);

  // The roster: a name with a full-width space (王　五) still matches 王五.
  await page.getByLabel('名单文件（.csv）').setInputFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER_CSV, 'utf8') });
  await expect(page.getByText('已载入名单：5 人，3 个单位。')).toBeVisible();
  const participation = [
    { unit: '办公室', expected: 2, took: [a, c] },
    { unit: '劳动关系科', expected: 2, took: [b] },
    { unit: '政策法规科', expected: 1, took: [] as Taken[] },
  ];
  for (const u of participation) {
    const pass = u.took.filter((p) => p.result.passed).length;
    const cells = [
      String(u.expected),
      String(u.took.length),
      percent(u.took.length / u.expected),
      String(pass),
      u.took.length ? percent(pass / u.took.length) : '—',
      u.took.length ? String(round2(u.took.reduce((n, p) => n + p.result.score, 0) / u.took.length)) : '—',
    ];
    await expect(unitRow(page, u.unit).locator('td')).toHaveText(cells);
  }
  await expect(report.locator('[data-summary="participation"]')).toHaveText('60.0%名单 5 人，参加 3 人');
  await expect(report.locator('.org-missing tbody tr')).toHaveText([/钱七\s*劳动关系科/, /孙八\s*政策法规科/]);
  await expect(report.getByRole('heading', { name: '名单中尚未参加的人员（2 人）' })).toBeVisible();
  await expect(report.locator('.org-unlisted')).toHaveCount(0);
  mkdirSync('test-results/organizer', { recursive: true });
  await page.screenshot({ path: 'test-results/organizer/organizer-phone.png', fullPage: true });

  // Results CSV: a real download, UTF-8 with BOM, the names and scores.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出成绩明细 CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`${s.info.title}-成绩.csv`);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8').slice(1);
  expect(csv.split('\r\n')[0]).toContain('姓名,单位');
  for (const p of everyone) expect(csv).toContain(`,${p.name},${p.unit},${p.result.score},${p.result.maxScore},${p.result.passed ? '是' : '否'},`);
  expect(csv).not.toContain('赵六');
  const [reportDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出统计报告 CSV' }).click()]);
  expect(reportDownload.suggestedFilename()).toBe(`${s.info.title}-统计报告.csv`);

  // A reload keeps the quiz, the codes and the roster.
  await page.reload();
  await expect(page.getByLabel('本次统计的答题')).toHaveValue(QUIZ_ID);
  await expect(page.locator('[data-count]')).toHaveText('4');
  await expect(page.getByText('名单：5 人，3 个单位')).toBeVisible();
  await expect(report.locator('[data-summary="graded"]')).toHaveText('3 份');
  await expect(report.locator('.org-missing tbody tr')).toHaveCount(2);
  expect(await axe(page)).toEqual([]);

  // 清除数据 asks first, then empties everything, also after a reload.
  await page.getByRole('button', { name: '清除数据' }).click();
  await expect(page.getByText(/确定清除本机保存的 4 个凭证码和名单吗/)).toBeFocused();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('[data-count]')).toHaveText('4');
  await page.getByRole('button', { name: '清除数据' }).click();
  await page.getByRole('button', { name: '确定清除' }).click();
  await expect(page.getByText('已清除本机保存的凭证码和名单。')).toBeVisible();
  await expect(page.locator('[data-count]')).toHaveText('0');
  await expect(page.locator('.org-report')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-count]')).toHaveText('0');
  await expect(page.getByLabel('名单文件（.csv）')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('pufa:organizer:work'))).toBeNull();
});

test('codes come from several uploaded files, each code once', async ({ page, request }) => {
  const s = await setup(request);
  const { a, b, c } = people(s);
  await page.goto(PAGE);
  await chooseQuiz(page, QUIZ_ID);
  await page.getByLabel('上传文件（.txt 或 .csv，可多选）').setInputFiles([
    { name: '群聊.txt', mimeType: 'text/plain', buffer: Buffer.from(`${a.name}：${formatCode(a.code)}\n${b.name}：${b.code}`, 'utf8') },
    { name: '汇总.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF姓名,凭证码\r\n${c.name},${c.code}\r\n${a.name},${a.code}\r\n`, 'utf8') },
  ]);
  await expect(page.getByText('从 2 个文件中找到 4 个凭证码，新增 3 个，1 个已导入过。')).toBeVisible();
  await expect(page.locator('[data-count]')).toHaveText('3');
  await expect(page.locator('.org-report [data-summary="graded"]')).toHaveText('3 份');
});

test('a sealed quiz is graded only with its own answer key of the same version', async ({ page, request }) => {
  const s = await setup(request);
  const sealed = (await builtQuizzes(request)).find((q) => q.id === SEALED_ID)!;
  expect(sealed.sealed).toBe(true);
  expect(sealed.poolUrl).toBeUndefined();
  const keyFile = resolve('private/answer-keys', `${SEALED_ID}.json`);
  expect(existsSync(keyFile), 'npm run build writes the answer key').toBe(true);
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as { quizId: string; definitionHash: string; questions: QuizQuestion[] };

  await page.goto(PAGE);
  await chooseQuiz(page, SEALED_ID);
  await expect(page.locator('.org-facts')).toContainText('封存');
  const input = page.getByLabel('答案文件（.json）');
  const upload = (name: string, value: unknown) =>
    input.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8'),
    });

  await upload('x.json', 'not json');
  await expect(page.getByText(/不是有效的答案文件/)).toBeVisible();
  await upload('other.json', { ...key, quizId: QUIZ_ID, title: s.info.title });
  await expect(page.getByText(`这是“${s.info.title}”（${QUIZ_ID}）的答案文件，不是“${sealed.title}”的。请选择 ${SEALED_ID}.json。`)).toBeVisible();
  await upload('old.json', { ...key, definitionHash: '0badc0de' });
  await expect(page.getByText(/答案文件的题目版本是 0badc0de，本站发布的.*是 [0-9a-f]{8}，两者不是同一次构建生成的/)).toBeVisible();
  const edited = key.questions.map((q, i) => (i === 0 ? { ...q, answer: q.answer[0] === 0 ? [1] : [0] } : q));
  await upload('edited.json', { ...key, questions: edited });
  await expect(page.getByText('答案文件的内容与其题目版本不符（文件可能被改动过或不完整），不能用于评分。')).toBeVisible();

  await input.setInputFiles(keyFile);
  await expect(page.getByText(`已载入答案文件“${SEALED_ID}.json”（${key.questions.length} 题），版本核对无误。`)).toBeVisible();
  // A code of the public sample quiz is not one of this competition's.
  const { a } = people(s);
  await page.getByLabel('粘贴文字').fill(a.code);
  await page.getByRole('button', { name: '导入粘贴的文字' }).click();
  await expect(page.locator('.org-rejected li')).toContainText('其他答题的凭证码');
  await expect(page.locator('.org-rejected li')).toContainText(`不是本次答题（${sealed.title}）的凭证码`);
});

test('without camera permission scanning says so and importing still works', async ({ page, request }) => {
  const s = await setup(request);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto(PAGE);
  await chooseQuiz(page, QUIZ_ID);
  await page.getByRole('button', { name: '扫码' }).click();
  await expect(page.locator('.org-scan [role="status"]')).toContainText('没有获得使用摄像头的许可');
  await expect(page.locator('.org-scan video')).toBeHidden();
  await page.getByRole('button', { name: '停止', exact: true }).click();
  await expect(page.getByRole('button', { name: '扫码' })).toBeFocused();
  const { a } = people(s);
  await page.getByLabel('粘贴文字').fill(a.code);
  await page.getByRole('button', { name: '导入粘贴的文字' }).click();
  await expect(page.locator('.org-report [data-summary="graded"]')).toHaveText('1 份');

  // A browser without getUserMedia at all (plain http on a phone).
  await page.addInitScript(() => Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: undefined }));
  await page.reload();
  await page.getByRole('button', { name: '扫码' }).click();
  await expect(page.locator('.org-scan [role="status"]')).toContainText('这个浏览器不能在本页使用摄像头');
});

/** A Y4M video (what Chromium's fake camera plays) showing the QR code of `text`, dark on light. */
function qrVideo(text: string, file: string) {
  const W = 640;
  const H = 480;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const scale = Math.floor(420 / (size + 8));
  const x0 = Math.floor((W - size * scale) / 2);
  const y0 = Math.floor((H - size * scale) / 2);
  const y = Buffer.alloc(W * H, 235);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (!qr.modules.get(r, c)) continue;
      for (let dy = 0; dy < scale; dy++) y.fill(16, (y0 + r * scale + dy) * W + x0 + c * scale, (y0 + r * scale + dy) * W + x0 + (c + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420mpeg2\n`), frame, frame, frame]));
}

test('scanning with a camera adds each QR code once, with a confirmation', async ({ baseURL, request }) => {
  test.setTimeout(60_000);
  const s = await setup(request);
  const person = takeQuiz(s, { n: 9, name: '周九', unit: '政策法规科', right: 8 });
  mkdirSync('test-results/organizer', { recursive: true });
  const video = resolve('test-results/organizer/qr.y4m');
  qrVideo(person.code, video);
  // A separate browser whose fake camera shows the QR code (Chromium reads the file in a loop).
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await browser.newContext({ baseURL, locale: 'zh-CN', permissions: ['camera'] });
    const page = await context.newPage();
    await page.goto(PAGE);
    await chooseQuiz(page, QUIZ_ID);
    expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
    await page.getByRole('button', { name: '扫码' }).click();
    const status = page.locator('.org-scan [role="status"]');
    await expect(status).toContainText('已添加 1 个凭证码（周九，政策法规科），共 1 个', { timeout: 20_000 });
    await expect(page.locator('.org-scan')).toContainText('页面内识别（jsQR）');
    await expect(page.locator('[data-count]')).toHaveText('1');
    await expect(page.getByText('扫码新增 1 个凭证码。')).toBeVisible();
    // The same code in view stays one code.
    await page.waitForTimeout(1500);
    await expect(page.locator('[data-count]')).toHaveText('1');
    await page.getByRole('button', { name: '停止', exact: true }).click();
    await expect(page.locator('.org-scan')).toHaveCount(0);
    await expect(page.locator('.org-report [data-summary="graded"]')).toHaveText('1 份');
    await expect(page.locator('.org-top tbody')).toContainText('周九');

    // The browser's own BarcodeDetector is used where it reads QR codes.
    const other = takeQuiz(s, { n: 10, name: '吴十', unit: '办公室', right: 6 });
    await page.addInitScript((code: string) => {
      (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
        static getSupportedFormats() {
          return Promise.resolve(['qr_code']);
        }
        detect() {
          return Promise.resolve([{ rawValue: code }]);
        }
      };
    }, other.code);
    await page.reload();
    await page.getByRole('button', { name: '扫码' }).click();
    await expect(status).toContainText('已添加 1 个凭证码（吴十，办公室），共 2 个', { timeout: 20_000 });
    await expect(page.locator('.org-scan')).toContainText('浏览器内置识别');
    await page.keyboard.press('Escape');
    await expect(page.locator('.org-scan')).toHaveCount(0);
    await expect(page.locator('[data-count]')).toHaveText('2');
    await context.close();
  } finally {
    await browser.close();
  }
});

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false });

  test('the report on a desktop screen, and printed alone', async ({ page, request }) => {
    const s = await setup(request);
    const { a, b, c, broken } = people(s);
    const more = [
      takeQuiz(s, { n: 5, name: '钱七', unit: '劳动关系科', right: 6 }),
      takeQuiz(s, { n: 6, name: '陈晓明', unit: '社会保险中心', right: 9 }),
      takeQuiz(s, { n: 7, name: '刘芳', unit: '社会保险中心', right: 5 }),
    ];
    await page.goto(PAGE);
    await chooseQuiz(page, QUIZ_ID);
    await page.getByLabel('粘贴文字').fill(wechatChat(s, a, b, c, broken) + '\n' + more.map((p) => `${p.name}：${p.code}`).join('\n'));
    await page.getByRole('button', { name: '导入粘贴的文字' }).click();
    await page.getByLabel('名单文件（.csv）').setInputFiles({
      name: '名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ROSTER_CSV + '陈晓明,社会保险中心\r\n刘芳,社会保险中心\r\n周敏,社会保险中心\r\n', 'utf8'),
    });
    await expect(page.locator('.org-report [data-summary="graded"]')).toHaveText('6 份');
    expect(await axe(page)).toEqual([]);
    mkdirSync('screenshots', { recursive: true });
    await page.getByRole('heading', { name: '成绩报告' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: 'screenshots/organizer-report.png' });
    await page.screenshot({ path: 'test-results/organizer/organizer-full.png', fullPage: true });

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.org-report')).toBeVisible();
    await expect(page.getByRole('heading', { name: '成绩统计（组织者用）' })).toBeHidden();
    await expect(page.locator('.org-steps')).toBeHidden();
    await expect(page.locator('.org-toolbar')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    const pdf = await page.pdf({
      path: 'test-results/organizer/report.pdf',
      format: 'A4',
      margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
    });
    expect(pdf.length).toBeGreaterThan(1000);
  });
});

test('the page is kept out of search engines and the site search, and works by keyboard', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /组织者|成绩统计/ })).toHaveCount(0);
  await expect(page.getByText('所有数据只在本机处理，不会离开这台电脑的浏览器。')).toBeVisible();
  await expect(page.locator('.org-proof')).toContainText('能证明');
  await expect(page.locator('.org-proof')).toContainText('不能证明');
  await page.getByLabel('本次统计的答题').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.org-facts')).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

/**
 * `npm run check:content` over a copy of the content with ten mistakes in five files: it must
 * exit non-zero and print every one of them, each with its file and line, in Chinese.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/data/check-content.ts';
import { formatReport } from '../../src/lib/content/problems.ts';

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`not found: ${needle}`);
  return i + 1;
}

describe('check:content on the sample content', () => {
  it('finds nothing wrong, in seconds', () => {
    const started = performance.now();
    const { problems, files } = checkContent();
    expect(formatReport(problems)).toBe('内容检查通过：没有发现错误。');
    expect(files).toMatchObject({ laws: 29 });
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);
});

describe('check:content on a copy with ten mistakes in five files', () => {
  let work = '';
  const expected: Array<{ file: string; line: number; text: RegExp }> = [];
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(work, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };
  const shown = (file: string) => join(work, file);

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'pufa-check-'));
    cpSync('content', join(work, 'content'), { recursive: true });
    cpSync('site.config.yaml', join(work, 'site.config.yaml'));
    const mark = (file: string, needle: string, text: RegExp) => {
      expected.push({ file, line: lineOf(readFileSync(join(work, file), 'utf8'), needle), text });
    };

    // 1–3: an explainer without a title, with an impossible date and a citation of a missing article.
    const explainer = 'content/explainers/jiaban-fei.mdx';
    edit(
      explainer,
      (t) => t.replace(/^title: .*\n/m, '').replace('published: 2026-11-21', 'published: 2026-13-45') + '\n依据《劳动合同法》第一百零一条处理。\n',
    );
    expected.push({ file: explainer, line: 2, text: /字段“title”：缺少必填字段，应为文字/ });
    mark(explainer, 'published: 2026-13-45', /字段“published”：发现“2026-13-45”，不是有效的日期/);
    mark(explainer, '第一百零一条处理', /法条引用“《劳动合同法》第一百零一条”无效：《劳动合同法》没有第一百零一条/);

    // 4–5: a case with an unclosed <div> and a front-matter citation of a missing article.
    const caseFile = 'content/cases/baoxin-zhi-jiaban-fei.mdx';
    edit(caseFile, (t) => t.replace('  - 劳动法 第47条\n', '  - 劳动法 第470条\n').replace(/\n## /, '\n<div>\n\n没有闭合的块。\n\n## '));
    mark(caseFile, '劳动法 第470条', /字段“basis\[2\]”：法条引用“劳动法 第470条”无效/);
    mark(caseFile, '<div>', /MDX 写法有误：标签 <div> 没有闭合/);

    // 6–7: a question with two equal options, and one with a topic that is not in the list.
    const bank = 'content/questions/gongzi-jiaban.yaml';
    edit(bank, (t) =>
      t.replace('      - 百分之二百五十\n', '      - 百分之二百\n').replace(/(id: gzjb-002[\s\S]*?)topic: 工作时间与加班/, '$1topic: 加班工资'),
    );
    // The repeated option is the line after option B.
    expected.push({
      file: bank,
      line: lineOf(readFileSync(join(work, bank), 'utf8'), '      - 百分之二百') + 1,
      text: /第 1 题（id: gzjb-001）字段“options\[3\]”：发现选项 C“百分之二百”与选项 B 相同/,
    });
    mark(bank, 'topic: 加班工资', /第 2 题（id: gzjb-002）字段“topic”：发现“加班工资”，应为 劳动合同 \/ .* 之一/);

    // 8–9: a quiz whose pass mark is above its total score and whose quota the banks cannot fill.
    const quiz = 'content/quizzes/gongshang-yufang.yaml';
    edit(quiz, (t) => t.replace('passMark: 60', 'passMark: 5000').replace('{ count: 13, topic: 工伤保险 }', '{ count: 500, topic: 工伤保险 }'));
    mark(quiz, 'passMark: 5000', /字段“passMark”：发现合格线 5000 分，高于满分 2535 分/);
    mark(quiz, 'count: 500', /字段“quotas\[1\]”：第 1 个抽题规则（.*工伤保险.*）要 500 题/);

    // 10: a law with a gap in its article numbering (第八条, which no page cites, deleted).
    const law = `content/laws/${readdirSync(join(work, 'content/laws')).find((n) => n.startsWith('职工带薪年休假条例'))}`;
    edit(law, (t) => t.replace(/\n第八条[\s\S]*?\n(?=第九条)/, '\n'));
    mark(law, '第九条', /条文编号不连续：第七条之后是第九条，应为第八条/);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('exits non-zero and prints all ten, each with its file and line', () => {
    const run = spawnSync(process.execPath, ['scripts/check-content.mjs', join(work, 'content')], { encoding: 'utf8' });
    const out = run.stdout + run.stderr;
    expect(run.status, out).toBe(1);
    expect(expected).toHaveLength(10);
    for (const { file, line, text } of expected) {
      const lines = out.split('\n').filter((l) => l.includes(`${shown(file)}:${line}:`));
      expect(
        lines.some((l) => text.test(l)),
        `${file}:${line} ${text}\n${out}`,
      ).toBe(true);
    }
    expect(out).toMatch(/内容检查发现 \d+ 处错误，涉及 5 个文件。/);
  }, 120_000);
});

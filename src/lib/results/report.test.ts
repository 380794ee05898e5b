import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../quiz/types.ts';
import { syntheticPool } from '../../../tests/fixtures/results/synthetic.ts';
import { parseCsv } from './roster.ts';
import { reportCsv, rejectedCsv, resultsCsv, toCsv } from './csv.ts';
import { formatBeijingTime } from './format.ts';
import { CODE_DOES_NOT_PROVE, CODE_PROVES, shareMessage } from './message.ts';
import { buildReport, histogram } from './report.ts';
import type { GradedResult } from './types.ts';

const questions: QuizQuestion[] = syntheticPool(4);
const [q0, q1, q2] = questions.map((q) => q.id) as [string, string, string];

let counter = 0;
function result(
  name: string,
  unit: string,
  score: number,
  timeS: number,
  submittedAt = 1_000_000 + counter * 1000,
  correct: boolean[] = [],
): GradedResult {
  counter++;
  return {
    code: `RS1TEST${counter}`,
    payload: {
      version: 1,
      quizId: 'q',
      definitionHash: '00000000',
      registration: { name, unit },
      seed: '0000000000000000',
      answers: [],
      startedAt: submittedAt - timeS * 1000,
      submittedAt,
    },
    name,
    unit,
    score,
    maxScore: 100,
    passed: score >= 60,
    correctCount: correct.filter(Boolean).length,
    total: correct.length,
    timeUsedMs: timeS * 1000,
    items: correct.map((c, i) => ({ id: [q0, q1, q2][i]!, correct: c })),
  };
}

describe('buildReport', () => {
  const graded = [
    result('张三', '办公室', 90, 600, 5000, [true, true, false]),
    result('李四', '办公室', 50, 300, 6000, [false, true, false]),
    result('王五', '社会保险科', 90, 500, 7000, [true, true, true]),
    result('赵六', '社会保险科', 100, 900, 8000, [true, true, true]),
    result('孙七', '社保科', 70, 500, 4000, [true, false, false]),
  ];

  it('counts participants, pass rates per unit and overall, the mean and the histogram', () => {
    const report = buildReport(graded, { passMark: 60, maxScore: 100, questions, topN: 3 });
    expect(report.participants).toBe(5);
    expect(report.overall).toMatchObject({ participants: 5, passed: 4, passRate: 0.8, meanScore: 80 });
    expect(report.overall.expected).toBeUndefined();
    expect(report.units.map((u) => [u.unit, u.participants, u.passed, u.meanScore])).toEqual([
      ['办公室', 2, 1, 70],
      ['社会保险科', 2, 2, 95],
      ['社保科', 1, 1, 70],
    ]);
    expect(report.histogram.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 1, 0, 1, 0, 3]);
    expect(report.missing).toBeUndefined();
  });

  it('ranks by score, then shorter time, then earlier submission', () => {
    const tied = [...graded, result('周八', '办公室', 90, 500, 3000)];
    const report = buildReport(tied, { passMark: 60, maxScore: 100, questions, topN: 4 });
    expect(report.top.map((t) => [t.rank, t.name])).toEqual([
      [1, '赵六'],
      [2, '周八'], // 90 in 500 s, submitted before 王五
      [2, '王五'],
      [4, '张三'], // 90 in 600 s
    ]);
  });

  it('reports each question’s correct rate, lowest first, with the stem', () => {
    const report = buildReport(graded, { passMark: 60, maxScore: 100, questions, topN: 3 });
    expect(report.questions.map((q) => [q.id, q.shown, q.correct])).toEqual([
      [q2, 5, 2],
      [q0, 5, 4],
      [q1, 5, 4],
    ]);
    expect(report.questions[0]!.stem).toBe(questions[2]!.stem.slice(0, 30) + '…');
  });

  it('with a roster: participation per unit and who has not taken part', () => {
    const roster = [
      { name: '张三', unit: '办公室' },
      { name: '李四', unit: '办公室' },
      { name: '钱九', unit: '办公室' },
      { name: '王五', unit: '社会保险科' },
      { name: '赵六', unit: '社会保险科' },
      { name: '孙七', unit: '社会保险科' }, // typed 社保科: matched by name
      { name: '吴十', unit: '财务科' },
    ];
    const report = buildReport(graded, { passMark: 60, maxScore: 100, questions, roster });
    expect(report.overall).toMatchObject({ expected: 7, participated: 5 });
    expect(report.overall.participationRate).toBeCloseTo(5 / 7);
    expect(report.units.map((u) => [u.unit, u.expected, u.participated, u.participants, u.passed])).toEqual([
      ['办公室', 3, 2, 2, 1],
      ['社会保险科', 3, 3, 3, 3],
      ['财务科', 1, 0, 0, 0],
    ]);
    expect(report.missing!.map((m) => m.name)).toEqual(['钱九', '吴十']);
    expect(report.notOnRoster).toEqual([]);
  });

  it('puts 100 % in the top bin and exact multiples of 10 in their own bin', () => {
    const bins = histogram([result('a', 'x', 100, 1), result('b', 'x', 70, 1), result('c', 'x', 69.99, 1), result('d', 'x', 0, 1)]);
    expect(bins.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 0, 1, 1, 0, 1]);
    expect(bins[9]!.label).toBe('90–100');
  });
});

describe('CSV export', () => {
  it('starts with a BOM, ends rows with CRLF and quotes what needs quoting', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"', 'two\nlines', ' padded', 1.5, true, false, null],
      ['=SUM(A1)', '+1', '-x', '@me', -3],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFa,"b,c","say ""hi""","two\nlines"," padded",1.5,是,否,\r\n\'=SUM(A1),\'+1,\'-x,\'@me,-3\r\n');
    expect(parseCsv(csv)[0]).toEqual(['a', 'b,c', 'say "hi"', 'two\nlines', ' padded', '1.5', '是', '否', '']);
  });

  it('exports results with Chinese headers, Beijing times and the extra registration fields', () => {
    const g = result('王,五', '办公室', 88.5, 754, Date.UTC(2026, 4, 1, 16, 30, 0));
    g.payload.registration.staffNo = '007';
    const rows = parseCsv(
      resultsCsv(
        [g],
        [
          { key: 'name', label: '姓名', required: true },
          { key: 'staffNo', label: '工号', required: false },
        ],
      ),
    );
    expect(rows[0]).toEqual([
      '序号',
      '姓名',
      '单位',
      '工号',
      '得分',
      '满分',
      '是否合格',
      '答对题数',
      '总题数',
      '用时（秒）',
      '开始时间',
      '交卷时间',
      '凭证码',
    ]);
    expect(rows[1]).toEqual([
      '1',
      '王,五',
      '办公室',
      '007',
      '88.5',
      '100',
      '是',
      '0',
      '0',
      '754',
      '2026-05-02 00:17:26',
      '2026-05-02 00:30:00',
      g.code,
    ]);
  });

  it('exports the report and the rejected codes', () => {
    const graded = [result('张三', '办公室', 90, 600), result('李四', '办公室', 50, 300)];
    const csv = reportCsv(
      buildReport(graded, {
        passMark: 60,
        maxScore: 100,
        questions,
        roster: [
          { name: '张三', unit: '办公室' },
          { name: '王五', unit: '财务科' },
        ],
      }),
      '测试考试',
    );
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['测试考试']);
    expect(rows).toContainEqual(['参与率', '50.0%']);
    expect(rows).toContainEqual(['办公室', '1', '2', '100.0%', '1', '50.0%', '70']);
    expect(rows).toContainEqual(['未参加人员（1 人）']);
    expect(rows).toContainEqual(['王五', '财务科']);
    expect(rows).toContainEqual(['名单外的答题人（1 人）']);
    const rejected = parseCsv(rejectedCsv([{ code: 'RS1X', reason: { kind: 'checksum', message: '校验失败' }, name: '赵六' }]));
    expect(rejected[1]).toEqual(['1', '赵六', '', '校验失败', '校验失败', 'RS1X']);
  });
});

describe('participant texts', () => {
  it('formats Beijing time whatever the device time zone', () => {
    expect(formatBeijingTime(Date.UTC(2026, 11, 31, 16, 5, 9))).toBe('2027-01-01 00:05:09');
  });
  it('says plainly what a code proves and what it does not', () => {
    expect(CODE_PROVES).toContain('答案');
    expect(CODE_DOES_NOT_PROVE).toContain('身份');
    expect(CODE_DOES_NOT_PROVE).toContain('时间');
  });
  it('builds a WeChat message with the grouped code', () => {
    const text = shareMessage('RS1ABCDEFGHJK', {
      title: '宪法知识竞答',
      name: '张三',
      unit: '办公室',
      submittedAt: Date.UTC(2026, 11, 4, 1, 10),
      score: 95,
      maxScore: 100,
    });
    expect(text).toBe(
      '【成绩凭证码】宪法知识竞答\n姓名：张三　单位：办公室\n交卷时间：2026-12-04 09:10\n本人看到的得分：95 / 100 分（以组织者核算为准）\nRS1AB-CDEFG-HJK\n（以 RS1 开头的整段都是凭证码，请原样转发，不要改动）',
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchRoster, normalizeName, parseCsv, parseRoster } from './roster.ts';
import type { GradedResult } from './types.ts';

const result = (name: string, unit: string, score = 80): GradedResult => ({
  code: `RS1${name}`,
  payload: {
    version: 1,
    quizId: 'q',
    definitionHash: '00000000',
    registration: { name, unit },
    seed: '0000000000000000',
    answers: [],
    startedAt: 0,
    submittedAt: 1000,
  },
  name,
  unit,
  score,
  maxScore: 100,
  passed: score >= 60,
  correctCount: 0,
  total: 0,
  timeUsedMs: 1000,
  items: [],
});

describe('normalizeName', () => {
  it('ignores half-width, full-width and other spaces', () => {
    expect(normalizeName(' 张 三 ')).toBe('张三');
    expect(normalizeName('张\u3000三')).toBe('张三');
    expect(normalizeName('张\u00A0三\t')).toBe('张三');
    expect(normalizeName('张\u200B三')).toBe('张三');
  });
  it('treats full-width and half-width letters and digits alike, and Latin case', () => {
    expect(normalizeName('ＡＢＣ公司')).toBe(normalizeName('abc公司'));
    expect(normalizeName('第１科')).toBe('第1科');
    expect(normalizeName('（办公室）')).toBe(normalizeName('(办公室)'));
  });
  it('unifies the middle dots of names', () => {
    const forms = ['阿依古丽·买买提', '阿依古丽•买买提', '阿依古丽‧买买提', '阿依古丽・买买提', '阿依古丽･买买提', '阿依古丽 · 买买提'];
    expect(new Set(forms.map(normalizeName))).toEqual(new Set(['阿依古丽·买买提']));
  });
  it('keeps different names apart', () => {
    expect(normalizeName('张三')).not.toBe(normalizeName('张山'));
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFF姓名,单位\r\n"王,五","社保""中心"""\r\n"多\r\n行",x\r\n\r\n')).toEqual([
      ['姓名', '单位'],
      ['王,五', '社保"中心"'],
      ['多\r\n行', 'x'],
    ]);
  });
  it('detects tab-separated text pasted from a spreadsheet', () => {
    expect(parseCsv('张三\t办公室\n李四\t财务科')).toEqual([
      ['张三', '办公室'],
      ['李四', '财务科'],
    ]);
  });
});

describe('parseRoster', () => {
  it('reads the fixture roster (BOM, CRLF, quotes, extra columns, header in another order)', () => {
    const roster = parseRoster(readFileSync(new URL('../../../tests/fixtures/results/roster.csv', import.meta.url), 'utf8'));
    expect(roster).toEqual([
      { name: '张三', unit: '办公室' },
      { name: '李 四', unit: '办公室' },
      { name: '阿依古丽·买买提', unit: '社会保险科' },
      { name: 'ＷＡＮＧ　Ｆａｎｇ', unit: '社会保险科' },
      { name: '赵六', unit: '劳动关系科，调解组' },
      { name: '钱七', unit: '劳动关系科，调解组' },
    ]);
  });
  it('takes the first two columns when there is no header row', () => {
    expect(parseRoster('张三,办公室\n李四')).toEqual([
      { name: '张三', unit: '办公室' },
      { name: '李四', unit: '' },
    ]);
  });
});

describe('matchRoster', () => {
  const roster = parseRoster(readFileSync(new URL('../../../tests/fixtures/results/roster.csv', import.meta.url), 'utf8'));

  it('matches names tolerantly and lists, per unit, who has not taken part', () => {
    const graded = [
      result('张\u3000三', '办公室'), // full-width space
      result('李四', ' 办公室'), // spaces
      result('阿依古丽•买买提', '社会保险科'), // another middle dot
      result('wang fang', '社会保险科'), // half-width, lower case, against full-width on the roster
      result('孙八', '办公室'), // not on the roster
    ];
    const match = matchRoster(roster, graded);
    expect(match.expected).toBe(6);
    expect(match.participated).toBe(4);
    expect(match.rate).toBeCloseTo(4 / 6);
    expect(match.units.map((u) => [u.unit, u.expected, u.participated])).toEqual([
      ['办公室', 2, 2],
      ['社会保险科', 2, 2],
      ['劳动关系科，调解组', 2, 0],
    ]);
    expect(match.missing.map((m) => m.name)).toEqual(['赵六', '钱七']);
    expect(match.units[2]!.missing.map((m) => m.name)).toEqual(['赵六', '钱七']);
    expect(match.unmatched.map((g) => g.name)).toEqual(['孙八']);
  });

  it('falls back to the name alone when the unit was typed differently, if the name is unique', () => {
    const match = matchRoster(roster, [result('赵六', '劳动关系科'), result('张三', '综合科')]);
    expect(match.participated).toBe(2);
    expect(match.entryOf.get(0)).toEqual({ name: '赵六', unit: '劳动关系科，调解组' });
  });

  it('matches each roster entry at most once', () => {
    const twins = [
      { name: '张三', unit: '甲' },
      { name: '张三', unit: '乙' },
    ];
    // Two results of 张三 from an unknown unit: the name is not unique, so neither is guessed.
    expect(matchRoster(twins, [result('张三', '丙'), result('张三', '丁')]).participated).toBe(0);
    expect(matchRoster(twins, [result('张三', '甲'), result('张三', '甲')]).participated).toBe(1);
  });
});

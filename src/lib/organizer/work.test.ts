import { describe, expect, it } from 'vitest';
import { cursorFor, decodeText, duration, mergeCodes, parseSavedWork, percent, safeFileName } from './work.ts';

describe('parseSavedWork', () => {
  it('keeps valid work and drops what is damaged', () => {
    const work = { version: 1, quizId: 'q', codes: ['RS1A', 'RS1B', 'RS1A'], roster: { text: '姓名,单位\n张三,办公室', source: '文件' } };
    expect(parseSavedWork(work)).toEqual({ version: 1, quizId: 'q', codes: ['RS1A', 'RS1B'], roster: work.roster });
    expect(parseSavedWork(undefined)).toEqual({ version: 1, codes: [] });
    expect(parseSavedWork('x')).toEqual({ version: 1, codes: [] });
    expect(parseSavedWork({ version: 2, codes: ['RS1A'] })).toEqual({ version: 1, codes: [] });
    expect(parseSavedWork({ version: 1, codes: [1, '', 'RS1C'], roster: { text: ' ' } })).toEqual({ version: 1, codes: ['RS1C'] });
  });
  it('keeps the collector cursor, and starts from the beginning for another service or quiz', () => {
    const collector = { url: 'https://x.cn/collector/', quizId: 'q', cursor: '42' };
    const work = parseSavedWork({ version: 1, codes: [], collector });
    expect(work.collector).toEqual(collector);
    expect(cursorFor(work, 'https://x.cn/collector/', 'q')).toBe('42');
    expect(cursorFor(work, 'https://x.cn/collector/', 'other')).toBe('0');
    expect(cursorFor(work, 'https://y.cn/', 'q')).toBe('0');
    expect(parseSavedWork({ version: 1, codes: [], collector: { ...collector, cursor: 'abc' } }).collector).toBeUndefined();
  });
});

describe('mergeCodes', () => {
  it('adds each exact code once, in order', () => {
    expect(mergeCodes(['A', 'B'], ['B', 'C', 'C', 'D'])).toEqual({ codes: ['A', 'B', 'C', 'D'], added: ['C', 'D'], repeated: ['B', 'C'] });
  });
});

describe('decodeText', () => {
  it('reads UTF-8 (with or without BOM) and falls back to GB18030 as Excel saves CSV in Chinese', () => {
    const utf8 = new TextEncoder().encode('\uFEFF姓名,单位\n张三,办公室');
    expect(decodeText(utf8)).toBe('姓名,单位\n张三,办公室');
    // 张三,办公室 in GBK
    const gbk = Uint8Array.from([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xb0, 0xec, 0xb9, 0xab, 0xca, 0xd2]);
    expect(decodeText(gbk)).toBe('张三,办公室');
  });
});

describe('formats', () => {
  it('formats file names, percentages and durations', () => {
    expect(safeFileName('2026年度：学法/考试?')).toBe('2026年度：学法_考试_');
    expect(safeFileName('  ')).toBe('成绩');
    expect(percent(2 / 3)).toBe('66.7%');
    expect(percent(undefined)).toBe('—');
    expect(duration(725_000)).toBe('12分05秒');
    expect(duration(42_000)).toBe('42秒');
  });
});

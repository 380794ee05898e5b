import { describe, expect, it } from 'vitest';
import { parseStatute } from '../statute/parse.ts';
import { findDates, statuteTextLines, unsupportedVersionDates, type LawLines } from './versions.ts';

const body = (list: string) => `## 一句话看懂\n\n2099年1月1日不在清单里，不查。\n\n## 依据的法规版本\n\n${list}\n\n以最新规定为准（2098年1月1日，不是清单项）。\n\n## 常见问题\n\n不查这里。\n`;

const laws: Record<string, string[]> = {
  工伤保险条例: ['# 工伤保险条例', '2003年4月27日 中华人民共和国国务院令第375号公布', '本条例自2004年1月1日起施行。'],
  工资支付暂行规定: ['# 工资支付暂行规定', '一九九四年十二月六日', '本规定自一九九五年一月一日起执行。'],
};
const lookup: LawLines = (name) => laws[name.replace(/^中华人民共和国/, '')];

describe('findDates', () => {
  it('finds ASCII, full-width and Chinese-numeral dates with their offsets, in order', () => {
    const text = '一九九四年十二月六日印发，1995年1月1日执行，２０１０年１２月２０日修订，二〇〇八年五月三十一日';
    expect(findDates(text).map((d) => [d.index, d.text, d.iso])).toEqual([
      [0, '一九九四年十二月六日', '1994-12-06'],
      [13, '1995年1月1日', '1995-01-01'],
      [25, '２０１０年１２月２０日', '2010-12-20'],
      [39, '二〇〇八年五月三十一日', '2008-05-31'],
    ]);
  });
  it('ignores years and months without a day, and impossible dates', () => {
    expect(findDates('2024年修改，2010年12月，2010年13月1日')).toEqual([]);
  });
});

describe('unsupportedVersionDates: dates in 依据的法规版本 must be stated by the law text', () => {
  it('accepts dates the header or the 施行 article states, in either notation', () => {
    const list = ['- 《工伤保险条例》（2003年4月27日公布，本条例自2004年1月1日起施行）', '- 《工资支付暂行规定》（1994年12月6日印发，一九九五年一月一日起执行）'].join('\n');
    expect(unsupportedVersionDates(body(list), lookup)).toEqual([]);
  });
  it('reports a date only the file name carries, with its line, and nothing outside the list', () => {
    const list = ['- 《工资支付暂行规定》（1995年1月1日起执行）', '- 《中华人民共和国工伤保险条例》（2003年4月27日公布，', '  2010年12月20日修订）'].join('\n');
    expect(unsupportedVersionDates(body(list), lookup)).toEqual([{ line: 9, law: '中华人民共和国工伤保险条例', date: '2010年12月20日', known: true }]);
  });
  it('checks each date against the nearest law before it, and reports laws the library does not have', () => {
    const list = '- 《工伤保险条例》（2004年1月1日起施行）；《未收录的通知》（2004年1月1日）';
    expect(unsupportedVersionDates(body(list), lookup)).toEqual([{ line: 7, law: '未收录的通知', date: '2004年1月1日', known: false }]);
  });
  it('reports a date in an item that names no law', () => {
    expect(unsupportedVersionDates(body('- 2004年1月1日起施行的条例'), lookup)).toEqual([{ line: 7, law: '', date: '2004年1月1日', known: false }]);
  });
});

describe('statuteTextLines', () => {
  it('gives the header and the text but not the file name or editors’ notes', () => {
    const source = [
      '---',
      'currencyNote: 2024年1月1日起另有规定。',
      '---',
      '# 某条例',
      '',
      '2010年1月1日 公布',
      '',
      '<!-- INFO END -->',
      '',
      '第一条 一般规定。',
      '',
      '（一）2011年2月2日以前的情形；',
      '',
      '第二条 本条例自2012年3月3日起施行。',
    ].join('\n');
    const lines = statuteTextLines(parseStatute(source, 'content/laws/某条例(2020-12-31).md'));
    const dates = lines.flatMap((l) => findDates(l).map((d) => d.iso));
    expect(dates).toEqual(['2010-01-01', '2011-02-02', '2012-03-03']);
  });
});

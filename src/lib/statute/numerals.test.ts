import { describe, expect, it } from 'vitest';
import { parseChineseNumber, toChineseNumber } from './numerals.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['四十七', 47],
    ['九十八', 98],
    ['一百', 100],
    ['一百零三', 103],
    ['一百一十', 110],
    ['一百四十三', 143],
    ['两', 2],
    ['两百', 200],
    ['〇', 0],
    ['零', 0],
    ['一千零一', 1001],
    ['一千零一十', 1010],
    ['九千九百九十九', 9999],
    ['47', 47],
    ['０７', 7],
    ['一九九四', 1994],
    ['二〇〇八', 2008],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '条', '十十', '十百', '百', '一百三', '三四十', '一百零', '两九', '4a'])('rejects %j', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('toChineseNumber', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [47, '四十七'],
    [103, '一百零三'],
    [110, '一百一十'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [9999, '九千九百九十九'],
  ])('%i → %s', (value, text) => {
    expect(toChineseNumber(value)).toBe(text);
  });

  it('round-trips 1..9999', () => {
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
  });

  it('rejects numbers it cannot write', () => {
    expect(() => toChineseNumber(10000)).toThrow(RangeError);
    expect(() => toChineseNumber(1.5)).toThrow(RangeError);
    expect(() => toChineseNumber(-1)).toThrow(RangeError);
  });
});

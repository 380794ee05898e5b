import { describe, expect, it } from 'vitest';
import {
  beijingTimestamp,
  chinaDateKey,
  chineseDateTime,
  formatChineseDate,
  formatClock,
  formatDuration,
  formatDurationCompact,
  isoDate,
  percent,
} from './time.ts';

describe('China time, whatever the device zone', () => {
  it('turns an instant into the China calendar day and wall clock', () => {
    expect(chinaDateKey(Date.parse('2026-11-20T15:59:59Z'))).toBe('2026-11-20');
    expect(chinaDateKey(Date.parse('2026-11-20T16:00:00Z'))).toBe('2026-11-21');
    expect(beijingTimestamp(Date.parse('2026-12-31T16:30:05Z'))).toBe('2027-01-01 00:30:05');
    expect(chineseDateTime(Date.parse('2026-12-03T00:05:00Z'))).toBe('2026年12月3日 08:05');
  });
  it('formats calendar dates from strings as written and Dates in China time', () => {
    expect(formatChineseDate('2024-05-01')).toBe('2024年5月1日');
    expect(formatChineseDate(new Date('2026-11-21'))).toBe('2026年11月21日');
    // A quiz opening at 07:00 China time on 4 December is 23:00 UTC on 3 December.
    expect(formatChineseDate(new Date('2026-12-04T07:00:00+08:00'))).toBe('2026年12月4日');
    expect(isoDate(new Date('2026-12-04T07:00:00+08:00'))).toBe('2026-12-04');
  });
});

describe('durations and shares', () => {
  it('formats durations for people and for tables, and a countdown that rounds up', () => {
    expect(formatDuration(725_000)).toBe('12 分 5 秒');
    expect(formatDuration(45_000)).toBe('45 秒');
    expect(formatDurationCompact(725_000)).toBe('12分05秒');
    expect(formatClock(65_000)).toBe('01:05');
    expect(formatClock(64_001)).toBe('01:05');
    expect(formatClock(0)).toBe('00:00');
  });
  it('rounds shares to one decimal and names missing values', () => {
    expect(percent(0.5)).toBe('50.0%');
    expect(percent(2 / 3)).toBe('66.7%');
    expect(percent(undefined)).toBe('—');
    expect(percent(Number.NaN, '')).toBe('');
  });
});

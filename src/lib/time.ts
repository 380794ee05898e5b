/**
 * Dates, times and shares as the site shows them. One home for China time (UTC+8 all year, no
 * daylight saving), so a page shows the same day and hour on a device set to any time zone.
 */

/** China is UTC+8 all year. */
export const CHINA_OFFSET_MS = 8 * 3600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock parts in China of an instant. */
function chinaParts(ms: number) {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), min: d.getUTCMinutes(), s: d.getUTCSeconds() };
}

/** The calendar date in China at an instant, as YYYY-MM-DD. */
export function chinaDateKey(ms: number): string {
  const p = chinaParts(ms);
  return `${String(p.y).padStart(4, '0')}-${pad(p.m)}-${pad(p.d)}`;
}

/** `YYYY-MM-DD HH:mm:ss` in China time (exports, messages). */
export function beijingTimestamp(ms: number): string {
  const p = chinaParts(ms);
  return `${chinaDateKey(ms)} ${pad(p.h)}:${pad(p.min)}:${pad(p.s)}`;
}

/** 2026年12月3日 08:05, in China time (result cards, history). */
export function chineseDateTime(ms: number): string {
  const p = chinaParts(ms);
  return `${p.y}年${p.m}月${p.d}日 ${pad(p.h)}:${pad(p.min)}`;
}

/**
 * A calendar date as 2024年5月1日. A string is read as the date it names; a Date (a content
 * file's date, or a quiz's opening time) is shown as its day in China.
 */
export function formatChineseDate(date: Date | string): string {
  const [y, m, d] = isoDate(date).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** ISO calendar date (2024-05-01) for machine-readable <time datetime>: a Date's day in China. */
export function isoDate(date: Date | string): string {
  return typeof date === 'string' ? date : chinaDateKey(date.getTime());
}

/** 725000 ms → 12 分 5 秒 (what a participant reads). */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m ? `${m} 分 ${s % 60} 秒` : `${s} 秒`;
}

/** 725000 ms → 12分05秒 (tables and exports, aligned). */
export function formatDurationCompact(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}分${pad(s % 60)}秒` : `${s}秒`;
}

/** A countdown: 65 000 ms → 01:05 (seconds rounded up, so 0:00 means the time is over). */
export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

/** A share as a percentage with one decimal: 0.5 → 50.0%; `empty` for a missing or impossible value. */
export function percent(x: number | undefined, empty = '—'): string {
  if (x === undefined || !Number.isFinite(x)) return empty;
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
}

/** Formats a date as 2024年5月1日 (dates are calendar dates, so UTC parts are used). */
export function formatChineseDate(date: Date | string): string {
  const d = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** ISO calendar date (2024-05-01) for machine-readable <time datetime>. */
export function isoDate(date: Date | string): string {
  return typeof date === 'string' ? date : date.toISOString().slice(0, 10);
}

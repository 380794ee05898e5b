/**
 * Chinese numerals as used in statutes: 第四十七条, 第一百零三条, 第二十条之一.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = '一二三四五六七八九';

/** Characters that may appear in a numeral accepted by parseChineseNumber (for building regexes). */
export const NUMERAL_CHARS = '0-9０-９零〇一二两三四五六七八九十百千';

/**
 * Parses a Chinese numeral (一, 十一, 一百零三, 两百) or ASCII/full-width digits.
 * A run of bare digits without units (一九九四) is read positionally, as in dates.
 * Returns null when the string is not a well-formed number below 10000.
 */
export function parseChineseNumber(s: string): number | null {
  const text = s.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  const chars = [...text];
  if (!chars.every((c) => c in DIGITS || c in UNITS)) return null;

  // Positional form (一九九四, 二〇〇八): digits only, several of them.
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) {
    if (chars.includes('两')) return null;
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }

  let total = 0;
  let pending: number | null = null; // digit waiting for its unit
  let lastUnit = Infinity; // units must strictly decrease
  let sawZero = false;
  for (const c of chars) {
    const digit = DIGITS[c];
    if (digit !== undefined) {
      if (pending !== null) return null; // two digits in a row
      if (digit === 0) {
        if (sawZero || total === 0) return chars.length === 1 ? 0 : null;
        sawZero = true;
        continue;
      }
      pending = digit;
      continue;
    }
    const unit = UNITS[c] ?? 0;
    if (unit >= lastUnit) return null;
    // 十 may stand alone only at the start (十一 = 11); elsewhere it needs a digit (一百一十).
    if (pending === null && !(unit === 10 && total === 0 && !sawZero)) return null;
    total += (pending ?? 1) * unit;
    lastUnit = unit;
    pending = null;
    sawZero = false;
  }
  if (pending !== null) {
    // A trailing digit after 零 or after 十 is the ones; after 百/千 without 零 it is ambiguous (一百三).
    if (!sawZero && lastUnit > 10 && lastUnit !== Infinity) return null;
    total += pending;
  } else if (sawZero) {
    return null; // trailing 零
  }
  return total;
}

/** Writes 1..9999 in Chinese numerals the way statutes do: 10 → 十, 110 → 一百一十, 103 → 一百零三. */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) {
    throw new RangeError(`toChineseNumber: ${n} is outside 0..9999`);
  }
  if (n === 0) return '零';
  const places: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let zeroPending = false;
  for (const [value, unit] of places) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      if (out !== '') zeroPending = true;
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    // 十一 rather than 一十一 when the number starts with the tens.
    const digitChar = value === 10 && out === '' && digit === 1 ? '' : DIGIT_CHARS[digit - 1];
    out += digitChar + unit;
  }
  return out;
}

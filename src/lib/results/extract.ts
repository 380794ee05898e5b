/**
 * Finding result codes inside pasted text: a WeChat chat copied whole (names, times, emoji,
 * other messages), a spreadsheet column, a text file with one code a line.
 */
import { CROCKFORD_ALPHABET, base32Value } from './base32.ts';
import { CODE_MARK, hasValidChecksum } from './codec.ts';

/** Longest code text considered, in Base32 characters (a code with long typed fields is ~300). */
const MAX_CODE_CHARS = 1200;
/** Shorter candidates (after RS + version) are taken for chance letters, not for a broken code. */
const MIN_CODE_CHARS = 12;
/** How far back from the end of a group a code may end when letters are glued to it. */
const GLUED_CHARS = 8;

/** Full-width ASCII forms (Ａ, １, －) as ASCII, the ideographic space as a space. */
function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x3000 ? 0x20 : code;
}

/** Base32 value of a character code (after folding; aliases and lower case accepted), or -1. */
const VALUE = new Int8Array(128).fill(-1);
for (let c = 0; c < 128; c++) VALUE[c] = base32Value(String.fromCharCode(c));
const valueOf = (code: number) => (code < 128 ? VALUE[code]! : -1);

const isHyphen = (c: number) => c === 0x2d || c === 0x5f || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;

interface Run {
  /** Canonical characters of the run: RS + version + data */
  chars: string;
  /** Lengths of `chars` at which a separator occurred (possible code ends), ascending */
  boundaries: number[];
  /** For each boundary: whether what follows starts another code (whitespace, then RS + a Base32 character) */
  softStop: boolean[];
  /** For each boundary: the text index just after the character before the separator */
  textEnds: number[];
  /** Text index just after the run */
  end: number;
}

/** Reads Base32 characters and separators from `start` (the R of a mark). */
function readRun(text: string, start: number): Run {
  let chars = '';
  const boundaries: number[] = [];
  const softStop: boolean[] = [];
  const textEnds: number[] = [];
  const at = (i: number) => (i < text.length ? fold(text.charCodeAt(i)) : -1);
  let i = start;
  while (chars.length < MAX_CODE_CHARS) {
    for (let v = valueOf(at(i)); v >= 0 && chars.length < MAX_CODE_CHARS; v = valueOf(at(++i))) chars += CROCKFORD_ALPHABET[v];
    // A separator: hyphens/dashes and spaces with at most one line break, at most 4 characters.
    let j = i;
    let breaks = 0;
    let spaced = false;
    while (j - i < 4) {
      const c = at(j);
      if (c === 0x0d && at(j + 1) === 0x0a) {
        breaks++;
        spaced = true;
        j += 2;
      } else if (c === 0x0a || c === 0x0d) {
        breaks++;
        spaced = true;
        j++;
      } else if (isSpace(c)) {
        spaced = true;
        j++;
      } else if (isHyphen(c)) {
        j++;
      } else {
        break;
      }
    }
    if (j === i || breaks > 1 || valueOf(at(j)) < 0) break;
    boundaries.push(chars.length);
    textEnds.push(i);
    softStop.push(spaced && (at(j) | 0x20) === 0x72 && (at(j + 1) | 0x20) === 0x73 && valueOf(at(j + 2)) >= 0);
    i = j;
  }
  return { chars, boundaries, softStop, textEnds, end: i };
}

/** R or r (also full-width) then S or s, not preceded by a letter or digit. */
const MARK = /(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ])[RrＲｒ][SsＳｓ]/g;

/**
 * Every result code in `text`, in order, in canonical form (upper case, no separators). A code
 * starts with RS + version not preceded by a letter or digit; it may be grouped with hyphens or
 * spaces, wrapped at one line break, written in full-width or lower-case letters. Where the text
 * after a code could be read as more code characters (“RS1…-ABCDE OK”, “…ABCDEOK”), the longest
 * part ending at a separator, or up to 8 characters short of the group's end, that passes the
 * checksum is taken. A code that passes nowhere is returned as found (up to the next code), so
 * that grading rejects it with its reason rather than it vanishing.
 */
export function extractCodes(text: string): string[] {
  const out: string[] = [];
  const mark = new RegExp(MARK.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = mark.exec(text)) !== null) {
    const run = readRun(text, m.index);
    if (run.chars.length - CODE_MARK.length - 1 < MIN_CODE_CHARS) {
      mark.lastIndex = Math.max(mark.lastIndex, run.end);
      continue;
    }
    const firstStop = run.softStop.indexOf(true);
    const stopAt = firstStop >= 0 ? run.boundaries[firstStop]! : run.chars.length;
    const stopEnd = firstStop >= 0 ? run.textEnds[firstStop]! : run.end;

    // Candidate ends, best first: up to the next code, the whole run, every separator (longest
    // first), then inside the last group (letters glued to the code).
    let found: { length: number; end: number } | undefined;
    const attempt = (length: number, end: number) => {
      if (!found && hasValidChecksum(run.chars.slice(0, length))) found = { length, end };
    };
    attempt(stopAt, stopEnd);
    if (stopAt < run.chars.length) attempt(run.chars.length, run.end);
    for (let k = run.boundaries.length - 1; k >= 0 && !found; k--) {
      if (run.boundaries[k] !== stopAt) attempt(run.boundaries[k]!, run.textEnds[k]!);
    }
    const groupStart = Math.max(CODE_MARK.length + 1 + MIN_CODE_CHARS, ...run.boundaries.filter((b) => b < stopAt));
    for (let length = stopAt - 1; length > groupStart && length >= stopAt - GLUED_CHARS && !found; length--) {
      // Inside a group every character is one UTF-16 unit of the text.
      attempt(length, stopEnd - (stopAt - length));
    }
    const chosen = found ?? { length: stopAt, end: stopEnd };
    out.push(run.chars.slice(0, chosen.length));
    mark.lastIndex = chosen.end;
  }
  return out;
}

/**
 * The roster (参加人员名单): who is expected to take part, per unit, and tolerant matching of
 * the names people typed against it.
 */
import type { GradedResult, RosterEntry } from './types.ts';

const PLAIN = /^[\u4E00-\u9FFF0-9a-z]*$/;
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Middle dots in names such as 阿依古丽·买买提: ·(U+00B7) •(U+2022) ‧(U+2027) ・(U+30FB) ･ ⋅ ∙ ● and the Greek ano teleia. */
const DOTS = /[\u00B7\u0387\u2022\u2027\u2219\u22C5\u25CF\u30FB\uFF65\u16EB\u2E31\u318D]/g;

/**
 * A name or unit for comparison: NFKC (full-width letters, digits and punctuation become
 * half-width), every kind of whitespace and invisible character removed (incl. the full-width
 * space), middle-dot variants unified to ·, Latin letters in lower case.
 */
export function normalizeName(text: string): string {
  // Already normal: CJK ideographs, digits and lower-case letters only (most names and units).
  if (PLAIN.test(text)) return text;
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(DOTS, '·').toLowerCase();
}

/** The delimiter of a CSV text: tab or full-width comma when the first line uses them and no comma. */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes('，')) return '，';
  return ',';
}

/**
 * Parses CSV text (RFC 4180: quoted fields with "" for a quote, CRLF or LF, a UTF-8 BOM
 * ignored). The delimiter is a comma, or a tab / full-width comma (，) when the first line uses
 * one of those and no comma. Rows that are entirely empty are dropped.
 */
export function parseCsv(text: string, delimiter?: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = delimiter ?? detectDelimiter(src);
  if (!src.includes('"')) {
    // No quotes: every line is a row and every delimiter separates fields.
    return src
      .split(/\r\n|\n|\r/)
      .map((line) => line.split(sep))
      .filter((row) => row.some((f) => f.trim() !== ''));
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (row.some((f) => f.trim() !== '')) rows.push(row);
    row = [];
    field = '';
  };
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && src[i + 1] === '\n') i++;
    } else {
      field += c;
    }
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

const NAME_HEADERS = ['姓名', '名字', '人员', '参赛人', '考生姓名', 'name'];
const UNIT_HEADERS = ['单位', '部门', '工作单位', '所在单位', '科室', 'unit'];

/**
 * A roster from CSV text with the columns 姓名 and 单位. A header row is optional: when the
 * first row names a 姓名 column (姓名, 名字 …) the columns are found by their headers (单位 or
 * 部门 …; the others ignored), otherwise the first column is the name and the second the unit.
 * Rows without a name are skipped; values are trimmed.
 */
export function parseRoster(csvText: string): RosterEntry[] {
  const rows = parseCsv(csvText);
  let nameCol = 0;
  let unitCol = 1;
  const first = rows[0];
  if (first) {
    const headers = first.map((h) => normalizeName(h));
    const n = headers.findIndex((h) => NAME_HEADERS.includes(h));
    if (n >= 0) {
      nameCol = n;
      unitCol = headers.findIndex((h) => UNIT_HEADERS.includes(h));
      rows.shift();
    }
  }
  const out: RosterEntry[] = [];
  for (const row of rows) {
    const name = (row[nameCol] ?? '').trim();
    if (name === '') continue;
    out.push({ name, unit: unitCol >= 0 ? (row[unitCol] ?? '').trim() : '' });
  }
  return out;
}

/** Participation of one unit of the roster. */
export interface UnitParticipation {
  unit: string;
  /** People of the unit on the roster */
  expected: number;
  /** Of those, how many have a graded result */
  participated: number;
  /** participated / expected (0..1), 0 for an empty unit */
  rate: number;
  /** Roster entries of the unit without a result, in roster order */
  missing: RosterEntry[];
}

/** What matchRoster returns. */
export interface RosterMatch {
  /** Per unit in order of first appearance in the roster */
  units: UnitParticipation[];
  expected: number;
  participated: number;
  /** participated / expected (0..1) */
  rate: number;
  /** Everyone on the roster without a result, in roster order */
  missing: RosterEntry[];
  /** Results that match nobody on the roster */
  unmatched: GradedResult[];
  /** The roster entry each matched result belongs to (by index into `graded`) */
  entryOf: Map<number, RosterEntry>;
}

/**
 * Matches results to the roster. A result matches an entry with the same normalised name and
 * unit; failing that, the entry with that normalised name when the roster has only one and it is
 * still unmatched (people type their unit in many ways). Each entry is matched at most once.
 */
export function matchRoster(roster: readonly RosterEntry[], graded: readonly GradedResult[]): RosterMatch {
  const byNameUnit = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  roster.forEach((entry, i) => {
    const name = normalizeName(entry.name);
    const key = `${name}\u0000${normalizeName(entry.unit)}`;
    (byNameUnit.get(key) ?? byNameUnit.set(key, []).get(key)!).push(i);
    (byName.get(name) ?? byName.set(name, []).get(name)!).push(i);
  });
  const taken = new Uint8Array(roster.length);
  const entryOf = new Map<number, RosterEntry>();
  const pending: number[] = [];

  const claim = (candidates: number[] | undefined): number => {
    const free = (candidates ?? []).filter((i) => taken[i] === 0);
    return free.length > 0 ? free[0]! : -1;
  };
  graded.forEach((g, gi) => {
    const i = claim(byNameUnit.get(`${normalizeName(g.name)}\u0000${normalizeName(g.unit)}`));
    if (i >= 0) {
      taken[i] = 1;
      entryOf.set(gi, roster[i]!);
    } else {
      pending.push(gi);
    }
  });
  const unmatched: GradedResult[] = [];
  for (const gi of pending) {
    const g = graded[gi]!;
    const same = byName.get(normalizeName(g.name)) ?? [];
    if (same.length === 1 && taken[same[0]!] === 0) {
      taken[same[0]!] = 1;
      entryOf.set(gi, roster[same[0]!]!);
    } else {
      unmatched.push(g);
    }
  }

  const units = new Map<string, UnitParticipation>();
  roster.forEach((entry, i) => {
    const key = normalizeName(entry.unit);
    let u = units.get(key);
    if (!u) {
      u = { unit: entry.unit, expected: 0, participated: 0, rate: 0, missing: [] };
      units.set(key, u);
    }
    u.expected++;
    if (taken[i]) u.participated++;
    else u.missing.push(entry);
  });
  for (const u of units.values()) u.rate = u.expected > 0 ? u.participated / u.expected : 0;
  const participated = entryOf.size;
  return {
    units: [...units.values()],
    expected: roster.length,
    participated,
    rate: roster.length > 0 ? participated / roster.length : 0,
    missing: roster.filter((_, i) => taken[i] === 0),
    unmatched,
    entryOf,
  };
}

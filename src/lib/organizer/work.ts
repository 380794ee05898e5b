/**
 * The organiser's work in progress (chosen quiz, collected codes, roster) as kept in the
 * browser, and small helpers of the organiser page: reading uploaded text in UTF-8 or GBK,
 * adding codes once each, file names and number formats.
 */

/** What is kept in localStorage between visits. */
export interface SavedWork {
  version: 1;
  /** The chosen quiz (file name), if any */
  quizId?: string;
  /** Collected codes, canonical, each once, in the order they came */
  codes: string[];
  /** The roster as uploaded or pasted, and where it came from */
  roster?: { text: string; source: string };
  /**
   * The last load from the results collector: which service and quiz, and the cursor after the
   * last code loaded, so the next load asks only for codes that arrived since (never the token)
   */
  collector?: CollectorCursor;
}

export interface CollectorCursor {
  url: string;
  quizId: string;
  cursor: string;
}

/** Where the next load from `url` for `quizId` starts: the saved cursor when it is for the same service and quiz, else "0". */
export function cursorFor(work: SavedWork, url: string, quizId: string): string {
  const c = work.collector;
  return c && c.url === url && c.quizId === quizId ? c.cursor : '0';
}

/** Storage key (the store adds its prefix). */
export const WORK_KEY = 'organizer:work';

export const EMPTY_WORK: SavedWork = Object.freeze({ version: 1, codes: [] }) as SavedWork;

/** Stored work, or empty work when the stored value is missing, of another version or damaged. */
export function parseSavedWork(value: unknown): SavedWork {
  if (value === null || typeof value !== 'object') return { version: 1, codes: [] };
  const v = value as Partial<SavedWork>;
  if (v.version !== 1) return { version: 1, codes: [] };
  const codes = Array.isArray(v.codes) ? [...new Set(v.codes.filter((c): c is string => typeof c === 'string' && c.length > 0))] : [];
  const work: SavedWork = { version: 1, codes };
  if (typeof v.quizId === 'string' && v.quizId) work.quizId = v.quizId;
  const r = v.roster;
  if (r && typeof r === 'object' && typeof r.text === 'string' && r.text.trim() !== '') {
    work.roster = { text: r.text, source: typeof r.source === 'string' ? r.source : '' };
  }
  const c = v.collector;
  if (
    c &&
    typeof c === 'object' &&
    typeof c.url === 'string' &&
    typeof c.quizId === 'string' &&
    typeof c.cursor === 'string' &&
    /^\d{1,15}$/.test(c.cursor)
  ) {
    work.collector = { url: c.url, quizId: c.quizId, cursor: c.cursor };
  }
  return work;
}

/** The codes after adding `found`: each code once (exact same text), in order. */
export function mergeCodes(existing: readonly string[], found: readonly string[]): { codes: string[]; added: string[]; repeated: string[] } {
  const seen = new Set(existing);
  const codes = [...existing];
  const added: string[] = [];
  const repeated: string[] = [];
  for (const code of found) {
    if (seen.has(code)) {
      repeated.push(code);
    } else {
      seen.add(code);
      codes.push(code);
      added.push(code);
    }
  }
  return { codes, added, repeated };
}

/**
 * Text of an uploaded file: UTF-8 (a BOM is dropped), else GB18030 — what Excel and Windows
 * Notepad in Chinese save by default, so a roster saved as “CSV” there reads correctly too.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(view);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(view);
    } catch {
      return new TextDecoder('utf-8').decode(view);
    }
  }
}

/** A file name from a title: characters Windows does not allow become “_”. */
export function safeFileName(name: string): string {
  const clean = name
    // Control characters are not allowed in Windows file names either.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return clean || '成绩';
}

/** 0.5 → 50.0%, and 725000 ms → 12分05秒, as the report and the exports write them. */
export { percent, formatDurationCompact as duration } from '../time.ts';

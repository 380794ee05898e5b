/**
 * What the site keeps in the browser, under named keys. localStorage never throws here: private
 * mode, disabled storage and a full quota all end up as `available: false` (reads return
 * nothing, writes are dropped), so the quiz keeps working in memory and can tell the user once
 * that progress will not survive a reload. Corrupt or old values read back as "nothing stored"
 * (the parse functions of lib/quiz/records.ts decide what is valid).
 */
import { emptyHistory, emptyMistakeBook, parseAttempt, parseHistory, parseMistakeBook } from '../lib/quiz/records.ts';
import type { Attempt, History, MistakeBook } from '../lib/quiz/types.ts';

/** Every key the site writes starts with this. */
export const STORAGE_PREFIX = 'pufa:';

/**
 * The keys, without the prefix. FONT_SIZE is also read by the inline script in BaseLayout.astro
 * before first paint (it cannot import this module): keep the two in step.
 */
export const STORE_KEYS = {
  /** 大 / 中 / 小, kept when everything else is cleared */
  fontSize: 'font-size',
  history: 'history',
  mistakes: 'mistakes',
  /** 姓名 and 单位 typed on a result card, offered again next time */
  profile: 'profile',
  attempt: (quizId: string) => `attempt:${quizId}`,
  registration: (quizId: string) => `registration:${quizId}`,
  /** Result codes waiting for the results collector, and its receipts (lib/results/outbox.ts) */
  outbox: 'outbox',
  /** The organiser's collector token: in sessionStorage only, gone when the browser session ends */
  collectorToken: 'organizer:collector-token',
} as const;

/** Keys that survive 清除全部记录: settings, not records. */
const KEPT_ON_CLEAR = new Set<string>([STORE_KEYS.fontSize]);

/** Low-level JSON storage that never throws. */
export interface SafeStore {
  /** Whether writes have been succeeding */
  readonly available: boolean;
  /** Parsed JSON under a key, or undefined when missing, unreadable or not JSON */
  read(key: string): unknown;
  /** Writes JSON; returns false (and marks the store unavailable) when the write fails */
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
  /** The keys the site has written, without the prefix */
  keys(): string[];
}

/** localStorage (kept), or sessionStorage (gone when the tab's session ends: the organiser's token). */
export function openStore(area: 'localStorage' | 'sessionStorage' = 'localStorage'): SafeStore {
  let storage: Storage | undefined;
  let available = false;
  try {
    storage = window[area];
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    available = true;
  } catch {
    storage = undefined;
  }
  return {
    get available() {
      return available;
    },
    read(key) {
      try {
        const raw = storage?.getItem(STORAGE_PREFIX + key);
        return raw == null ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      if (!storage) return false;
      try {
        storage.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
        return true;
      } catch {
        available = false;
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(STORAGE_PREFIX + key);
      } catch {
        // Nothing to do: the data was unreachable anyway.
      }
    },
    keys() {
      try {
        if (!storage) return [];
        const out: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(STORAGE_PREFIX)) out.push(key.slice(STORAGE_PREFIX.length));
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}

/** The quiz's records in the browser, typed: what QuizApp, 错题本 and 我的记录 read and write. */
export interface QuizStore {
  readonly available: boolean;
  history(): History;
  saveHistory(history: History): boolean;
  mistakes(): MistakeBook;
  saveMistakes(book: MistakeBook): boolean;
  attempt(quizId: string): Attempt | null;
  saveAttempt(attempt: Attempt): boolean;
  removeAttempt(quizId: string): void;
  registration(quizId: string): Record<string, string>;
  saveRegistration(quizId: string, values: Record<string, string>): boolean;
  profile(): { name: string; unit: string };
  saveProfile(profile: { name: string; unit: string }): boolean;
  /** Removes every record the site keeps (attempts, history, 错题本, registrations, profile), keeping settings */
  clearAll(): void;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

export function openQuizStore(store: SafeStore = openStore()): QuizStore {
  return {
    get available() {
      return store.available;
    },
    history: () => parseHistory(store.read(STORE_KEYS.history)) ?? emptyHistory(),
    saveHistory: (history) => store.write(STORE_KEYS.history, history),
    mistakes: () => parseMistakeBook(store.read(STORE_KEYS.mistakes)) ?? emptyMistakeBook(),
    saveMistakes: (book) => store.write(STORE_KEYS.mistakes, book),
    attempt: (quizId) => parseAttempt(store.read(STORE_KEYS.attempt(quizId))),
    saveAttempt: (attempt) => store.write(STORE_KEYS.attempt(attempt.quizId), attempt),
    removeAttempt: (quizId) => store.remove(STORE_KEYS.attempt(quizId)),
    registration: (quizId) => stringRecord(store.read(STORE_KEYS.registration(quizId))),
    saveRegistration: (quizId, values) => store.write(STORE_KEYS.registration(quizId), values),
    profile: () => {
      const saved = stringRecord(store.read(STORE_KEYS.profile));
      return { name: text(saved.name), unit: text(saved.unit) };
    },
    saveProfile: (profile) => store.write(STORE_KEYS.profile, profile),
    clearAll: () => {
      for (const key of store.keys()) if (!KEPT_ON_CLEAR.has(key)) store.remove(key);
    },
  };
}

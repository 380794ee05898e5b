/**
 * localStorage that never throws. Private mode, disabled storage and a full quota all end up
 * as `available: false` (reads return undefined, writes are dropped), so the quiz keeps
 * working in memory and can tell the user once that progress will not survive a reload.
 */
export interface SafeStore {
  /** Whether writes have been succeeding */
  readonly available: boolean;
  /** Parsed JSON under a key, or undefined when missing, unreadable or not JSON */
  read(key: string): unknown;
  /** Writes JSON; returns false (and marks the store unavailable) when the write fails */
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
}

const PREFIX = 'pufa:';

export function openStore(): SafeStore {
  let storage: Storage | undefined;
  let available = false;
  try {
    storage = window.localStorage;
    const probe = `${PREFIX}probe`;
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
        const raw = storage?.getItem(PREFIX + key);
        return raw == null ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      if (!storage) return false;
      try {
        storage.setItem(PREFIX + key, JSON.stringify(value));
        return true;
      } catch {
        available = false;
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        // Nothing to do: the data was unreachable anyway.
      }
    },
  };
}

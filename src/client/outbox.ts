/**
 * Sends result codes to the bureau's results collector (site.config.yaml `collector.url`;
 * collector/README.md) through the outbox of lib/results/outbox.ts, kept in localStorage.
 *
 * A code is queued when its code screen appears and sent at once. What is still pending is sent
 * again when the browser comes back online, on the next load of any page of the site (the
 * CollectorOutbox component starts this module on every page when a collector is configured),
 * on a timer with back-off while the page stays open, and by the service worker's Background
 * Sync queue where the browser has one (src/integrations/service-worker.ts). The service stores
 * each code once, so sending again is always safe; a code leaves the queue only with a receipt,
 * or with a refusal (4xx other than 429) that sending again would not change.
 */
import { collectorUrl } from 'virtual:pufa/site';
import {
  classifyAnswer,
  deliveryOf,
  emptyOutbox,
  enqueue,
  parseOutbox,
  retryDelayMs,
  settle,
  type Delivery,
  type Outbox,
  type SendOutcome,
} from '../lib/results/outbox.ts';
import { STORAGE_PREFIX, STORE_KEYS, openStore, type SafeStore } from './storage.ts';

/** The collector's base URL (ends with /), or undefined when none is configured. */
export const COLLECTOR_URL: string | undefined = collectorUrl ?? undefined;

/**
 * The results outbox in the browser (kept here rather than in storage.ts, so that pages without
 * a code screen do not download its parser). Reads always go to storage (another tab may have sent a
 * code); when storage fails (private mode, full), the last outbox is kept in memory, so sending
 * still works for this page and the quiz is never held up.
 */
export interface OutboxStore {
  read(): Outbox;
  /** Saves; false when only the in-memory copy could keep it */
  save(box: Outbox): boolean;
}

export function openOutboxStore(store: SafeStore = openStore()): OutboxStore {
  let memory: Outbox = emptyOutbox();
  let inMemoryOnly = !store.available;
  return {
    read: () => (inMemoryOnly ? memory : parseOutbox(store.read(STORE_KEYS.outbox))),
    save: (box) => {
      memory = box;
      if (!inMemoryOnly && store.write(STORE_KEYS.outbox, box)) return true;
      inMemoryOnly = true;
      return false;
    },
  };
}

/** How long one attempt may take before it counts as failed. */
const ATTEMPT_TIMEOUT_MS = 20_000;

const store = openOutboxStore();
const listeners = new Set<() => void>();
/** Codes with an attempt under way in this page */
const inFlight = new Set<string>();
let flushing: Promise<void> | null = null;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;

const notify = () => listeners.forEach((l) => l());

/** The outbox's view of a code, and whether this page is sending it right now. */
export function deliveryStatus(code: string): { delivery: Delivery; sending: boolean } {
  return { delivery: deliveryOf(store.read(), code), sending: inFlight.has(code) };
}

/** Calls `listener` whenever a code's state may have changed (here or in another tab); returns the unsubscribe. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function send(code: string): Promise<{ outcome: SendOutcome; retryAfterMs?: number }> {
  try {
    // text/plain: a "simple" cross-origin request, no preflight (the service reads the body as the code).
    const response = await fetch(new URL('v1/results', COLLECTOR_URL), {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: code,
      credentials: 'omit',
      // Not keepalive: such requests may bypass the service worker, whose Background Sync queue
      // is what sends a code while no page is open. The outbox keeps it across unloads anyway.
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) : undefined,
    });
    const body = (await response.json().catch(() => undefined)) as unknown;
    const outcome = classifyAnswer(response.status, body, response.headers.get('Retry-After'));
    return { outcome, retryAfterMs: outcome.kind === 'retry' ? outcome.retryAfterMs : undefined };
  } catch {
    return { outcome: { kind: 'retry' } };
  }
}

function schedule(retryAfterMs = 0): void {
  clearTimeout(timer);
  const pending = store.read().pending;
  if (pending.length === 0) return;
  const attempts = Math.min(...pending.map((e) => e.attempts));
  timer = setTimeout(() => void flushOutbox(), retryDelayMs(attempts, retryAfterMs));
}

/** Sends every pending code once (one at a time: a person has few); concurrent calls share the run. */
export function flushOutbox(): Promise<void> {
  if (!COLLECTOR_URL) return Promise.resolve();
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    let retryAfterMs = 0;
    do {
      again = false;
      for (const { code } of store.read().pending) {
        inFlight.add(code);
        notify();
        const result = await send(code);
        inFlight.delete(code);
        // Settled on a fresh read: another tab may have changed the outbox meanwhile.
        store.save(settle(store.read(), code, result.outcome, Date.now()));
        retryAfterMs = Math.max(retryAfterMs, result.retryAfterMs ?? 0);
        notify();
      }
    } while (again);
    schedule(retryAfterMs);
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Queues a submitted code and sends it at once; a code already sent or refused is left alone. */
export function submitResult(code: string, quizId: string): void {
  if (!COLLECTOR_URL) return;
  const before = store.read();
  const after = enqueue(before, code, quizId, Date.now());
  if (after !== before) store.save(after);
  notify();
  void flushOutbox();
}

let started = false;
/** Sends what earlier pages left pending, and again whenever the browser is back online. Once per page. */
export function startOutbox(): void {
  if (started || !COLLECTOR_URL) return;
  started = true;
  addEventListener('online', () => void flushOutbox());
  // Another tab sent or queued something.
  addEventListener('storage', (event: StorageEvent) => {
    if (event.key === null || event.key === STORAGE_PREFIX + STORE_KEYS.outbox) notify();
  });
  void flushOutbox();
}

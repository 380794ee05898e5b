/**
 * The participant's outbox for the results collector (collector/): result codes waiting to be
 * sent, and what the service answered. Pure and immutable: the browser side
 * (src/client/outbox.ts) keeps it in storage, sends, and passes the time in.
 *
 * Exactly once: the service stores a code once however often it is sent (idempotent by the
 * code's hash) and answers a repeat with the same receipt. So the outbox may send a code again
 * whenever in doubt (offline, a lost answer, another tab sending too) and leaves the pending list
 * only with a receipt, or with a refusal that sending again cannot change (a 4xx other than 429).
 *
 *   pending   → sent again on the next chance (page load, `online`, a timer, Background Sync)
 *   delivered → the receipt, shown on the code screen
 *   refused   → the service's reason, shown on the code screen; never sent again
 *
 * Stored data is read back through `parseOutbox`: anything damaged or unknown becomes an empty
 * outbox or is dropped entry by entry, never an exception (the quiz must not break on storage).
 */
import { chineseDateTime } from '../time.ts';
import { DELIVERY_TEXT } from '../ui/text.ts';

/** A receipt from POST /v1/results (collector/README.md): the service stored the code at `receivedAt`. */
export interface Receipt {
  /** The stored row's number */
  id: number;
  /** ISO time by the server's clock */
  receivedAt: string;
  /** HMAC over id, time and the code's hash: lets the bureau confirm the submission later */
  signature: string;
  /** Received after the quiz closed: stored and flagged, the organiser decides */
  late: boolean;
}

export interface PendingEntry {
  code: string;
  quizId: string;
  /** When the code was queued, Unix ms */
  queuedAt: number;
  /** Sending attempts that ended without an answer that settles it */
  attempts: number;
  /** Last attempt, Unix ms */
  lastTriedAt?: number;
}

export interface DeliveredEntry {
  code: string;
  quizId: string;
  receipt: Receipt;
}

export interface RefusedEntry {
  code: string;
  quizId: string;
  /** The service's English error code (`not-open`, `other-version`, …) or `http-<status>` */
  error: string;
  /** A Chinese sentence for the participant */
  message: string;
  at: number;
}

export interface Outbox {
  version: 1;
  pending: PendingEntry[];
  delivered: DeliveredEntry[];
  refused: RefusedEntry[];
}

/** How many settled entries are kept (newest first kept); a person submits a few codes, not hundreds. */
export const MAX_SETTLED = 100;
/** Pending entries beyond this are dropped oldest first (their codes stay in 我的记录). */
export const MAX_PENDING = 100;
/** Longest code accepted into the outbox (the service refuses longer ones anyway). */
const MAX_CODE_LENGTH = 2000;

export function emptyOutbox(): Outbox {
  return { version: 1, pending: [], delivered: [], refused: [] };
}

const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const record = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** A receipt as the service sends it, or null when the value is not one. */
export function parseReceipt(value: unknown): Receipt | null {
  const r = record(value);
  if (!r) return null;
  const { id, receivedAt, signature, late } = r;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return null;
  if (!isText(receivedAt, 40) || Number.isNaN(Date.parse(receivedAt))) return null;
  if (!isText(signature, 200)) return null;
  return { id, receivedAt, signature, late: late === true };
}

function parseEntries<T>(value: unknown, parse: (r: Record<string, unknown>) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const r = record(v);
    const entry = r && isText(r.code, MAX_CODE_LENGTH) && isText(r.quizId) ? parse(r) : null;
    return entry ? [entry] : [];
  });
}

/** Stored data as an outbox: missing, damaged or other-version data is an empty outbox; bad entries are dropped. */
export function parseOutbox(value: unknown): Outbox {
  const r = record(value);
  if (!r || r.version !== 1) return emptyOutbox();
  const pending = parseEntries<PendingEntry>(r.pending, (e) =>
    isTime(e.queuedAt)
      ? {
          code: e.code as string,
          quizId: e.quizId as string,
          queuedAt: e.queuedAt,
          attempts: typeof e.attempts === 'number' && Number.isInteger(e.attempts) && e.attempts >= 0 ? e.attempts : 0,
          ...(isTime(e.lastTriedAt) ? { lastTriedAt: e.lastTriedAt } : {}),
        }
      : null,
  );
  const delivered = parseEntries<DeliveredEntry>(r.delivered, (e) => {
    const receipt = parseReceipt(e.receipt);
    return receipt ? { code: e.code as string, quizId: e.quizId as string, receipt } : null;
  });
  const refused = parseEntries<RefusedEntry>(r.refused, (e) =>
    isText(e.error, 100) && isText(e.message, 500) && isTime(e.at)
      ? { code: e.code as string, quizId: e.quizId as string, error: e.error, message: e.message, at: e.at }
      : null,
  );
  return { version: 1, pending, delivered, refused };
}

/** Whether the outbox knows the code at all (pending, delivered or refused). */
function knows(box: Outbox, code: string): boolean {
  return box.pending.some((e) => e.code === code) || box.delivered.some((e) => e.code === code) || box.refused.some((e) => e.code === code);
}

/**
 * Queues a submitted code. A code already pending, delivered or refused is left as it is (the
 * same box is returned), so showing a code screen again never sends a settled code again.
 */
export function enqueue(box: Outbox, code: string, quizId: string, now: number): Outbox {
  if (!code || code.length > MAX_CODE_LENGTH) throw new Error(`enqueue: not a result code (${code.length} characters)`);
  if (knows(box, code)) return box;
  const pending = [...box.pending, { code, quizId, queuedAt: now, attempts: 0 }];
  return { ...box, pending: pending.slice(Math.max(0, pending.length - MAX_PENDING)) };
}

/** What one sending attempt came to. */
export type SendOutcome =
  | { kind: 'delivered'; receipt: Receipt }
  | { kind: 'refused'; error: string; message: string }
  /** No answer that settles it: offline, server down, busy, or an answer that is not the service's */
  | { kind: 'retry'; retryAfterMs?: number };

/**
 * Classifies the service's answer: `status` null for a network failure (no answer at all),
 * `body` the parsed JSON (undefined when the body was not JSON), `retryAfter` the header's value.
 */
export function classifyAnswer(status: number | null, body: unknown, retryAfter?: string | null): SendOutcome {
  if (status === null) return { kind: 'retry' };
  if (status === 200 || status === 201) {
    const receipt = parseReceipt(body);
    // A 200 without a receipt is not the service (a captive portal's page, a misrouted proxy): try again later.
    return receipt ? { kind: 'delivered', receipt } : { kind: 'retry' };
  }
  if (status === 408 || status === 429 || status >= 500) {
    const seconds = Number(retryAfter);
    return Number.isFinite(seconds) && seconds > 0 ? { kind: 'retry', retryAfterMs: seconds * 1000 } : { kind: 'retry' };
  }
  if (status >= 400 && status < 500) {
    const r = record(body);
    const error = r && isText(r.error, 100) ? r.error : `http-${status}`;
    const message = r && isText(r.message, 500) ? r.message : `收集服务没有收下这个凭证码（HTTP ${status}）`;
    return { kind: 'refused', error, message };
  }
  return { kind: 'retry' };
}

const withoutCode = <T extends { code: string }>(list: T[], code: string) => list.filter((e) => e.code !== code);
const newest = <T>(list: T[]) => list.slice(Math.max(0, list.length - MAX_SETTLED));

/** The outbox after an attempt to send `code` at `now` came to `outcome`. Unknown codes leave it unchanged. */
export function settle(box: Outbox, code: string, outcome: SendOutcome, now: number): Outbox {
  const entry = box.pending.find((e) => e.code === code);
  if (!entry) {
    // Already settled (another tab, or Background Sync's delivery seen through a repeat): keep the first receipt.
    return box;
  }
  if (outcome.kind === 'retry') {
    return { ...box, pending: box.pending.map((e) => (e === entry ? { ...e, attempts: e.attempts + 1, lastTriedAt: now } : e)) };
  }
  const pending = withoutCode(box.pending, code);
  if (outcome.kind === 'delivered') {
    return { ...box, pending, delivered: newest([...box.delivered, { code, quizId: entry.quizId, receipt: outcome.receipt }]) };
  }
  return {
    ...box,
    pending,
    refused: newest([...box.refused, { code, quizId: entry.quizId, error: outcome.error, message: outcome.message, at: now }]),
  };
}

/** What the code screen says about one code. */
export type Delivery =
  | { state: 'none' }
  | { state: 'pending'; attempts: number }
  | { state: 'delivered'; receipt: Receipt }
  | { state: 'refused'; error: string; message: string };

export function deliveryOf(box: Outbox, code: string): Delivery {
  const delivered = box.delivered.find((e) => e.code === code);
  if (delivered) return { state: 'delivered', receipt: delivered.receipt };
  const refused = box.refused.find((e) => e.code === code);
  if (refused) return { state: 'refused', error: refused.error, message: refused.message };
  const pending = box.pending.find((e) => e.code === code);
  return pending ? { state: 'pending', attempts: pending.attempts } : { state: 'none' };
}

/**
 * How long to wait before the next timed attempt while the page stays open (page loads and the
 * `online` event send at once regardless): 15 s, doubling, at most 10 minutes; at least what the
 * service asked for with Retry-After.
 */
export function retryDelayMs(attempts: number, retryAfterMs = 0): number {
  const backoff = Math.min(600_000, 15_000 * 2 ** Math.max(0, Math.min(attempts - 1, 10)));
  return Math.max(backoff, Math.min(retryAfterMs, 3_600_000));
}

/** The code screen's sentence for a delivery state (`sending`: an attempt is under way). */
export function deliveryText(delivery: Delivery, sending: boolean): string {
  switch (delivery.state) {
    case 'delivered':
      return DELIVERY_TEXT.delivered(delivery.receipt.id, chineseDateTime(Date.parse(delivery.receipt.receivedAt)));
    case 'refused':
      return DELIVERY_TEXT.refused(delivery.message);
    case 'pending':
      return sending && delivery.attempts === 0 ? DELIVERY_TEXT.sending : DELIVERY_TEXT.pending;
    case 'none':
      return sending ? DELIVERY_TEXT.sending : '';
  }
}

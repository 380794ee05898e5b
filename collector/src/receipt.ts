/**
 * Receipts (回执): what the collector answers once a code is committed. The signature is
 * HMAC-SHA256, under the server's secret, over the receipt id, the receive time and the SHA-256
 * of the code, so a receipt shown later proves that this server stored this very code at that
 * time, even after the quiz's data was deleted. Only the server (holder of the secret) can check
 * it; it proves receipt, not identity or answers' authorship.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The receipt a participant keeps. */
export interface Receipt {
  /** The row id: monotonic within one database */
  id: number;
  /** ISO date-time (UTC, ms) of the server's receive time */
  receivedAt: string;
  /** base64url HMAC-SHA256 */
  signature: string;
}

/** Bytes of a new server secret. */
const SECRET_BYTES = 32;

/** A fresh secret, base64url. */
export function generateSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

function message(id: number, receivedAt: string, codeSha256: string): string {
  return `rs-receipt-v1\n${id}\n${receivedAt}\n${codeSha256}`;
}

/** Signs a receipt. `receivedAtMs` is Unix ms. */
export function signReceipt(secret: string, id: number, receivedAtMs: number, codeSha256: string): Receipt {
  const receivedAt = new Date(receivedAtMs).toISOString();
  const signature = createHmac('sha256', secret)
    .update(message(id, receivedAt, codeSha256))
    .digest('base64url');
  return { id, receivedAt, signature };
}

/** Whether `receipt` was signed with `secret` for the code with this SHA-256 (constant time). */
export function verifyReceipt(secret: string, receipt: Receipt, codeSha256: string): boolean {
  const expected = createHmac('sha256', secret)
    .update(message(receipt.id, receipt.receivedAt, codeSha256))
    .digest();
  const given = Buffer.from(String(receipt.signature), 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

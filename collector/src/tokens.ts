/**
 * Organiser tokens: one or more bearer tokens per quiz. Only their SHA-256 is stored; a
 * presented token is hashed and compared with the quiz's active hashes in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What every token starts with, so a leaked one is recognisable in a scan. */
export const TOKEN_PREFIX = 'rsct_';

/** A new random token (256 bits). */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** The stored form of a token: SHA-256, lower-case hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Whether `token` matches one of `storedHashes`. Every candidate is compared (no early exit),
 * each in constant time, so timing tells nothing about which bytes matched.
 */
export function tokenMatches(token: string, storedHashes: readonly string[]): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  let found = false;
  for (const stored of storedHashes) {
    const candidate = Buffer.from(stored, 'hex');
    if (candidate.length === given.length && timingSafeEqual(candidate, given)) found = true;
  }
  return found;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer[ \t]+([!-~]{1,200})[ \t]*$/i.exec(header);
  return match ? match[1]! : null;
}

/**
 * Crockford Base32: the digits and the upper-case letters without I, L, O and U, 5 bits per
 * character. Every character is in the QR code's alphanumeric set, and the alphabet avoids the
 * letters people confuse with digits; when reading, I and L count as 1 and O as 0, in any case.
 */

/** The 32 characters, value 0 to 31. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < CROCKFORD_ALPHABET.length; i++) {
  const c = CROCKFORD_ALPHABET[i]!;
  VALUES[c.charCodeAt(0)] = i;
  VALUES[c.toLowerCase().charCodeAt(0)] = i;
}
for (const [alias, value] of [
  ['I', 1],
  ['L', 1],
  ['O', 0],
] as const) {
  VALUES[alias.charCodeAt(0)] = value;
  VALUES[alias.toLowerCase().charCodeAt(0)] = value;
}

/** Value of a Base32 character (aliases and lower case accepted), or -1. */
export function base32Value(char: string): number {
  const code = char.charCodeAt(0);
  return code < 128 ? VALUES[code]! : -1;
}

/** Encodes bytes as Base32, the last character zero-padded (8 × length bits → ⌈8 × length / 5⌉ characters). */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD_ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += CROCKFORD_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes Base32 text (no separators) into bytes holding 5 × length bits, the last byte
 * zero-padded. Returns null when a character is not Base32.
 */
export function decodeBase32(text: string): Uint8Array | null {
  const out = new Uint8Array(Math.ceil((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < text.length; i++) {
    const value = base32Value(text[i]!);
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (buffer >> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  if (bits > 0) out[index] = (buffer << (8 - bits)) & 0xff;
  return out;
}

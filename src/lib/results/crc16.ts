/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR).
 * Its generator has degree 16 and a non-zero constant term, so it detects every error burst of
 * at most 16 bits: any single changed Base32 character (5 bits) and any swap of two adjacent
 * characters (at most 10 bits) in the protected part of a code.
 */

const TABLE = new Uint16Array(256);
for (let n = 0; n < 256; n++) {
  let c = n << 8;
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  TABLE[n] = c;
}

/** CRC-16/CCITT-FALSE of `bytes`, optionally continuing from a previous value. */
export function crc16(bytes: Uint8Array, initial = 0xffff): number {
  let crc = initial;
  for (const b of bytes) crc = ((crc << 8) & 0xffff) ^ TABLE[((crc >> 8) ^ b) & 0xff]!;
  return crc;
}

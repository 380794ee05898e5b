/**
 * A minimal bit writer and reader (most significant bit first) for the result code's binary
 * payload, with unsigned LEB128 varints and length-prefixed UTF-8 strings on top.
 */

/** Thrown when a payload ends early or holds an impossible value; the message is for logs. */
export class PayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Strict UTF-8 decoding (invalid input throws PayloadError). Short strings are decoded by hand:
 * TextDecoder's per-call overhead dominates for the few bytes of a name.
 */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  if (end - start > 64) {
    try {
      return decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new PayloadError('invalid UTF-8 text');
    }
  }
  let out = '';
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    let cp: number;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b < 0xe0) {
      cp = b & 0x1f;
      extra = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b < 0xf0) {
      cp = b & 0x0f;
      extra = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b < 0xf5) {
      cp = b & 0x07;
      extra = 3;
      min = 0x10000;
    } else {
      throw new PayloadError('invalid UTF-8 text');
    }
    if (i + extra >= end) throw new PayloadError('invalid UTF-8 text');
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) throw new PayloadError('invalid UTF-8 text');
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new PayloadError('invalid UTF-8 text');
    out += String.fromCodePoint(cp);
    i += extra + 1;
  }
  return out;
}

/** Appends bits to a growing byte buffer, most significant bit first. */
export class BitWriter {
  private bytes = new Uint8Array(64);
  /** Number of bits written so far */
  bitLength = 0;

  private ensure(bits: number): void {
    const needed = Math.ceil((this.bitLength + bits) / 8);
    if (needed <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    grown.set(this.bytes);
    this.bytes = grown;
  }

  /** Writes the low `count` bits of `value` (0 ≤ count ≤ 32, value an unsigned integer). */
  write(value: number, count: number): void {
    if (count === 0) return;
    if (!Number.isInteger(value) || value < 0 || (count < 32 && value >= 2 ** count) || value >= 2 ** 32) {
      throw new RangeError(`value ${value} does not fit in ${count} bits`);
    }
    this.ensure(count);
    let left = count;
    while (left > 0) {
      const offset = this.bitLength & 7;
      const take = Math.min(8 - offset, left);
      // The next `take` bits of value, from the top; division keeps bit 31 of values ≥ 2^31 correct.
      const bits = Math.floor(value / 2 ** (left - take)) & ((1 << take) - 1);
      this.bytes[this.bitLength >> 3]! |= bits << (8 - offset - take);
      this.bitLength += take;
      left -= take;
    }
  }

  /** Writes an unsigned integer (< 2^53) as LEB128: 7 bits per byte, high bit = more follows. */
  writeVarint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint ${value} is not a non-negative integer`);
    let v = value;
    while (v >= 0x80) {
      this.write((v % 0x80) | 0x80, 8);
      v = Math.floor(v / 0x80);
    }
    this.write(v, 8);
  }

  /** Writes a signed integer as a zigzag varint (0, -1, 1, -2 … → 0, 1, 2, 3 …). */
  writeSignedVarint(value: number): void {
    this.writeVarint(value < 0 ? -2 * value - 1 : 2 * value);
  }

  /** Writes raw bytes. */
  writeBytes(bytes: Uint8Array): void {
    for (const b of bytes) this.write(b, 8);
  }

  /** Writes a string as its UTF-8 byte length (varint) followed by the bytes. */
  writeString(text: string): void {
    const bytes = encoder.encode(text);
    this.writeVarint(bytes.length);
    this.writeBytes(bytes);
  }

  /** Pads with zero bits to a byte boundary and returns a copy of the bytes. */
  toBytes(): Uint8Array {
    this.bitLength = Math.ceil(this.bitLength / 8) * 8;
    return this.bytes.slice(0, this.bitLength / 8);
  }
}

/** Reads bits written by BitWriter; every read past the end throws PayloadError. */
export class BitReader {
  /** Position of the next bit */
  position: number;
  private readonly bytes: Uint8Array;
  /** Bits available */
  readonly bitLength: number;

  constructor(bytes: Uint8Array, position = 0, bitLength = bytes.length * 8) {
    this.bytes = bytes;
    this.position = position;
    this.bitLength = bitLength;
  }

  /** Bits left to read. */
  get remaining(): number {
    return this.bitLength - this.position;
  }

  /** Reads `count` bits (0 ≤ count ≤ 32) as an unsigned integer. */
  read(count: number): number {
    if (count > this.remaining) throw new PayloadError('payload ends early');
    let value = 0;
    let left = count;
    while (left > 0) {
      const p = this.position;
      const offset = p & 7;
      const take = Math.min(8 - offset, left);
      const bits = (this.bytes[p >> 3]! >> (8 - offset - take)) & ((1 << take) - 1);
      value = value * (1 << take) + bits;
      this.position = p + take;
      left -= take;
    }
    return value;
  }

  /** Reads an unsigned LEB128 varint (at most 7 bytes, i.e. < 2^49). */
  readVarint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 7; i++) {
      const byte = this.read(8);
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        // A trailing zero group would give a second spelling of the same number.
        if (i > 0 && byte === 0) throw new PayloadError('varint not in shortest form');
        return value;
      }
      scale *= 0x80;
    }
    throw new PayloadError('varint too long');
  }

  /** Reads a zigzag varint. */
  readSignedVarint(): number {
    const z = this.readVarint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  /** Reads `length` raw bytes. */
  readBytes(length: number): Uint8Array {
    if (length * 8 > this.remaining) throw new PayloadError('payload ends early');
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.read(8);
    return out;
  }

  /** Reads a length-prefixed UTF-8 string; invalid UTF-8 throws PayloadError. */
  readString(): string {
    return decodeUtf8(this.readBytes(this.readVarint()));
  }
}

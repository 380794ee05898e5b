/**
 * Seeded randomness and hashing. Only 32-bit integer arithmetic (Math.imul, >>> 0) is used, so
 * every JS engine produces the same numbers: the same seed gives the same paper on every device.
 */

/** Murmur3's finaliser: spreads every input bit over the whole word. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * 32-bit FNV-1a over the string's UTF-16 code units, followed by murmur3's finaliser (plain
 * FNV-1a barely changes the high bits for strings that differ only at the end, like seeds
 * `daily:2026-11-20` and `daily:2026-11-21`). Returns an unsigned 32-bit integer.
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/**
 * A deterministic pseudo-random generator (sfc32) seeded from `seed`, returning floats in [0, 1).
 * The same seed yields the same sequence on every device.
 */
export function createRandom(seed: string): () => number {
  const h = hashString(seed);
  // Four distinct state words derived from one hash (golden-ratio steps keep them apart).
  let a = fmix32(h ^ 0x9e3779b9);
  let b = fmix32((h + 0x3c6ef372) >>> 0);
  let c = fmix32((h + 0xdaa66d2b) >>> 0);
  let d = fmix32((h + 0x78dde6e4) >>> 0);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm-up: the first outputs of sfc32 still correlate with the seed words.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Fisher–Yates shuffle of a copy of `items`; the input is not modified. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}

/**
 * JSON text of `value` with object keys sorted, following JSON.stringify's rules otherwise
 * (toJSON is honoured, undefined/functions are dropped from objects and become null in arrays,
 * non-finite numbers become null). Returns undefined where JSON.stringify would.
 */
function canonicalJson(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        return `[${value.map((item) => canonicalJson(item) ?? 'null').join(',')}]`;
      }
      const record = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of Object.keys(record).sort()) {
        const json = canonicalJson(record[key]);
        if (json !== undefined) parts.push(`${JSON.stringify(key)}:${json}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return undefined;
  }
}

/**
 * A short hash (8 hex characters) of a JSON-like value, independent of object key order.
 * Used as a quiz definition's version hash: stored attempts with another hash are stale.
 */
export function stableHash(value: unknown): string {
  return hashString(canonicalJson(value) ?? 'undefined')
    .toString(16)
    .padStart(8, '0');
}

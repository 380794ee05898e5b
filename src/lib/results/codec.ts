/**
 * The 成绩凭证码 (result code), format version 1.
 *
 * Text: `RS1` + Crockford Base32 of the bytes below. `RS` marks a result code and the third
 * character is the format version (so a later format starts `RS2`). It may be shown grouped
 * with hyphens every 5 characters; reading ignores hyphens, spaces and case and reads I/L as 1
 * and O as 0. Every character is in the QR alphanumeric set, so a QR code holds it compactly.
 *
 * Bytes (bits, most significant first):
 *   quizId hash      32  hashString(quizId) (the quiz file name)
 *   definition hash  32  the 8 hex characters of the definition's version hash
 *   seed             64  the attempt's 16 hex characters
 *   startedAt        32  Unix seconds
 *   duration         zigzag varint, seconds from start to submission (negative only if altered)
 *   registration     varint count, then per field (definition order) a varint x:
 *                    x odd → the value is option (x − 1) / 2 of the field;
 *                    x even → x / 2 bytes of UTF-8 text follow (typed value, or empty)
 *   answers          per paper position a bitmask over that question's options, bit i (first
 *                    written = option 0) set when ORIGINAL option i was chosen
 *   zero bits to a byte boundary, then CRC-16/CCITT-FALSE (16 bits) over the version byte, the
 *   number of bytes before the CRC (2 bytes) and those bytes, then zero bits to a multiple of 5.
 *   (Binding the length matters: without it, appending a zero byte after a CRC with no final XOR
 *   gives another valid code, so a code with a stray trailing "0" would pass.)
 *
 * The answers can only be read with the paper (how many options each question has), which is
 * drawn again from the seed, the pool and the quotas: decoding is in two steps, `decodeCode`
 * (needs nothing) and `readAnswers` (needs the paper).
 */
import { hashString } from '../quiz/random.ts';
import type { PaperItem, QuizQuestion } from '../quiz/types.ts';
import { BitReader, BitWriter, PayloadError, decodeUtf8 } from './bits.ts';
import { CROCKFORD_ALPHABET, base32Value, decodeBase32, encodeBase32 } from './base32.ts';
import { crc16 } from './crc16.ts';
import type { RegistrationField, RejectReason, ResultPayload } from './types.ts';

/** What every result code starts with, before the version character. */
export const CODE_MARK = 'RS';
/** The format version this module writes and reads. */
export const CODE_VERSION = 1;
/** The full prefix of a version-1 code. */
export const CODE_PREFIX = `${CODE_MARK}${CROCKFORD_ALPHABET[CODE_VERSION]}`;

/** A registration value as stored in a code, before the field definitions give it meaning. */
export type RawRegistrationValue = { option: number } | { text: string };

/** Everything a code says that can be read without the paper. */
export interface CodeHeader {
  version: 1;
  /** hashString(quizId): compare with hashString of the quiz file name */
  quizIdHash: number;
  /** 8 lower-case hex characters */
  definitionHash: string;
  /** 16 lower-case hex characters */
  seed: string;
  /** Unix ms (whole seconds) */
  startedAt: number;
  /** Unix ms (whole seconds) */
  submittedAt: number;
  /** Registration values in the definition's field order */
  registration: RawRegistrationValue[];
}

/** The answer part of a code: bits [start, end) of `bytes`, read with readAnswers. */
export interface AnswerBits {
  bytes: Uint8Array;
  start: number;
  end: number;
}

/** A code whose checksum and header are valid. */
export interface DecodedCode {
  /** Canonical text: upper case, no separators, aliases replaced */
  code: string;
  header: CodeHeader;
  answerBits: AnswerBits;
}

/** Result of decodeCode: the decoded code, or why it was rejected. */
export type DecodeOutcome = { ok: true; value: DecodedCode } | { ok: false; reason: RejectReason };

/** What encodeResult needs besides the payload. */
export interface EncodeContext {
  /** The definition's registration fields, in order */
  fields: readonly RegistrationField[];
  /** Number of options of each question on the paper, in paper order */
  optionCounts: readonly number[];
}

const HEX16 = /^[0-9a-f]{16}$/;
const HEX8 = /^[0-9a-f]{8}$/;
const SEPARATORS = /[\s\-‐‑‒–—―－_]+/g;

const encoder = new TextEncoder();
/** Already canonical: upper-case Base32 characters only (the usual case, checked first). */
const CANONICAL = /^[0-9A-HJKMNP-TV-Z]+$/;

/** The code's CRC: over the format version, the body's length (2 bytes) and the body. */
function checksum(body: Uint8Array): number {
  return crc16(body, crc16(Uint8Array.of(CODE_VERSION, body.length >> 8, body.length & 0xff)));
}

/** A value as an option index when it is one of the field's options, else as typed text. */
function registrationValue(field: RegistrationField, value: string): RawRegistrationValue {
  const index = field.options ? field.options.indexOf(value) : -1;
  return index >= 0 ? { option: index } : { text: value };
}

/**
 * Encodes a finished attempt as a code (canonical text, ungrouped; see formatCode). Times are
 * rounded to whole seconds. Throws on a payload that does not fit the format (a seed that is not
 * 16 hex characters, an option index outside a question, answers not matching the paper): those
 * are programming errors, not user input.
 */
export function encodeResult(payload: ResultPayload, context: EncodeContext): string {
  const { fields, optionCounts } = context;
  const seed = payload.seed.toLowerCase();
  const definitionHash = payload.definitionHash.toLowerCase();
  if (!HEX16.test(seed)) throw new Error(`seed must be 16 hex characters, got "${payload.seed}"`);
  if (!HEX8.test(definitionHash)) throw new Error(`definitionHash must be 8 hex characters, got "${payload.definitionHash}"`);
  for (const key of Object.keys(payload.registration)) {
    if (!fields.some((f) => f.key === key)) throw new Error(`registration key "${key}" is not a field of the definition`);
  }
  if (payload.answers.length !== optionCounts.length) {
    throw new Error(`${payload.answers.length} answers for a paper of ${optionCounts.length} questions`);
  }
  const startS = Math.round(payload.startedAt / 1000);
  const endS = Math.round(payload.submittedAt / 1000);
  if (!(startS >= 0 && startS < 2 ** 32)) throw new Error(`startedAt ${payload.startedAt} out of range`);

  const w = new BitWriter();
  w.write(hashString(payload.quizId), 32);
  w.write(parseInt(definitionHash, 16), 32);
  w.write(parseInt(seed.slice(0, 8), 16), 32);
  w.write(parseInt(seed.slice(8), 16), 32);
  w.write(startS, 32);
  w.writeSignedVarint(endS - startS);

  w.writeVarint(fields.length);
  for (const field of fields) {
    const raw = registrationValue(field, payload.registration[field.key] ?? '');
    if ('option' in raw) {
      w.writeVarint(raw.option * 2 + 1);
    } else {
      const bytes = encoder.encode(raw.text);
      w.writeVarint(bytes.length * 2);
      w.writeBytes(bytes);
    }
  }

  payload.answers.forEach((chosen, position) => {
    const count = optionCounts[position]!;
    let mask = 0;
    for (const i of chosen) {
      if (!Number.isInteger(i) || i < 0 || i >= count) {
        throw new Error(`answer ${i} at position ${position + 1} is not one of its ${count} options`);
      }
      mask |= 1 << i;
    }
    // Option 0 is written first.
    for (let i = 0; i < count; i++) w.write((mask >> i) & 1, 1);
  });

  const body = w.toBytes();
  if (body.length > 0xffff) throw new Error('payload too long');
  const crc = checksum(body);
  const bytes = new Uint8Array(body.length + 2);
  bytes.set(body);
  bytes[body.length] = crc >> 8;
  bytes[body.length + 1] = crc & 0xff;
  return CODE_PREFIX + encodeBase32(bytes);
}

/** Groups a code with hyphens every `size` characters (default 5) for reading aloud or typing. */
export function formatCode(code: string, size = 5): string {
  const plain = canonicalCode(code);
  const groups: string[] = [];
  for (let i = 0; i < plain.length; i += size) groups.push(plain.slice(i, i + size));
  return groups.join('-');
}

/**
 * A code's canonical text: NFKC (full-width letters and digits), separators (spaces, hyphens,
 * dashes, underscores) removed, upper case, Crockford aliases I/L → 1 and O → 0 (after the
 * `RS` mark). Characters that are not Base32 are kept, so decoding can name them.
 */
export function canonicalCode(text: string): string {
  if (CANONICAL.test(text)) return text;
  const compact = text.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
  const head = compact.slice(0, CODE_MARK.length);
  let rest = '';
  for (const c of compact.slice(CODE_MARK.length)) {
    const v = base32Value(c);
    rest += v >= 0 ? CROCKFORD_ALPHABET[v] : c;
  }
  return head + rest;
}

/**
 * The bytes before the CRC when `data` (the Base32 part after the prefix, canonical) has a valid
 * length, zero padding and a matching checksum; otherwise null.
 */
function verifiedBody(data: string): Uint8Array | null {
  const bytes = decodeBase32(data);
  if (!bytes) return null;
  const totalBytes = Math.floor((data.length * 5) / 8);
  // A valid code has between 0 and 4 padding bits, all zero.
  if (data.length * 5 - totalBytes * 8 > 4 || totalBytes < 3) return null;
  if (bytes.length > totalBytes && bytes[totalBytes] !== 0) return null;
  const body = bytes.subarray(0, totalBytes - 2);
  const crc = (bytes[totalBytes - 2]! << 8) | bytes[totalBytes - 1]!;
  return checksum(body) === crc ? body : null;
}

/**
 * Whether `text` is a code of this format whose checksum holds (cheaper than decodeCode: the
 * payload is not read). extractCodes uses it to find where a code ends.
 */
export function hasValidChecksum(text: string): boolean {
  const code = canonicalCode(text);
  return code.startsWith(CODE_PREFIX) && verifiedBody(code.slice(CODE_PREFIX.length)) !== null;
}

const malformed = (message: string): { ok: false; reason: RejectReason } => ({ ok: false, reason: { kind: 'malformed', message } });
const CHECKSUM_FAILED: { ok: false; reason: RejectReason } = {
  ok: false,
  reason: { kind: 'checksum', message: '校验失败：凭证码有错字、漏字或多字，请让答题人重新复制发送' },
};

/**
 * Step 1 of decoding: checks the prefix, characters, length and checksum and reads the header
 * (quiz, version, seed, times, registration). Never throws; a bad code gives a reason in
 * Chinese, one line for the organiser.
 */
export function decodeCode(text: string): DecodeOutcome {
  const code = canonicalCode(text);
  if (!code.startsWith(CODE_MARK)) return malformed(`不是成绩凭证码（凭证码以 ${CODE_PREFIX} 开头）`);
  const versionChar = code[CODE_MARK.length];
  if (versionChar === undefined) return malformed('凭证码不完整');
  const version = base32Value(versionChar);
  if (version !== CODE_VERSION) {
    return malformed(
      version > CODE_VERSION ? `凭证码格式（第 ${version} 版）比本工具新，请使用最新的核分工具` : `不是成绩凭证码（凭证码以 ${CODE_PREFIX} 开头）`,
    );
  }
  const data = code.slice(CODE_PREFIX.length);
  if (!CANONICAL.test(data)) {
    for (const c of data) {
      if (base32Value(c) < 0) return malformed(`凭证码中有无效字符“${c}”`);
    }
  }
  // Header (20 bytes) + duration + registration count + CRC = 24 bytes = 39 characters at least.
  if (data.length < 39) return malformed('凭证码不完整（太短），请让答题人重新复制发送');

  const body = verifiedBody(data);
  if (!body) return CHECKSUM_FAILED;

  try {
    const r = new BitReader(body);
    const quizIdHash = r.read(32);
    const definitionHash = r.read(32).toString(16).padStart(8, '0');
    const seed = r.read(32).toString(16).padStart(8, '0') + r.read(32).toString(16).padStart(8, '0');
    const startS = r.read(32);
    const duration = r.readSignedVarint();
    const count = r.readVarint();
    if (count > 64) throw new PayloadError('too many registration fields');
    const registration: RawRegistrationValue[] = [];
    for (let i = 0; i < count; i++) {
      const x = r.readVarint();
      if (x % 2 === 1) {
        registration.push({ option: (x - 1) / 2 });
      } else {
        registration.push({ text: decodeUtf8(r.readBytes(x / 2)) });
      }
    }
    return {
      ok: true,
      value: {
        code,
        header: {
          version: 1,
          quizIdHash,
          definitionHash,
          seed,
          startedAt: startS * 1000,
          submittedAt: (startS + duration) * 1000,
          registration,
        },
        answerBits: { bytes: body, start: r.position, end: body.length * 8 },
      },
    };
  } catch {
    return malformed('凭证码内容无法读取（可能由不兼容的程序生成）');
  }
}

/** Frozen, shared choice lists by option count and bits, so 100,000 decoded papers do not allocate millions of arrays. */
const CHOICES: Array<Array<readonly number[]>> = [];
function choicesOf(count: number, bits: number): number[] {
  const table = (CHOICES[count] ??= []);
  let list = table[bits];
  if (!list) {
    const out: number[] = [];
    // The first bit written (the highest of `bits`) is option 0.
    for (let i = 0; i < count; i++) if ((bits >> (count - 1 - i)) & 1) out.push(i);
    list = Object.freeze(out);
    table[bits] = list;
  }
  return list as number[];
}

/**
 * Step 2 with the option counts already known: the chosen ORIGINAL option indices per paper
 * position ([] when unanswered). The returned inner arrays are frozen and shared between
 * results: do not modify them. Throws PayloadError when the bits do not match the paper
 * (more than 7 bits left over, or non-zero padding).
 */
export function readAnswerCounts(bits: AnswerBits, optionCounts: readonly number[]): number[][] {
  const r = new BitReader(bits.bytes, bits.start, bits.end);
  const out: number[][] = new Array<number[]>(optionCounts.length);
  for (let p = 0; p < optionCounts.length; p++) {
    const count = optionCounts[p]!;
    if (!(count >= 0 && count <= 16)) throw new PayloadError(`a question with ${count} options`);
    out[p] = choicesOf(count, r.read(count));
  }
  if (r.remaining >= 8 || r.read(r.remaining) !== 0) throw new PayloadError('answers do not match the paper');
  return out;
}

/**
 * Step 2 of decoding: the answers, given the paper drawn again from the code's seed and the
 * questions (for their option counts). Chosen ORIGINAL option indices per paper position, []
 * when unanswered; inner arrays are frozen and shared. Throws PayloadError when the code's
 * answers do not fit this paper, or a paper question is missing from `questions`.
 */
export function readAnswers(bits: AnswerBits, paper: readonly PaperItem[], questions: ReadonlyMap<string, QuizQuestion>): number[][] {
  return readAnswerCounts(
    bits,
    paper.map((item) => {
      const q = questions.get(item.id);
      if (!q) throw new PayloadError(`question ${item.id} is not in the pool`);
      return q.options.length;
    }),
  );
}

/**
 * Registration values by field key, from the raw values of a code: an option index becomes
 * the option's text. Returns null when the code has another number of fields or an option index
 * outside a field's list (a code of another definition, or a forged one).
 */
export function resolveRegistration(raw: readonly RawRegistrationValue[], fields: readonly RegistrationField[]): Record<string, string> | null {
  if (raw.length !== fields.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const value = raw[i]!;
    let text: string;
    if ('option' in value) {
      const option = field.options?.[value.option];
      if (option === undefined) return null;
      text = option;
    } else {
      text = value.text;
    }
    // A key like "__proto__" (the definition's choice) must still become an own property.
    if (field.key === '__proto__') Object.defineProperty(out, field.key, { value: text, enumerable: true, writable: true, configurable: true });
    else out[field.key] = text;
  }
  return out;
}

/** Best-effort text of a raw registration value for messages about codes that were not graded. */
export function rawRegistrationText(raw: RawRegistrationValue | undefined, field: RegistrationField | undefined): string {
  if (!raw) return '';
  if ('text' in raw) return raw.text;
  return field?.options?.[raw.option] ?? `第 ${raw.option + 1} 项`;
}

/** What decodeResult needs to give a code meaning. */
export interface DecodeContext {
  /** The quiz file name the code must belong to */
  quizId: string;
  fields: readonly RegistrationField[];
  /** Option counts of the paper in order, or a function drawing the paper from the header */
  optionCounts: readonly number[] | ((header: CodeHeader) => readonly number[]);
}

/**
 * Both decoding steps at once: the full payload, or the reason the code was rejected. Checks the
 * quiz (not the definition version: the caller compares header.definitionHash).
 */
export function decodeResult(
  text: string,
  context: DecodeContext,
): { ok: true; payload: ResultPayload; code: string } | { ok: false; reason: RejectReason } {
  const decoded = decodeCode(text);
  if (!decoded.ok) return decoded;
  const { header, answerBits, code } = decoded.value;
  if (header.quizIdHash !== hashString(context.quizId)) {
    return { ok: false, reason: { kind: 'other-quiz', message: `不是本次答题（${context.quizId}）的凭证码` } };
  }
  const registration = resolveRegistration(header.registration, context.fields);
  if (!registration) return malformed('凭证码的报名信息与本次答题的填写项不符');
  const counts = typeof context.optionCounts === 'function' ? context.optionCounts(header) : context.optionCounts;
  let answers: number[][];
  try {
    answers = readAnswerCounts(answerBits, counts);
  } catch {
    return malformed('凭证码的答案与试卷题目不符');
  }
  return {
    ok: true,
    code,
    payload: {
      version: 1,
      quizId: context.quizId,
      definitionHash: header.definitionHash,
      registration,
      seed: header.seed,
      answers,
      startedAt: header.startedAt,
      submittedAt: header.submittedAt,
    },
  };
}

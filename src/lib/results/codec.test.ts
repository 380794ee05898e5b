import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../quiz/draw.ts';
import { createRandom, hashString } from '../quiz/random.ts';
import type { QuizQuestion } from '../quiz/types.ts';
import { randomChoice, seedOf, syntheticPool } from '../../../tests/fixtures/results/synthetic.ts';
import { BitReader, BitWriter, decodeUtf8 } from './bits.ts';
import { CROCKFORD_ALPHABET, decodeBase32, encodeBase32 } from './base32.ts';
import { canonicalCode, decodeCode, decodeResult, encodeResult, formatCode, readAnswers } from './codec.ts';
import { crc16 } from './crc16.ts';
import { qrText } from './message.ts';
import type { RegistrationField, ResultPayload } from './types.ts';

const FIELDS: RegistrationField[] = [
  { key: 'name', label: '姓名', required: true },
  { key: 'unit', label: '单位', required: true, options: ['办公室', '劳动关系科', '社会保险科'], allowOther: true },
  { key: 'staffNo', label: '工号', required: false },
  { key: 'group', label: '组别', required: false, options: ['第一组', '第二组'] },
];

const pool = syntheticPool(60);
const questions = new Map(pool.map((q) => [q.id, q]));
const quotas = [
  { count: 6, type: '单选' as const },
  { count: 5, type: '多选' as const },
  { count: 5, type: '判断' as const },
];
const T0 = Date.UTC(2026, 4, 20, 1, 30, 0);

function paperOf(seed: string) {
  const paper = drawQuestions(pool, quotas, seed);
  return { paper, optionCounts: paper.map((p) => questions.get(p.id)!.options.length) };
}

function payloadFor(n: number, registration: Record<string, string>, answers?: (q: QuizQuestion, r: () => number) => number[]): ResultPayload {
  const seed = seedOf(n);
  const r = createRandom(`answers:${n}`);
  const { paper } = paperOf(seed);
  return {
    version: 1,
    quizId: 'niandu-kaoshi',
    definitionHash: hashString(`def:${n}`).toString(16).padStart(8, '0'),
    registration,
    seed,
    answers: paper.map((p) => (answers ?? randomChoice)(questions.get(p.id)!, r)),
    startedAt: T0 + n * 1000,
    submittedAt: T0 + n * 1000 + 1234_000 + n,
  };
}

function roundTrip(payload: ResultPayload, fields = FIELDS) {
  const { optionCounts } = paperOf(payload.seed);
  const code = encodeResult(payload, { fields, optionCounts });
  const decoded = decodeResult(code, { quizId: payload.quizId, fields, optionCounts });
  if (!decoded.ok) throw new Error(decoded.reason.message);
  return { code, decoded: decoded.payload };
}

const full = (p: ResultPayload, fields = FIELDS) => ({
  ...p,
  registration: Object.fromEntries(fields.map((f) => [f.key, p.registration[f.key] ?? ''])),
  answers: p.answers.map((a) => [...new Set(a)].sort((x, y) => x - y)),
  startedAt: Math.round(p.startedAt / 1000) * 1000,
  submittedAt: Math.round(p.submittedAt / 1000) * 1000,
});

describe('bit writer and reader', () => {
  it('round-trips fixed-width values, varints, zigzag varints and UTF-8 strings', () => {
    const w = new BitWriter();
    w.write(5, 3);
    w.write(0xffffffff, 32);
    w.write(0x80000000, 32);
    for (const v of [0, 1, 127, 128, 300, 2 ** 31, 2 ** 40 + 7]) w.writeVarint(v);
    for (const v of [0, -1, 1, -64, 64, -100000, 7200]) w.writeSignedVarint(v);
    w.writeString('张三·Ömer 😀');
    const r = new BitReader(w.toBytes());
    expect(r.read(3)).toBe(5);
    expect(r.read(32)).toBe(0xffffffff);
    expect(r.read(32)).toBe(0x80000000);
    for (const v of [0, 1, 127, 128, 300, 2 ** 31, 2 ** 40 + 7]) expect(r.readVarint()).toBe(v);
    for (const v of [0, -1, 1, -64, 64, -100000, 7200]) expect(r.readSignedVarint()).toBe(v);
    expect(r.readString()).toBe('张三·Ömer 😀');
    expect(() => r.read(8)).toThrow();
  });

  it('decodes UTF-8 strictly, like TextDecoder with fatal: true', () => {
    for (const text of ['', 'abc', '张三', 'Zoë', '😀👍🏽', '阿依古丽·买买提', 'x'.repeat(100) + '中']) {
      expect(decodeUtf8(new TextEncoder().encode(text))).toBe(text);
    }
    for (const bad of [[0xc0, 0x80], [0xe4, 0xb8], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff]]) {
      expect(() => decodeUtf8(Uint8Array.from(bad))).toThrow();
    }
  });

  it('encodes Base32 with the Crockford alphabet and decodes aliases', () => {
    const bytes = Uint8Array.from({ length: 23 }, (_, i) => (i * 37 + 11) & 0xff);
    const text = encodeBase32(bytes);
    expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    expect(text).toHaveLength(Math.ceil((23 * 8) / 5));
    expect(decodeBase32(text)!.subarray(0, 23)).toEqual(bytes);
    expect(decodeBase32('1IiLl0Oo')).toEqual(decodeBase32('11111000'));
    expect(decodeBase32('AU')).toBeNull();
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
  });

  it('computes CRC-16/CCITT-FALSE (check value 0x29B1)', () => {
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0x29b1);
  });
});

describe('encodeResult / decodeResult round trip', () => {
  it('keeps 单选, 多选 and 判断 answers, unanswered questions and every option combination', () => {
    for (let n = 0; n < 50; n++) {
      const payload = payloadFor(n, { name: '张三', unit: '办公室' });
      const { decoded } = roundTrip(payload);
      expect(decoded).toEqual(full(payload));
    }
    // Everything unanswered, and everything chosen.
    const none = payloadFor(1, { name: '李四', unit: '办公室' }, () => []);
    expect(roundTrip(none).decoded.answers.every((a) => a.length === 0)).toBe(true);
    const all = payloadFor(2, { name: '李四', unit: '办公室' }, (q) => q.options.map((_, i) => i));
    expect(roundTrip(all).decoded).toEqual(full(all));
    const types = new Set(paperOf(all.seed).paper.map((p) => questions.get(p.id)!.type));
    expect(types).toEqual(new Set(['单选', '多选', '判断']));
  });

  it('keeps every kind of registration value', () => {
    const cases: Array<Record<string, string>> = [
      { name: '王五', unit: '劳动关系科', staffNo: '', group: '第二组' }, // option indices, empty optional field
      { name: '赵六', unit: '某某市人社局劳动监察支队', staffNo: 'A-001', group: '' }, // typed other unit
      { name: '阿依古丽·买买提', unit: '社会保险科', staffNo: '工号 007 😀', group: '第一组' }, // CJK, dot, emoji
      { name: 'Zoë O’Brien', unit: '', staffNo: '"quoted", with comma', group: '第三组' }, // Latin, empty unit, typed value of a list without allowOther
      { name: '张三' }, // missing fields become empty
    ];
    cases.forEach((registration, n) => {
      const payload = payloadFor(100 + n, registration);
      expect(roundTrip(payload).decoded).toEqual(full(payload));
    });
  });

  it('stores times in whole seconds and the duration exactly', () => {
    const payload = { ...payloadFor(7, { name: '甲', unit: '办公室' }), startedAt: T0 + 499, submittedAt: T0 + 3_600_501 };
    const { decoded } = roundTrip(payload);
    expect(decoded.startedAt).toBe(T0);
    expect(decoded.submittedAt).toBe(T0 + 3_601_000);
    // A submission before the start (only possible in an altered code) is still representable.
    const altered = roundTrip({ ...payload, submittedAt: T0 - 60_000 }).decoded;
    expect(altered.submittedAt).toBe(T0 - 60_000);
  });

  it('decodes in two steps: header without the paper, answers with it', () => {
    const payload = payloadFor(9, { name: '乙', unit: '办公室' });
    const { code } = roundTrip(payload);
    const step1 = decodeCode(formatCode(code).toLowerCase());
    if (!step1.ok) throw new Error(step1.reason.message);
    const { header, answerBits } = step1.value;
    expect(header.quizIdHash).toBe(hashString('niandu-kaoshi'));
    expect(header.definitionHash).toBe(payload.definitionHash);
    expect(header.seed).toBe(payload.seed);
    expect(header.registration).toEqual([{ text: '乙' }, { option: 0 }, { text: '' }, { text: '' }]);
    const { paper } = paperOf(header.seed);
    expect(readAnswers(answerBits, paper, questions)).toEqual(full(payload).answers);
    // Another paper (other option counts) does not fit the bits.
    const other = drawQuestions(pool, [{ count: 3, type: '判断' }], header.seed);
    expect(() => readAnswers(answerBits, other, questions)).toThrow();
  });

  it('rejects payloads that do not fit the format', () => {
    const payload = payloadFor(3, { name: '丙', unit: '办公室' });
    const { optionCounts } = paperOf(payload.seed);
    expect(() => encodeResult({ ...payload, seed: 'xyz' }, { fields: FIELDS, optionCounts })).toThrow();
    expect(() => encodeResult({ ...payload, registration: { nickname: 'x' } }, { fields: FIELDS, optionCounts })).toThrow();
    expect(() => encodeResult({ ...payload, answers: [[9], ...payload.answers.slice(1)] }, { fields: FIELDS, optionCounts })).toThrow();
    expect(() => encodeResult(payload, { fields: FIELDS, optionCounts: optionCounts.slice(1) })).toThrow();
  });

  it('matches a frozen version-1 code (the format must not drift)', () => {
    const payload: ResultPayload = {
      version: 1,
      quizId: 'shili-ceshi',
      definitionHash: '06b22dcb',
      registration: { name: '张三', unit: '办公室' },
      seed: '0123456789abcdef',
      answers: [[1], [0, 2], [], [1]],
      startedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
      submittedAt: Date.UTC(2026, 0, 2, 3, 34, 5),
    };
    const fields = FIELDS.slice(0, 2);
    const code = encodeResult(payload, { fields, optionCounts: [4, 4, 3, 2] });
    expect(code).toBe('RS1DKBNG7R6P8PWP0938NKRKAYDXXMNEDD5J0E04375QJGE9E490550HY18');
    const decoded = decodeResult(code, { quizId: 'shili-ceshi', fields, optionCounts: [4, 4, 3, 2] });
    expect(decoded.ok && decoded.payload).toEqual(payload);
  });
});

describe('reading codes', () => {
  const code = roundTrip(payloadFor(11, { name: '丁', unit: '办公室' })).code;

  it('ignores hyphens, spaces and case, reads I/L as 1 and O as 0, and full-width characters', () => {
    expect(canonicalCode(formatCode(code))).toBe(code);
    expect(
      formatCode(code)
        .split('-')
        .every((g, i, all) => g.length === 5 || i === all.length - 1),
    ).toBe(true);
    const aliased = code.slice(0, 3) + code.slice(3).replace(/1/g, 'l').replace(/0/g, 'o');
    expect(decodeCode(aliased).ok).toBe(true);
    const fullWidth = formatCode(code).replace(/[0-9A-Z-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(decodeCode(fullWidth.replace(/－/g, '\u3000')).ok).toBe(true);
    expect(qrText(formatCode(code).toLowerCase())).toBe(code);
  });

  it('says why a code cannot be read', () => {
    const reason = (text: string) => {
      const r = decodeCode(text);
      return r.ok ? null : r.reason;
    };
    expect(reason('HELLO')).toMatchObject({ kind: 'malformed', message: expect.stringContaining('不是成绩凭证码') });
    expect(reason(code.slice(0, 20))).toMatchObject({ kind: 'malformed', message: expect.stringContaining('不完整') });
    expect(reason(`${code.slice(0, 10)}U${code.slice(11)}`)).toMatchObject({ kind: 'malformed', message: expect.stringContaining('“U”') });
    expect(reason(`RS2${code.slice(3)}`)).toMatchObject({ kind: 'malformed', message: expect.stringContaining('第 2 版') });
    expect(reason(`${code}7`)).toMatchObject({ kind: 'checksum' });
  });
});

describe('checksum', () => {
  // 24 sample codes of 16 questions; chosen and typed fields give them different lengths.
  const samples = Array.from({ length: 24 }, (_, n) => {
    const registration: Record<string, string> =
      n % 2 === 0 ? { name: '张三丰', unit: '办公室' } : { name: `测试${n}`, unit: `第${n}分局`, staffNo: String(n * 7) };
    return roundTrip(payloadFor(200 + n, registration)).code;
  });

  it('catches every single-character change', () => {
    let tried = 0;
    for (const code of samples) {
      for (let i = 0; i < code.length; i++) {
        for (const c of CROCKFORD_ALPHABET) {
          if (c === code[i]) continue;
          const changed = code.slice(0, i) + c + code.slice(i + 1);
          tried++;
          if (decodeCode(changed).ok) throw new Error(`undetected change at ${i} of ${code}: ${changed}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(24 * 60 * 31);
  });

  it('catches every transposition of adjacent characters', () => {
    let tried = 0;
    for (const code of samples) {
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        tried++;
        if (decodeCode(swapped).ok) throw new Error(`undetected swap at ${i} of ${code}`);
      }
    }
    expect(tried).toBeGreaterThan(24 * 50);
  });

  it('catches zeros appended or dropped at the end (a CRC without the length would let "0" through)', () => {
    for (const code of samples) {
      for (const extra of ['0', '00', '000', 'O']) expect(decodeCode(code + extra).ok).toBe(false);
      expect(decodeCode(code.slice(0, -1)).ok).toBe(false);
    }
  });
});

describe('code size', () => {
  // A 50-question exam: 40 单选/判断-style questions with 4 options and 10 多选 with 4 options.
  const bigPool: QuizQuestion[] = Array.from({ length: 200 }, (_, i) => ({
    ...syntheticPool(1)[0]!,
    id: `b-${String(i).padStart(3, '0')}`,
    type: i % 4 === 0 ? '多选' : '单选',
    options: ['甲', '乙', '丙', '丁'],
    answer: i % 4 === 0 ? [0, 3] : [1],
  }));
  const bigQuestions = new Map(bigPool.map((q) => [q.id, q]));
  const bigQuotas = [
    { count: 40, type: '单选' as const },
    { count: 10, type: '多选' as const },
  ];
  const fields = FIELDS.slice(0, 2);

  function bigCode(unit: string): string {
    const seed = seedOf(999);
    const paper = drawQuestions(bigPool, bigQuotas, seed);
    const r = createRandom('big');
    return encodeResult(
      {
        version: 1,
        quizId: 'niandu-xuefa-kaoshi',
        definitionHash: '06b22dcb',
        registration: { name: '张三丰', unit },
        seed,
        answers: paper.map((p) => randomChoice(bigQuestions.get(p.id)!, r)),
        startedAt: T0,
        submittedAt: T0 + 59 * 60_000,
      },
      { fields, optionCounts: paper.map((p) => bigQuestions.get(p.id)!.options.length) },
    );
  }

  // Measured: 101 characters (QR 5-M) with the unit chosen from the list, 149 (QR 6-M) with a typed 10-character unit.
  it('fits a 50-question exam into a QR code of version ≤ 10 at level M (alphanumeric mode)', () => {
    for (const [unit, maxLength, maxVersion] of [
      ['劳动关系科', 105, 5],
      ['市劳动人事争议仲裁院', 150, 6],
    ] as const) {
      const code = bigCode(unit);
      expect(code.length).toBeLessThanOrEqual(maxLength);
      const qr = QRCode.create(qrText(code), { errorCorrectionLevel: 'M' });
      expect(qr.version).toBeLessThanOrEqual(maxVersion);
      expect(qr.segments.map((s) => s.mode.id)).toEqual(['Alphanumeric']);
    }
  });
});

/**
 * Synthetic quizzes and result codes for the collector's tests and benchmark, made with the
 * project's own encoder. The collector never reads answers, so a paper is just a list of option
 * counts here.
 */
import { createRandom, hashString } from '../../src/lib/quiz/random.ts';
import { encodeResult } from '../../src/lib/results/codec.ts';
import type { RegistrationField } from '../../src/lib/results/types.ts';
import { parseManifest, type Manifest, type ManifestQuiz } from '../src/manifest.ts';

export const TEST_FIELDS: RegistrationField[] = [
  { key: 'name', label: '姓名', required: true },
  { key: 'unit', label: '单位', required: true, options: ['办公室', '政策法规科', '劳动关系科'], allowOther: true },
];

/** 50 questions: 20 with 4 options, 10 with 5, 20 true/false. */
export const TEST_OPTION_COUNTS: number[] = [...Array(20).fill(4), ...Array(10).fill(5), ...Array(20).fill(2)];

const hex8 = (s: string) => hashString(s).toString(16).padStart(8, '0');

/** A manifest quiz with result codes; `overrides` for times and the like. */
export function testQuiz(id: string, overrides: Partial<ManifestQuiz> = {}): ManifestQuiz {
  return {
    id,
    title: `测试答题 ${id}`,
    kind: 'competition',
    definitionHash: hex8(`definition:${id}`),
    opens: null,
    closes: null,
    timeLimitMinutes: 30,
    sealed: false,
    resultCodes: true,
    registration: TEST_FIELDS,
    ...overrides,
  };
}

/** The manifest data (as the build writes it) for these quizzes. */
export function manifestData(quizzes: ManifestQuiz[], siteOrigin = 'https://pufa.example.gov.cn') {
  return { version: 1, siteOrigin, quizzes };
}

export function testManifest(quizzes: ManifestQuiz[], siteOrigin?: string): Manifest {
  return parseManifest(manifestData(quizzes, siteOrigin));
}

/** A 16-hex-character seed from a number. */
function seedOf(n: number, salt: string): string {
  return hex8(`seed-a:${salt}:${n}`) + hex8(`seed-b:${salt}:${n}`);
}

/**
 * The n-th valid code of a quiz: distinct n give distinct codes (the seed and the name differ).
 * `definitionHash` overrides the quiz's (a code of another version).
 */
export function makeCode(
  quiz: Pick<ManifestQuiz, 'id' | 'definitionHash'>,
  n: number,
  options: { definitionHash?: string; salt?: string; fields?: RegistrationField[] } = {},
): string {
  const salt = options.salt ?? '';
  const r = createRandom(`answers:${salt}:${n}`);
  const started = Date.UTC(2026, 4, 20, 1, 0, 0) + (n % 100_000) * 1000;
  const fields = options.fields ?? TEST_FIELDS;
  const values: Record<string, string> = { name: `参赛者${n}`, unit: ['办公室', '政策法规科', '某街道社区'][n % 3]! };
  return encodeResult(
    {
      version: 1,
      quizId: quiz.id,
      definitionHash: options.definitionHash ?? quiz.definitionHash,
      registration: Object.fromEntries(fields.filter((f) => values[f.key] !== undefined).map((f) => [f.key, values[f.key]!])),
      seed: seedOf(n, salt),
      answers: TEST_OPTION_COUNTS.map((count) => (r() < 0.1 ? [] : [Math.floor(r() * count)])),
      startedAt: started,
      submittedAt: started + 600_000 + (n % 600) * 1000,
    },
    { fields, optionCounts: TEST_OPTION_COUNTS },
  );
}

/** A code with one character changed (its checksum no longer holds). */
export function corruptCode(code: string, position = 20): string {
  const c = code[position]!;
  return code.slice(0, position) + (c === 'A' ? 'B' : 'A') + code.slice(position + 1);
}

/** A code grouped with hyphens every 5 characters, as the site shows it. */
export function formatTestCode(code: string): string {
  return code.match(/.{1,5}/g)!.join('-');
}

/**
 * The quiz manifest (`dist/quiz/manifest.json`, written by src/pages/quiz/manifest.json.ts at
 * build time): which quizzes the site published, with the version hash their pages write into
 * result codes. The collector accepts only codes of these quizzes and versions.
 */
import { readFileSync } from 'node:fs';
import { hashString } from '../../src/lib/quiz/random.ts';
import type { RegistrationField } from '../../src/lib/results/types.ts';

/** One published quiz, as the manifest lists it. */
export interface ManifestQuiz {
  /** The quiz file name (content/quizzes/<id>.yaml) */
  id: string;
  title: string;
  kind: 'exam' | 'competition';
  /** 8 lower-case hex characters, as in the quiz's codes */
  definitionHash: string;
  /** ISO date-time or null */
  opens: string | null;
  closes: string | null;
  timeLimitMinutes: number | null;
  sealed: boolean;
  /** Whether the quiz page hands out result codes */
  resultCodes: boolean;
  /** The registration fields codes are written with (null when no codes) */
  registration: RegistrationField[] | null;
}

/** A manifest read and indexed for the collector. */
export interface Manifest {
  /** The site's origin (from site.config.yaml baseUrl at build time), when the manifest has it */
  siteOrigin: string | null;
  quizzes: ManifestQuiz[];
  /** Quizzes that hand out codes, by hashString(id) (a list: two ids may share a hash) */
  byHash: Map<number, ManifestQuiz[]>;
  /** Every quiz by id */
  byId: Map<string, ManifestQuiz>;
  /** opens / closes as Unix ms, by quiz id */
  window: Map<string, { opens: number | null; closes: number | null }>;
}

const HEX8 = /^[0-9a-f]{8}$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Why a manifest file cannot be used, in Chinese, naming the file. */
export class ManifestError extends Error {}

function time(value: unknown, where: string): number | null {
  if (value === null || value === undefined) return null;
  const t = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(t)) throw new ManifestError(`${where} 不是有效的时间：${String(value)}`);
  return t;
}

/** Checks and indexes parsed manifest data; throws ManifestError with a sentence naming `file`. */
export function parseManifest(data: unknown, file = 'manifest.json'): Manifest {
  const root = data as { version?: unknown; siteOrigin?: unknown; quizzes?: unknown } | null;
  if (!root || typeof root !== 'object' || root.version !== 1 || !Array.isArray(root.quizzes)) {
    throw new ManifestError(`${file} 不是本站构建生成的答题清单（应为 {"version": 1, "quizzes": [...]}）`);
  }
  const quizzes: ManifestQuiz[] = [];
  const byHash = new Map<number, ManifestQuiz[]>();
  const byId = new Map<string, ManifestQuiz>();
  const window = new Map<string, { opens: number | null; closes: number | null }>();
  root.quizzes.forEach((raw: unknown, i: number) => {
    const q = raw as Partial<ManifestQuiz> | null;
    const where = `${file} 第 ${i + 1} 个答题`;
    if (!q || typeof q.id !== 'string' || !ID.test(q.id)) throw new ManifestError(`${where}：id 缺失或格式不对`);
    if (typeof q.definitionHash !== 'string' || !HEX8.test(q.definitionHash)) {
      throw new ManifestError(`${where}（${q.id}）：definitionHash 应为 8 位十六进制`);
    }
    if (byId.has(q.id)) throw new ManifestError(`${where}：id ${q.id} 重复`);
    const quiz: ManifestQuiz = {
      id: q.id,
      title: typeof q.title === 'string' ? q.title : q.id,
      kind: q.kind === 'competition' ? 'competition' : 'exam',
      definitionHash: q.definitionHash,
      opens: q.opens ?? null,
      closes: q.closes ?? null,
      timeLimitMinutes: typeof q.timeLimitMinutes === 'number' ? q.timeLimitMinutes : null,
      sealed: q.sealed === true,
      resultCodes: q.resultCodes === true,
      registration: Array.isArray(q.registration) ? q.registration : null,
    };
    window.set(quiz.id, { opens: time(quiz.opens, `${where}（${q.id}）opens`), closes: time(quiz.closes, `${where}（${q.id}）closes`) });
    quizzes.push(quiz);
    byId.set(quiz.id, quiz);
    if (quiz.resultCodes) {
      const h = hashString(quiz.id);
      byHash.set(h, [...(byHash.get(h) ?? []), quiz]);
    }
  });
  let siteOrigin: string | null = null;
  if (typeof root.siteOrigin === 'string') {
    try {
      siteOrigin = new URL(root.siteOrigin).origin;
    } catch {
      throw new ManifestError(`${file}：siteOrigin 不是有效的网址`);
    }
  }
  return { siteOrigin, quizzes, byHash, byId, window };
}

/** Reads the manifest file; a missing or broken file throws ManifestError saying what to do. */
export function loadManifest(file: string): Manifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ManifestError(`找不到答题清单 ${file}：请先构建网站（npm run build），或用 COLLECTOR_MANIFEST 指定 manifest.json 的位置`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ManifestError(`${file} 不是合法的 JSON`);
  }
  return parseManifest(data, file);
}

/**
 * Checks one submitted result code against the published quizzes and the server's clock. Pure:
 * the manifest and the time are passed in. Never throws on user input; every rejection has an
 * English code for programs and a Chinese sentence for people.
 */
import { createHash } from 'node:crypto';
import { base32Value } from '../../src/lib/results/base32.ts';
import { CODE_MARK, CODE_VERSION, canonicalCode, decodeCode, resolveRegistration } from '../../src/lib/results/codec.ts';
import type { Manifest, ManifestQuiz } from './manifest.ts';

/** A code the collector will store. */
export interface AcceptedCode {
  ok: true;
  /** Canonical text (upper case, no separators) */
  code: string;
  /** SHA-256 of the canonical text, lower-case hex: the idempotency key */
  sha256: string;
  quiz: ManifestQuiz;
  /** Received after the quiz closed (by the server's clock): stored and flagged, never dropped */
  late: boolean;
}

/** A code the collector refuses, with the HTTP status to answer. */
export interface RejectedCode {
  ok: false;
  status: 400 | 422;
  /** English, stable: for programs (the site's outbox decides on it) */
  error: RejectionCode;
  /** Chinese, one sentence: for the participant */
  message: string;
}

export type RejectionCode =
  'empty' | 'not-a-code' | 'unsupported-version' | 'malformed' | 'checksum' | 'unknown-quiz' | 'other-version' | 'registration-mismatch' | 'not-open';

export type Validation = AcceptedCode | RejectedCode;

/** Longest canonical code accepted (the HTTP body limit is the outer guard). */
export const MAX_CODE_LENGTH = 1600;

const reject = (status: 400 | 422, error: RejectionCode, message: string): RejectedCode => ({ ok: false, status, error, message });

/** SHA-256 of text as lower-case hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Validates `text` (a code, possibly grouped with hyphens or surrounded by spaces) received at
 * `now` (Unix ms, the server's clock).
 */
export function validateCode(text: string, manifest: Manifest, now: number): Validation {
  const trimmed = text.trim();
  if (trimmed === '') return reject(400, 'empty', '请求中没有成绩凭证码');
  if (trimmed.length > MAX_CODE_LENGTH) return reject(400, 'malformed', '凭证码太长，不是本站生成的成绩凭证码');
  const canonical = canonicalCode(trimmed);
  if (!canonical.startsWith(CODE_MARK)) return reject(400, 'not-a-code', '这不是成绩凭证码（凭证码以 RS1 开头）');
  const versionChar = canonical[CODE_MARK.length];
  const version = versionChar === undefined ? -1 : base32Value(versionChar);
  if (version !== CODE_VERSION && version >= 0) {
    return reject(400, 'unsupported-version', `凭证码格式（第 ${version} 版）不是本服务支持的第 ${CODE_VERSION} 版，请把凭证码直接发给组织者`);
  }

  const decoded = decodeCode(canonical);
  if (!decoded.ok) {
    return reject(400, decoded.reason.kind === 'checksum' ? 'checksum' : 'malformed', decoded.reason.message);
  }
  const { header, code } = decoded.value;

  const candidates = manifest.byHash.get(header.quizIdHash);
  if (!candidates) return reject(422, 'unknown-quiz', '凭证码所属的答题不是本站发布的答题，本服务不收取');
  const quiz = candidates.find((q) => q.definitionHash === header.definitionHash);
  if (!quiz) {
    return reject(
      422,
      'other-version',
      `凭证码来自“${candidates[0]!.title}”的另一个版本（题目或规则已经改过），本服务不收取，请把凭证码直接发给组织者`,
    );
  }
  if (quiz.registration && !resolveRegistration(header.registration, quiz.registration)) {
    return reject(422, 'registration-mismatch', '凭证码的报名信息与本次答题的填写项不符');
  }
  const window = manifest.window.get(quiz.id);
  if (window?.opens != null && now < window.opens) {
    return reject(422, 'not-open', `“${quiz.title}”还没有开始，开始后才能提交`);
  }
  const late = window?.closes != null && now > window.closes;
  return { ok: true, code, sha256: sha256Hex(code), quiz, late };
}

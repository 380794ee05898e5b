/**
 * Result codes (成绩凭证码): a finished attempt travels from a participant to the organiser as a
 * short text / QR code, and is graded on the organiser's device. Plain data only.
 */

/** A registration field of a competition, from the quiz definition. */
export interface RegistrationField {
  /** Stable key: name, unit, staffNo, phoneTail … */
  key: string;
  /** Label shown to participants: 姓名, 单位, 工号, 手机尾号 */
  label: string;
  required: boolean;
  /** For a field chosen from a list (单位): the allowed values, in order */
  options?: string[];
  /** Whether a value outside `options` may be typed (单位 not in the list) */
  allowOther?: boolean;
}

/** What a code carries. */
export interface ResultPayload {
  /** Format version of the code */
  version: 1;
  /** The quiz definition's file name (content/quizzes/<quizId>.yaml) */
  quizId: string;
  /** The definition version hash (8 hex chars, as the quiz page uses) */
  definitionHash: string;
  /** Registration values by field key, as typed or chosen */
  registration: Record<string, string>;
  /** The attempt's seed (hex), from which the paper is drawn again */
  seed: string;
  /** Chosen ORIGINAL option indices per paper position (paper order), [] when unanswered */
  answers: number[][];
  /** Unix ms, rounded to seconds in the code */
  startedAt: number;
  submittedAt: number;
}

/** Why a code was rejected, one line for the organiser. */
export type RejectReason =
  | { kind: 'malformed'; message: string }
  | { kind: 'checksum'; message: string }
  | { kind: 'other-quiz'; message: string }
  | { kind: 'other-version'; message: string }
  | { kind: 'duplicate'; message: string }
  /** Added: submitted before it started, or took longer than the time limit allows (times altered) */
  | { kind: 'time'; message: string };

/** A graded code. */
export interface GradedResult {
  code: string;
  payload: ResultPayload;
  name: string;
  unit: string;
  score: number;
  maxScore: number;
  passed: boolean;
  correctCount: number;
  total: number;
  /** ms */
  timeUsedMs: number;
  /** Per paper position, whether it was answered correctly, by question id */
  items: Array<{ id: string; correct: boolean }>;
}

/** Which attempt counts when one person (same normalised 姓名 + 单位) sent several codes. */
export type DuplicatePolicy = 'first' | 'best';

/** A code the grader did not count, with the reason; name and unit when the code could be read. */
export interface RejectedCode {
  /** The code as found (canonical form when it could be read, else as extracted) */
  code: string;
  reason: RejectReason;
  /** 姓名 from the code, when its header and registration could be read */
  name?: string;
  /** 单位 from the code, when its header and registration could be read */
  unit?: string;
}

/** What gradeCodes returns. */
export interface GradeOutcome {
  /** Counted results, in the order the codes were given */
  graded: GradedResult[];
  /** Everything else, in the order the codes were given, one reason each */
  rejected: RejectedCode[];
  /** The definition version hash the codes were checked against */
  definitionHash: string;
}

/** One person expected to take part (a roster row). */
export interface RosterEntry {
  name: string;
  unit: string;
}

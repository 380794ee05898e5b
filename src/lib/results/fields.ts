/**
 * What the grader reads from a quiz definition beyond the engine's quotas and rules: the
 * registration fields and the duplicate policy. The quiz schema may not declare them (yet); a
 * definition without them gets the defaults below.
 */
import type { DuplicatePolicy, RegistrationField } from './types.ts';

/** 姓名 and 单位, both required, 单位 typed freely: the fields when a definition names none. */
export const DEFAULT_REGISTRATION_FIELDS: readonly RegistrationField[] = Object.freeze([
  { key: 'name', label: '姓名', required: true },
  { key: 'unit', label: '单位', required: true },
]);

/** The field keys that hold the person's name and unit (used for duplicates and the roster). */
export const NAME_KEY = 'name';
/** See NAME_KEY. */
export const UNIT_KEY = 'unit';

/** The parts of a definition this module looks at; every property is optional. */
export interface ResultSettings {
  /** Registration fields, in the order the code stores them */
  registration?: readonly RegistrationField[];
  /** Which of one person's attempts counts */
  duplicates?: DuplicatePolicy;
  kind?: 'exam' | 'competition';
  /** How many attempts one person may make; later codes are rejected as duplicates */
  attemptsAllowed?: number;
}

/** The registration fields of a definition (its `registration` list, else 姓名 + 单位). */
export function registrationFieldsOf(quiz: ResultSettings): readonly RegistrationField[] {
  return quiz.registration && quiz.registration.length > 0 ? quiz.registration : DEFAULT_REGISTRATION_FIELDS;
}

/**
 * The fields participants fill in before starting, for a quiz that hands out result codes
 * (competitions, sealed quizzes, definitions with registration fields); undefined for one that
 * hands out none. The quiz page and the collector's manifest agree on it through this function.
 */
export function codeFieldsOf(quiz: ResultSettings & { kind?: string; sealed?: boolean }): RegistrationField[] | undefined {
  const issues = (quiz.registration && quiz.registration.length > 0) || quiz.kind === 'competition' || quiz.sealed;
  return issues ? [...registrationFieldsOf(quiz)] : undefined;
}

/**
 * Which attempt counts when one person sent several codes: the definition's `duplicates`, else
 * 'first' for a competition (知识竞赛: one try, so repeated tries do not pay off) and 'best' for
 * an exam (学法考试 with attemptsAllowed: the best of the allowed attempts).
 */
export function duplicatePolicyOf(quiz: ResultSettings): DuplicatePolicy {
  return quiz.duplicates ?? (quiz.kind === 'competition' ? 'first' : 'best');
}

/** Option letters and the fixed options of 判断 questions: one home for both (bank files, quiz, grading). */
import type { Question } from '../../schemas/content.ts';

/** The letters options are written with, in order: a bank may have at most eight options. */
export const OPTION_LETTERS = 'ABCDEFGH';

/** The two options of every 判断 question, in this order. */
export const JUDGEMENT_OPTIONS: readonly string[] = ['正确', '错误'];

/** 0 → A, 1 → B … */
export function optionLetter(index: number): string {
  return OPTION_LETTERS[index] ?? '?';
}

/** A → 0, B → 1 …; −1 for anything else. */
export function letterIndex(letter: string): number {
  return letter.length === 1 ? OPTION_LETTERS.indexOf(letter) : -1;
}

/** The option letters of a question: A, B, C… (判断 has none). */
export function optionLetters(q: Pick<Question, 'options'>): string[] {
  return (q.options ?? []).map((_, i) => optionLetter(i));
}

/** The answer as display text: B, A、C, 正确. */
export function answerText(q: Pick<Question, 'answer'>): string {
  return Array.isArray(q.answer) ? q.answer.join('、') : q.answer;
}

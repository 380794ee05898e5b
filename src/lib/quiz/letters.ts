import type { Question } from '../../schemas/content.ts';

const LETTERS = 'ABCDEFGH';

/** The option letters of a question: A, B, C… (判断 has none). */
export function optionLetters(q: Pick<Question, 'options'>): string[] {
  return (q.options ?? []).map((_, i) => LETTERS[i]!);
}

/** The answer as display text: B, A、C, 正确. */
export function answerText(q: Pick<Question, 'answer'>): string {
  return Array.isArray(q.answer) ? q.answer.join('、') : q.answer;
}

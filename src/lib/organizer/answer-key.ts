/**
 * The question pool the organiser grades with: the private answer key of a sealed quiz (a file
 * the build writes to private/answer-keys/<id>.json) or the public pool of an open quiz. Both
 * are checked against the quiz the page was built with, so codes are never graded with answers
 * of another quiz or another version. Pure functions; messages in Chinese for the organiser.
 */
import { reviveQuiz, type OrganizerQuiz } from './types.ts';
import { planQuiz } from '../quiz/plan.ts';
import type { QuizQuestion } from '../quiz/types.ts';

export type PoolCheck = { ok: true; questions: QuizQuestion[] } | { ok: false; message: string };

const TYPES = new Set(['单选', '多选', '判断']);

/** Whether `value` is a question with its options and a usable answer (indices into the options). */
function isQuestionWithAnswer(value: unknown): value is QuizQuestion {
  if (value === null || typeof value !== 'object') return false;
  const q = value as Partial<QuizQuestion>;
  if (typeof q.id !== 'string' || typeof q.stem !== 'string' || typeof q.type !== 'string' || !TYPES.has(q.type)) return false;
  if (!Array.isArray(q.options) || q.options.length < 2 || !q.options.every((o) => typeof o === 'string')) return false;
  const count = q.options.length;
  return Array.isArray(q.answer) && q.answer.length > 0 && q.answer.every((i) => Number.isInteger(i) && i >= 0 && i < count);
}

/** The version hash of `quiz` drawn from `questions`, or undefined when its quotas cannot be filled from them. */
function hashWith(quiz: OrganizerQuiz, questions: readonly QuizQuestion[]): string | undefined {
  try {
    return planQuiz(quiz.id, reviveQuiz(quiz.quiz), questions).definitionHash;
  } catch {
    return undefined;
  }
}

/**
 * Reads and checks an answer key file of a sealed quiz: `{ quizId, title, definitionHash,
 * questions }` as the build writes it. The quiz id and the version hash must be those of the
 * quiz chosen on the page, and the questions must hash to that version (a key edited by hand,
 * or cut short, is refused).
 */
export function checkAnswerKey(text: string, quiz: OrganizerQuiz): PoolCheck {
  const fail = (message: string): PoolCheck => ({ ok: false, message });
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail(`这个文件不是有效的答案文件（无法按 JSON 读取）。请选择构建网站时生成的 ${quiz.id}.json。`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(`这个文件不是答案文件：缺少答题编号、题目版本和题目。请选择构建网站时生成的 ${quiz.id}.json。`);
  }
  const key = data as { quizId?: unknown; title?: unknown; definitionHash?: unknown; questions?: unknown };
  if (typeof key.quizId !== 'string' || typeof key.definitionHash !== 'string' || !Array.isArray(key.questions)) {
    return fail(`这个文件不是答案文件：缺少答题编号、题目版本或题目。请选择构建网站时生成的 ${quiz.id}.json。`);
  }
  if (key.quizId !== quiz.id) {
    const other = typeof key.title === 'string' && key.title ? `“${key.title}”（${key.quizId}）` : `“${key.quizId}”`;
    return fail(`这是${other}的答案文件，不是“${quiz.title}”的。请选择 ${quiz.id}.json。`);
  }
  const hash = key.definitionHash.toLowerCase();
  if (hash !== quiz.definitionHash.toLowerCase()) {
    return fail(
      `答案文件的题目版本是 ${hash}，本站发布的“${quiz.title}”是 ${quiz.definitionHash}，两者不是同一次构建生成的。` +
        '请使用与当前网站同一次构建生成的答案文件。',
    );
  }
  if (key.questions.length === 0 || !key.questions.every(isQuestionWithAnswer)) {
    return fail('答案文件中的题目不完整（缺少选项或答案），无法评分。');
  }
  const questions = key.questions as QuizQuestion[];
  if (hashWith(quiz, questions) !== quiz.definitionHash.toLowerCase()) {
    return fail('答案文件的内容与其题目版本不符（文件可能被改动过或不完整），不能用于评分。');
  }
  return { ok: true, questions };
}

/**
 * Checks the public pool of an open quiz (fetched from the site): questions with answers, of
 * the version this page was built with (a browser may hold an older copy of one of them).
 */
export function checkPublicPool(data: unknown, quiz: OrganizerQuiz): PoolCheck {
  if (!Array.isArray(data) || data.length === 0 || !data.every(isQuestionWithAnswer)) {
    return { ok: false, message: '题库数据不完整（缺少题目、选项或答案），无法评分。请刷新页面后重试。' };
  }
  const questions = data as QuizQuestion[];
  if (hashWith(quiz, questions) !== quiz.definitionHash.toLowerCase()) {
    return { ok: false, message: '题库数据与本页面的题目版本不一致（浏览器可能保存了旧数据）。请刷新页面后重试。' };
  }
  return { ok: true, questions };
}

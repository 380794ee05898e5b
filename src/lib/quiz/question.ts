import type { Question } from '../../schemas/content.ts';
import type { QuizQuestion } from './types.ts';
import type { CitationLink } from '../statute/links.ts';
import { TOPICS } from '../../schemas/taxonomy.ts';
import { JUDGEMENT_OPTIONS, letterIndex } from './letters.ts';

/**
 * Converts a validated bank question into the form the quiz engine and widget use; `link`
 * resolves each data citation of its basis (the build passes its statute library's).
 */
export function toQuizQuestion(q: Question, link: (citation: string) => CitationLink): QuizQuestion {
  const options = q.type === '判断' ? JUDGEMENT_OPTIONS : (q.options ?? []);
  const letters = Array.isArray(q.answer) ? q.answer : [q.answer];
  const answer = (q.type === '判断' ? [JUDGEMENT_OPTIONS.indexOf(letters[0]!)] : letters.map(letterIndex)).sort((a, b) => a - b);
  return {
    id: q.id,
    type: q.type,
    stem: q.stem,
    options: [...options],
    answer,
    explanation: q.explanation,
    basis: q.basis.map(link),
    topic: q.topic,
    difficulty: q.difficulty,
    audience: [...q.audience],
  };
}

/** Mode pages that share the /quiz/ namespace with quiz definition files. */
export const RESERVED_QUIZ_NAMES = ['practice', 'daily', 'challenge', 'mistakes', 'history', 'bank', 'questions'];

/** Where the widget fetches the whole public bank (每日一练, 挑战答题, 错题本). */
export const QUESTIONS_URL = '/quiz/questions.json';

/** The questions of one topic only, so a topic practice does not download the whole bank. */
export function topicDataUrl(topic: string): string {
  const index = (TOPICS as readonly string[]).indexOf(topic);
  if (index < 0) throw new Error(`未知的主题：${topic}`);
  return `/quiz/data/topic-${index}.json`;
}

/** The question pool of one quiz definition. */
export function quizDataUrl(id: string): string {
  return `/quiz/data/quiz-${id}.json`;
}

/** A sealed question as the participant's page may see it: stem and options, no answer, explanation or basis. */
export function redactQuestion(q: QuizQuestion): QuizQuestion {
  return { ...q, answer: [], explanation: '', basis: [] };
}

import type { Question } from '../../schemas/content.ts';
import type { QuizQuestion } from './types.ts';
import type { CitationLink } from '../statute/links.ts';
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

/** A sealed question as the participant's page may see it: stem and options, no answer, explanation or basis. */
export function redactQuestion(q: QuizQuestion): QuizQuestion {
  return { ...q, answer: [], explanation: '', basis: [] };
}

/** Where the quiz pages and their question data live on the site. */
import { topicSlug } from '../topics.ts';

/** Mode pages that share the /quiz/ namespace with quiz definition files. */
export const RESERVED_QUIZ_NAMES = ['practice', 'daily', 'challenge', 'mistakes', 'history', 'bank', 'questions'];

/** Where the widget fetches the whole public bank (每日一练, 挑战答题, 错题本). */
export const QUESTIONS_URL = '/quiz/questions.json';

/** The questions of one topic only, so a topic practice does not download the whole bank. */
export function topicDataUrl(topic: string): string {
  return `/quiz/data/topic-${topicSlug(topic)}.json`;
}

/** The question pool of one quiz definition. */
export function quizDataUrl(id: string): string {
  return `/quiz/data/quiz-${id}.json`;
}

/** The questions citing one article (key `laodong-hetong-fa/art-47`, lib/quiz/article.ts). */
export function articleDataUrl(key: string): string {
  return `/quiz/data/article-${key.replace('/', '--')}.json`;
}

/** A practice round on the questions citing one article. */
export function articlePracticeUrl(key: string): string {
  return `/quiz/practice/?article=${key}`;
}

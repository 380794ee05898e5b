import { getCollection } from 'astro:content';
import { prepareQuiz } from './quiz.ts';
import { quizDataUrl } from '../lib/quiz/urls.ts';
import type { OrganizerQuiz } from '../lib/organizer/types.ts';

export type { OrganizerQuiz } from '../lib/organizer/types.ts';

/** Every quiz definition, for the organiser page. */
export async function organizerQuizzes(): Promise<OrganizerQuiz[]> {
  const quizzes = await getCollection('quizzes');
  return Promise.all(
    quizzes.map(async ({ id, data }) => {
      const { definitionHash, total } = await prepareQuiz(id, data);
      return {
        id,
        title: data.title,
        kind: data.kind,
        sealed: data.sealed,
        definitionHash,
        total,
        quiz: { ...data, opens: data.opens?.toISOString(), closes: data.closes?.toISOString() },
        poolUrl: data.sealed ? undefined : quizDataUrl(id),
      };
    }),
  );
}

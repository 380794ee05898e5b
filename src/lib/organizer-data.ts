import { getCollection } from 'astro:content';
import { prepareQuiz } from './quiz-build';
import { quizDataUrl } from './quiz-data';
import type { OrganizerQuiz } from './organizer-types';

export type { OrganizerQuiz } from './organizer-types';

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

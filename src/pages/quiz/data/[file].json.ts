import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { publicQuestions, quotasOf } from '../../../lib/quiz-build';
import { matchesQuota } from '../../../lib/quiz/draw';
import { TOPICS } from '../../../schemas/taxonomy';
import type { QuizQuestion } from '../../../lib/quiz/types';

/** Question data in pieces: one file per topic and one per quiz definition's pool. */
export const getStaticPaths = (async () => {
  const questions = await publicQuestions();
  const quizzes = await getCollection('quizzes');
  return [
    ...TOPICS.map((topic, i) => ({ params: { file: `topic-${i}` }, props: { questions: questions.filter((q) => q.topic === topic) } })),
    ...quizzes.map((quiz) => {
      const quotas = quotasOf(quiz.data);
      return { params: { file: `quiz-${quiz.id}` }, props: { questions: questions.filter((q) => quotas.some((quota) => matchesQuota(q, quota))) } };
    }),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { questions: QuizQuestion[] }).questions), { headers: { 'Content-Type': 'application/json' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { publicQuestions, questionsFor, quotasOf } from '../../../data/quiz.ts';
import { redactQuestion } from '../../../lib/quiz/question.ts';
import { matchesQuota } from '../../../lib/quiz/draw.ts';
import { TOPICS } from '../../../schemas/taxonomy.ts';
import type { QuizQuestion } from '../../../lib/quiz/types.ts';
import { topicSlug } from '../../../lib/topics.ts';

/**
 * Question data in pieces: one file per topic and one per quiz definition's pool. A sealed quiz's
 * pool is published without answers; its answer key is written by the answer-keys build step.
 */
export const getStaticPaths = (async () => {
  const questions = await publicQuestions();
  const quizzes = await getCollection('quizzes');
  return [
    ...TOPICS.map((topic) => ({ params: { file: `topic-${topicSlug(topic)}` }, props: { questions: questions.filter((q) => q.topic === topic) } })),
    ...(await Promise.all(
      quizzes.map(async (quiz) => {
        const quotas = quotasOf(quiz.data);
        const pool = (await questionsFor(quiz.data)).filter((q) => quotas.some((quota) => matchesQuota(q, quota)));
        return { params: { file: `quiz-${quiz.id}` }, props: { questions: quiz.data.sealed ? pool.map(redactQuestion) : pool } };
      }),
    )),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { questions: QuizQuestion[] }).questions), { headers: { 'Content-Type': 'application/json' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { publicQuestions, questionsFor, quotasOf } from '../../../data/quiz.ts';
import { redactQuestion } from '../../../lib/quiz/question.ts';
import { matchesQuota } from '../../../lib/quiz/draw.ts';
import { TOPICS } from '../../../schemas/taxonomy.ts';
import type { QuizQuestion } from '../../../lib/quiz/types.ts';
import { topicSlug } from '../../../lib/topics.ts';
import { articleKeyOf } from '../../../lib/quiz/article.ts';
import { articleDataUrl } from '../../../lib/quiz/urls.ts';

/** The public questions of each cited article (practice ?article=), keyed by article key. */
function byArticle(questions: readonly QuizQuestion[]): Map<string, QuizQuestion[]> {
  const map = new Map<string, QuizQuestion[]>();
  for (const q of questions) {
    for (const key of new Set(q.basis.map((b) => articleKeyOf(b.url)))) map.set(key, [...(map.get(key) ?? []), q]);
  }
  return map;
}

/**
 * Question data in pieces: one file per topic, one per cited article and one per quiz definition's pool. A sealed quiz's
 * pool is published without answers; its answer key is written by the answer-keys build step.
 */
export const getStaticPaths = (async () => {
  const questions = await publicQuestions();
  const quizzes = await getCollection('quizzes');
  return [
    ...TOPICS.map((topic) => ({ params: { file: `topic-${topicSlug(topic)}` }, props: { questions: questions.filter((q) => q.topic === topic) } })),
    ...[...byArticle(questions)].map(([key, list]) => ({
      params: { file: articleDataUrl(key).replace(/^\/quiz\/data\/|\.json$/g, '') },
      props: { questions: list },
    })),
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

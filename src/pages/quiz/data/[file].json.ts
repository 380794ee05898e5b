import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWER_KEY_DIR, publicQuestions, questionsFor, quotasOf } from '../../../data/quiz.ts';
import { planQuiz } from '../../../lib/quiz/plan.ts';
import { redactQuestion } from '../../../lib/quiz/question.ts';
import { matchesQuota } from '../../../lib/quiz/draw.ts';
import { TOPICS } from '../../../schemas/taxonomy.ts';
import type { QuizQuestion } from '../../../lib/quiz/types.ts';
import { topicSlug } from '../../../lib/topics.ts';

/** Question data in pieces: one file per topic and one per quiz definition's pool. */
export const getStaticPaths = (async () => {
  const questions = await publicQuestions();
  const quizzes = await getCollection('quizzes');
  return [
    ...TOPICS.map((topic) => ({ params: { file: `topic-${topicSlug(topic)}` }, props: { questions: questions.filter((q) => q.topic === topic) } })),
    ...(await Promise.all(
      quizzes.map(async (quiz) => {
        const quotas = quotasOf(quiz.data);
        const pool = (await questionsFor(quiz.data)).filter((q) => quotas.some((quota) => matchesQuota(q, quota)));
        if (!quiz.data.sealed) return { params: { file: `quiz-${quiz.id}` }, props: { questions: pool } };
        writeAnswerKey(quiz.id, quiz.data, pool);
        return { params: { file: `quiz-${quiz.id}` }, props: { questions: pool.map(redactQuestion) } };
      }),
    )),
  ];
}) satisfies GetStaticPaths;

/** The organiser's answer key of a sealed quiz, written beside the project, not into dist/. */
function writeAnswerKey(id: string, quiz: Parameters<typeof planQuiz>[1], pool: QuizQuestion[]) {
  const { definitionHash } = planQuiz(id, quiz, pool);
  mkdirSync(ANSWER_KEY_DIR, { recursive: true });
  writeFileSync(join(ANSWER_KEY_DIR, `${id}.json`), JSON.stringify({ quizId: id, title: quiz.title, definitionHash, questions: pool }, null, 1));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { questions: QuizQuestion[] }).questions), { headers: { 'Content-Type': 'application/json' } });

import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toQuizQuestion } from '../../lib/quiz/question.ts';
import { citationLinkOf } from '../../data/statutes.ts';

/** All public questions, fetched by the quiz widget when a quiz starts (not part of any page's first load). */
export const GET: APIRoute = async () => {
  const questions = (await getCollection('questions')).map((q) => toQuizQuestion(q.data, citationLinkOf)).sort((a, b) => a.id.localeCompare(b.id));
  return new Response(JSON.stringify(questions), { headers: { 'Content-Type': 'application/json' } });
};

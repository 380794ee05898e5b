import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { questionSearchData } from '../../lib/search/question-input.ts';
import { citationLinkOf } from '../../data/statutes.ts';

/**
 * 题库检索: the prebuilt lunr index of all questions and their display data. Fetched only when
 * someone starts using the search box on /quiz/practice/.
 */
export const GET: APIRoute = async () => {
  const questions = (await getCollection('questions')).map((q) => q.data);
  return new Response(JSON.stringify(questionSearchData(questions, (c) => citationLinkOf(c).label)), {
    headers: { 'Content-Type': 'application/json' },
  });
};

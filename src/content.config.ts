import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { statuteLoader } from './data/loaders/statutes.ts';
import { LAWS_DIR } from './data/statutes.ts';
import { questionLoader } from './data/loaders/questions.ts';
import { quizSchema, type Question } from './schemas/content.ts';
import { schemas, withChineseErrors } from './data/schemas.ts';
import type { Statute } from './lib/statute/types.ts';

/** The statute library (法规库): corpus-format Markdown files, parsed into articles. */
const laws = defineCollection({
  loader: statuteLoader({ base: LAWS_DIR }),
  schema: z.custom<Statute>(),
});

/** 政策解读 */
const explainers = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/explainers' }),
  schema: withChineseErrors(schemas.explainer),
});

/** 以案说法 */
const cases = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/cases' }),
  schema: withChineseErrors(schemas.case),
});

/** Question banks, one entry per question. */
const questions = defineCollection({
  loader: questionLoader({ base: 'content/questions' }),
  schema: z.custom<Question & { bank: string; bankTitle: string }>(),
});

/** Questions of sealed banks, only for sealed competitions; never published with their answers. */
const sealedQuestions = defineCollection({
  loader: questionLoader({ base: 'content/questions', sealed: true }),
  schema: z.custom<Question & { bank: string; bankTitle: string }>(),
});

/** Quiz definitions (模拟考试 / 竞赛). */
const quizzes = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './content/quizzes' }),
  schema: withChineseErrors(quizSchema),
});

export const collections = { laws, explainers, cases, questions, sealedQuestions, quizzes };

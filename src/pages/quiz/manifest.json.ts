import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { prepareQuiz } from '../../data/quiz.ts';
import { codeFieldsOf } from '../../lib/results/fields.ts';
import site from 'virtual:pufa/site';

/**
 * `/quiz/manifest.json`: every quiz this build published, with the version hash its page puts
 * into result codes. The results collector (collector/) reads it to accept only codes of a
 * published quiz and version, and to check the open and close times by its own clock.
 *
 *   { "version": 1, "siteOrigin": "https://…", "quizzes": [{ id, title, kind, definitionHash, opens, closes,
 *     timeLimitMinutes, sealed, resultCodes, registration }] }
 *
 * `resultCodes` tells whether the quiz page hands out 成绩凭证码 (competitions, sealed quizzes and
 * definitions with registration fields, as on the quiz page); `registration` is the field list
 * the codes are written with (null when the quiz hands out none). Nothing here is secret: it is
 * what the quiz pages already publish. `siteOrigin` (from site.config.yaml baseUrl) is the
 * origin the collector lets browsers call it from (CORS).
 */
export const GET: APIRoute = async () => {
  const quizzes = await getCollection('quizzes');
  const entries = await Promise.all(
    quizzes.map(async ({ id, data }) => {
      const { definitionHash } = await prepareQuiz(id, data);
      const registration = codeFieldsOf(data) ?? null;
      return {
        id,
        title: data.title,
        kind: data.kind,
        definitionHash,
        opens: data.opens?.toISOString() ?? null,
        closes: data.closes?.toISOString() ?? null,
        timeLimitMinutes: data.timeLimitMinutes ?? null,
        sealed: data.sealed,
        resultCodes: registration !== null,
        registration,
      };
    }),
  );
  entries.sort((a, b) => a.id.localeCompare(b.id));
  return new Response(JSON.stringify({ version: 1, siteOrigin: new URL(site.baseUrl).origin, quizzes: entries }, null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
};

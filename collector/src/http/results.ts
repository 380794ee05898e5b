/** POST /v1/results: a participant's browser (or anyone holding a code) submits one code. */
import type { FastifyInstance } from 'fastify';
import type { Manifest } from '../manifest.ts';
import { signReceipt } from '../receipt.ts';
import type { Storage } from '../storage/index.ts';
import { validateCode } from '../validate.ts';
import { sendError, storageUnavailable } from './errors.ts';

export interface ResultsRouteOptions {
  manifest: Manifest;
  storage: Storage;
  secret: string;
  bodyLimit: number;
  clock: () => number;
}

/** The code in a request body: text/plain is the code itself, JSON is { "code": "…" }. */
function codeOf(body: unknown): string | null {
  if (typeof body === 'string') return body;
  if (body && typeof body === 'object' && !Array.isArray(body) && typeof (body as { code?: unknown }).code === 'string') {
    return (body as { code: string }).code;
  }
  return null;
}

export function resultsRoutes(app: FastifyInstance, options: ResultsRouteOptions): void {
  const { manifest, storage, secret, clock } = options;
  app.post('/v1/results', { bodyLimit: options.bodyLimit }, async (request, reply) => {
    const text = codeOf(request.body);
    if (text === null) return sendError(reply, 400, 'bad-request', '请求中没有成绩凭证码：请提交凭证码文字，或 JSON {"code": "RS1…"}');
    const receivedAt = clock();
    const checked = validateCode(text, manifest, receivedAt);
    if (!checked.ok) return sendError(reply, checked.status, checked.error, checked.message);
    let outcome;
    try {
      outcome = await storage.insertResult({ quizId: checked.quiz.id, code: checked.code, sha256: checked.sha256, receivedAt, late: checked.late });
    } catch {
      reply.header('Retry-After', '5');
      const body = storageUnavailable();
      return sendError(reply, 503, body.error, body.message);
    }
    const { result, created } = outcome;
    return reply.code(created ? 201 : 200).send({
      ...signReceipt(secret, result.id, result.receivedAt, result.sha256),
      quizId: result.quizId,
      late: result.late,
      duplicate: !created,
    });
  });
}

/**
 * Organiser endpoints, each behind the quiz's bearer tokens:
 *   GET    /v1/quizzes/:quizId/results?after=<cursor>&limit=<n>   results after a cursor
 *   GET    /v1/quizzes/:quizId/counts                              total and late
 *   DELETE /v1/quizzes/:quizId/results                             delete the quiz's results
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { signReceipt } from '../receipt.ts';
import type { Storage } from '../storage/index.ts';
import { bearerToken, tokenMatches } from '../tokens.ts';
import { sendError, storageUnavailable } from './errors.ts';

export const DEFAULT_PAGE = 500;
export const MAX_PAGE = 1000;

export interface OrganizerRouteOptions {
  storage: Storage;
  secret: string;
}

type QuizRequest = FastifyRequest<{ Params: { quizId: string }; Querystring: Record<string, string | undefined> }>;

const QUIZ_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function unavailable(reply: FastifyReply): FastifyReply {
  const body = storageUnavailable();
  return sendError(reply, 503, body.error, '收集服务暂时无法读取数据库，请稍后再试');
}

export function organizerRoutes(app: FastifyInstance, options: OrganizerRouteOptions): void {
  const { storage, secret } = options;

  /** Answers 400/401/503 itself and returns false unless the request carries a valid token of the quiz. */
  async function authorised(request: QuizRequest, reply: FastifyReply): Promise<boolean> {
    const { quizId } = request.params;
    if (!QUIZ_ID.test(quizId)) {
      sendError(reply, 400, 'bad-quiz-id', '答题编号不对（应为答题文件名，如 niandu-xuefa-kaoshi）');
      return false;
    }
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      reply.header('WWW-Authenticate', 'Bearer');
      sendError(reply, 401, 'token-missing', '缺少组织者令牌（请求头 Authorization: Bearer <令牌>）');
      return false;
    }
    let hashes: string[];
    try {
      hashes = await storage.activeTokenHashes(quizId);
    } catch {
      unavailable(reply);
      return false;
    }
    if (!tokenMatches(token, hashes)) {
      reply.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      sendError(reply, 401, 'token-invalid', '组织者令牌无效、已撤销，或不是这个答题的令牌');
      return false;
    }
    return true;
  }

  app.get('/v1/quizzes/:quizId/results', async (request: QuizRequest, reply) => {
    if (!(await authorised(request, reply))) return reply;
    const after = request.query.after ?? '0';
    const limit = request.query.limit ?? String(DEFAULT_PAGE);
    if (!/^\d{1,15}$/.test(after)) return sendError(reply, 400, 'bad-cursor', 'after 应为上次返回的 nextCursor（非负整数）');
    if (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_PAGE) {
      return sendError(reply, 400, 'bad-limit', `limit 应为 1 到 ${MAX_PAGE} 之间的整数`);
    }
    const quizId = request.params.quizId;
    let rows;
    try {
      rows = await storage.listResults(quizId, Number(after), Number(limit));
    } catch {
      return unavailable(reply);
    }
    const results = rows.map((r) => ({ ...signReceipt(secret, r.id, r.receivedAt, r.sha256), code: r.code, late: r.late }));
    return reply.send({
      quizId,
      results,
      nextCursor: String(rows.length > 0 ? rows[rows.length - 1]!.id : Number(after)),
      hasMore: rows.length === Number(limit),
    });
  });

  app.get('/v1/quizzes/:quizId/counts', async (request: QuizRequest, reply) => {
    if (!(await authorised(request, reply))) return reply;
    try {
      return reply.send({ quizId: request.params.quizId, ...(await storage.countResults(request.params.quizId)) });
    } catch {
      return unavailable(reply);
    }
  });

  app.delete('/v1/quizzes/:quizId/results', async (request: QuizRequest, reply) => {
    if (!(await authorised(request, reply))) return reply;
    try {
      return reply.send({ quizId: request.params.quizId, deleted: await storage.deleteResults(request.params.quizId) });
    } catch {
      return unavailable(reply);
    }
  });
}

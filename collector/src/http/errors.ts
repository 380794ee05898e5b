/**
 * Error answers: every refusal is JSON `{ "error": "<english-code>", "message": "<中文说明>" }`.
 * The error handler turns Fastify's own errors (body too large, bad JSON, wrong content type,
 * rate limit) into the same shape; anything unexpected is a 500 without details.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export interface ErrorBody {
  error: string;
  message: string;
}

export const storageUnavailable = (): ErrorBody => ({
  error: 'storage-unavailable',
  message: '收集服务暂时无法保存，请稍后再试（凭证码仍然有效，也可以直接发给组织者）',
});

/** Sends an error answer. */
export function sendError(reply: FastifyReply, status: number, error: string, message: string): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error, message } satisfies ErrorBody);
}

/** Maps an error thrown before or inside a handler to the JSON answer. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode ?? 500;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendError(reply, 413, 'body-too-large', '提交的内容太大：一次只提交一个成绩凭证码');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendError(reply, 415, 'unsupported-media-type', '请以纯文本（text/plain）或 JSON（{"code": "…"}）提交成绩凭证码');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendError(reply, 400, 'bad-json', '提交的 JSON 无法读取，应为 {"code": "RS1…"}');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendError(reply, 400, 'bad-request', '请求的长度与内容不符');
  }
  if (status === 429) {
    return sendError(reply, 429, 'rate-limited', '提交太频繁，请稍后再试');
  }
  if (status >= 400 && status < 500) {
    return sendError(reply, status, 'bad-request', '请求无法读取');
  }
  // Only the error's class and message: never a request body.
  request.log.error({ err: { type: error.name, message: error.message } }, 'request failed');
  return sendError(reply, 500, 'internal', '收集服务内部错误，请稍后再试');
}

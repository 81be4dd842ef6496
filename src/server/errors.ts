import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AccessDenied } from '../access/policy.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { CursorError } from '../services/pagination.ts';
import { SignInRefused } from '../services/users.service.ts';

/** The one error shape of the API: `{ "error": { "code", "message", "path" } }`. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    path: z.string().nullable(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** An error a handler throws on purpose; it reaches the client as it is. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly path: string | null = null,
  ) {
    super(message);
  }
}

function body(code: string, message: string, path: string | null): ApiError {
  return { error: { code, message, path } };
}

/** `/units/3/forecast/precipMm` (JSON Pointer, as Fastify reports it) → `units[3].forecast.precipMm`. */
function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .reduce((out, segment) => (/^\d+$/.test(segment) ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment), '');
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof HttpError) {
    void reply.code(error.statusCode).send(body(error.code, error.message, error.path));
    return;
  }
  if (error instanceof AccessDenied) {
    void reply.code(error.status).send(body(error.code, error.message, null));
    return;
  }
  if (error instanceof SignInRefused) {
    if (error.retryAfterSeconds !== null) void reply.header('retry-after', String(error.retryAfterSeconds));
    void reply.code(error.status).send(body(error.code, error.message, null));
    return;
  }
  if (error instanceof CursorError) {
    void reply.code(400).send(body('invalid_cursor', error.message, 'cursor'));
    return;
  }
  if (error instanceof WorkflowError) {
    const status = { forbidden: 403, conflict: 409, invalid: 400, 'not-found': 404 }[error.kind];
    void reply.code(status).send(body(error.code, error.message, error.path));
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issue = error.validation[0];
    const where = error.validationContext ?? 'body';
    const path = issue ? pointerToPath(issue.instancePath) : '';
    void reply
      .code(400)
      .send(body('invalid_request', `${where}${path ? `.${path}` : ''}: ${issue?.message ?? '无效'}`, path || null));
    return;
  }
  const status = error.statusCode ?? 500;
  if (status < 500) {
    const [code, message] =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? ['payload_too_large', `请求体过大:此接口最多接受 ${request.routeOptions.bodyLimit ?? 0} 字节`]
        : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? [
              'unsupported_media_type',
              `不支持的内容类型 ${request.headers['content-type'] ?? ''}:请发送 application/json`,
            ]
          : error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError
            ? ['invalid_json', `请求体不是有效的 JSON:${error.message}`]
            : status === 429
              ? ['too_many_requests', '请求过于频繁,请稍后再试']
              : ['bad_request', error.message];
    void reply.code(status).send(body(code, message, null));
    return;
  }
  request.log.error({ err: error }, 'request failed');
  void reply.code(500).send(body('internal', '服务器内部错误,详情见服务器日志', null));
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): void {
  void reply.code(404).send(body('not_found', `没有这个接口:${request.method} ${request.url.split('?')[0]}`, null));
}

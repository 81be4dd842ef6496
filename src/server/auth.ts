import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPublic, rules, type Operation } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';
import { authorize } from '../services/use-case.ts';
import { authenticate } from '../services/users.service.ts';
import { defaultServerOptions, type AppContext, type ServerOptions } from './context.ts';
import { HttpError } from './errors.ts';

export const SESSION_COOKIE = 'nuancheng_session';
export const CSRF_COOKIE = 'nuancheng_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: a signed-in person, or the public. */
    principal: Principal;
    /** The session or token the request came with, if any. */
    credential: string | null;
  }
  interface FastifyContextConfig {
    /** The operation of the access policy this route performs (src/access/policy.ts). */
    operation?: Operation;
  }
}

function cookieOf(request: FastifyRequest, name: string): string | undefined {
  for (const cookie of request.headers.cookie?.split(';') ?? []) {
    const [key, ...value] = cookie.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session cookie and the readable CSRF cookie the console echoes in `X-CSRF-Token` (double submit). */
export function sessionCookies(options: ServerOptions, token: string, maxAgeSeconds: number): string[] {
  const secure = options.publicUrl.startsWith('https://') ? '; Secure' : '';
  const csrf = randomBytes(24).toString('base64url');
  return [
    `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${secure}`,
    `${CSRF_COOKIE}=${csrf}; SameSite=Strict; Path=/; Max-Age=${maxAgeSeconds}${secure}`,
  ];
}

export function clearedCookies(options: ServerOptions): string[] {
  const secure = options.publicUrl.startsWith('https://') ? '; Secure' : '';
  return [
    `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${secure}`,
    `${CSRF_COOKIE}=; SameSite=Strict; Path=/; Max-Age=0${secure}`,
  ];
}

/**
 * The door of the HTTP API, before any body is read: every `/api` route names its operation; the caller is
 * identified (a bearer token, or the session cookie with its CSRF double submit on state changes), and a route that
 * is not public is refused there and then: 401 for nobody signed in, 403 for a role the policy does not name.
 * Presenting a credential that is unknown, expired or revoked is a 401 even on a public route, so a client notices
 * its session has ended rather than silently acting as the public; a browser's ended session also loses its cookies.
 * Only the API acts for someone: the console's pages and files and the docs name no operation and are the same
 * for all, so a stale cookie never turns a page load into a 401.
 */
export function installDoor(
  app: FastifyInstance,
  ctx: AppContext,
  options: ServerOptions = defaultServerOptions,
): void {
  app.decorateRequest('principal', null as never);
  app.decorateRequest('credential', null);

  app.addHook('onRoute', (route) => {
    const operation = route.config?.operation;
    if (!operation) {
      if (route.url.startsWith('/api/') && !route.schema?.hide)
        throw new Error(`${route.method} ${route.url}: an API route names its operation (config.operation)`);
      return;
    }
    if (isPublic(operation)) return;
    // The OpenAPI document says who may, and that a bearer token (or the console's session) is needed.
    route.schema = {
      ...route.schema,
      security: [{ bearerAuth: [] }, { sessionCookie: [] }],
      description: [route.schema?.description, `权限:${rules[operation].zh}(${operation})`]
        .filter(Boolean)
        .join('\n\n'),
    };
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.principal = { kind: 'anonymous', address: request.ip };
    const operation = request.routeOptions.config?.operation;
    if (!operation) return;
    const bearer = bearerOf(request);
    const session = bearer ? undefined : cookieOf(request, SESSION_COOKIE);
    const credential = bearer ?? session;
    if (credential) {
      try {
        request.principal = await authenticate(ctx, credential);
      } catch (error) {
        // The browser forgets an ended session with this answer, so its next request is the public's.
        if (session) void reply.header('set-cookie', clearedCookies(options));
        throw error;
      }
      request.credential = credential;
      if (session && !safeMethods.has(request.method)) {
        const expected = cookieOf(request, CSRF_COOKIE);
        const given = request.headers[CSRF_HEADER];
        if (!expected || given !== expected)
          throw new HttpError(
            403,
            'csrf',
            '缺少或不符的 X-CSRF-Token:以会话 Cookie 登录时,修改操作须在请求头携带 nuancheng_csrf 的值',
          );
      }
    }
    if (!isPublic(operation)) await authorize(ctx, request.principal, operation);
  });
}

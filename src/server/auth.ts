import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, Role } from '../access/roles.ts';
import { actorForCredential } from '../store/users.repository.ts';
import type { AppContext } from './context.ts';
import { HttpError } from './errors.ts';

export const SESSION_COOKIE = 'nuancheng_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null on a public call without credentials. */
    actor: Actor | null;
  }
}

function credentialOf(request: FastifyRequest): { secret: string; from: 'header' | 'cookie' } | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { secret: header.slice('Bearer '.length).trim(), from: 'header' };
  const cookies = request.headers.cookie?.split(';') ?? [];
  for (const cookie of cookies) {
    const [name, ...value] = cookie.trim().split('=');
    if (name === SESSION_COOKIE) return { secret: decodeURIComponent(value.join('=')), from: 'cookie' };
  }
  return undefined;
}

/**
 * Resolves the caller on every request. Presenting a credential that is unknown, expired or revoked is a 401
 * even on a public route, so a client notices its session has ended rather than silently acting as the public.
 */
export function installAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    // Only the API acts for someone: the console's pages and files, the docs and /healthz are the same for all.
    if (!request.url.startsWith('/api/')) return;
    const credential = credentialOf(request);
    if (!credential) return;
    const actor = await actorForCredential(ctx.store.db, credential.secret, new Date());
    if (!actor) {
      // A browser's ended session: the cookie goes with this answer, so its next request is the public's.
      if (credential.from === 'cookie')
        void reply.header('set-cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
      throw new HttpError(
        401,
        'invalid_credentials',
        'the session or token is unknown, expired or revoked; sign in again',
      );
    }
    request.actor = actor;
  });
}

/** The signed-in user, or a 401 naming what is missing. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor)
    throw new HttpError(
      401,
      'unauthenticated',
      'sign in first (POST /api/auth/login) or send an API token as "Authorization: Bearer …"',
    );
  return request.actor;
}

/** The signed-in user if their role is one of `roles`, else 403 naming who may. */
export function requireRole(request: FastifyRequest, roles: readonly Role[], what: string): Actor {
  const actor = requireActor(request);
  if (!roles.includes(actor.role))
    throw new HttpError(403, 'forbidden', `${what} is for ${roles.join(' or ')}, not ${actor.role}`);
  return actor;
}

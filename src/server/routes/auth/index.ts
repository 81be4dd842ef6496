import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hashPassword, verifyPassword } from '../../../access/password.ts';
import {
  createUser,
  findUserByUsername,
  issueCredential,
  listUsers,
  revokeCredential,
} from '../../../store/users.repository.ts';
import { requireActor, requireRole, SESSION_COOKIE } from '../../auth.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import { meView } from './me.ts';
import { Failure, LoginBody, Me, LoginResult, NewUserBody, TokenBody, TokenResult, User, UserList } from './schema.ts';

const SESSION_TTL_MS = 12 * 3600_000;

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; isUnitKnown: (unitId: string) => boolean }> = async (
  app,
  { ctx, isUnitKnown },
) => {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; returns a session token (12 h) and sets the session cookie',
        body: LoginBody,
        response: { 200: LoginResult, 401: Failure },
      },
    },
    async (request, reply) => {
      const user = await findUserByUsername(ctx.store.db, request.body.username);
      // One message for an unknown user and a wrong password, so the API does not reveal which usernames exist.
      if (!user || !user.active || !(await verifyPassword(request.body.password, user.passwordHash))) {
        throw new HttpError(401, 'invalid_login', 'unknown user or wrong password');
      }
      const { passwordHash: _hash, active: _active, ...actor } = user;
      const session = await issueCredential(ctx.store.db, actor.id, 'session', new Date(), { ttlMs: SESSION_TTL_MS });
      void reply.header(
        'set-cookie',
        `${SESSION_COOKIE}=${session.token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_TTL_MS / 1000}`,
      );
      return { token: session.token, expiresAt: session.expiresAt, user: actor };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session (or revoke the token used)',
        response: { 204: z.null(), 401: Failure },
      },
    },
    async (request, reply) => {
      requireActor(request);
      const header = request.headers.authorization;
      const token = header?.startsWith('Bearer ')
        ? header.slice(7).trim()
        : request.headers.cookie?.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))?.[1];
      if (token) await revokeCredential(ctx.store.db, decodeURIComponent(token), new Date());
      void reply.header('set-cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, the role in Chinese and what they may do',
        response: { 200: Me, 401: Failure },
      },
    },
    async (request) => {
      return meView(requireActor(request));
    },
  );

  app.post(
    '/api/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Issue an API token for the signed-in user (shown once)',
        body: TokenBody,
        response: { 201: TokenResult, 401: Failure },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { token } = await issueCredential(ctx.store.db, actor.id, 'api-token', new Date(), {
        label: request.body.label,
      });
      return reply.code(201).send({ token, label: request.body.label });
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['auth'],
        summary: 'Every active user (admin)',
        response: { 200: UserList, 401: Failure, 403: Failure },
      },
    },
    async (request) => {
      requireRole(request, ['admin'], 'listing users');
      return { users: await listUsers(ctx.store.db) };
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a user (admin); a unitLiaison must name its member unit',
        body: NewUserBody,
        response: { 201: User, 400: Failure, 401: Failure, 403: Failure, 409: Failure },
      },
    },
    async (request, reply) => {
      requireRole(request, ['admin'], 'creating users');
      const { username, displayName, role, unitId, password } = request.body;
      if (role === 'unitLiaison' && !unitId)
        throw new HttpError(400, 'unit_required', 'a unitLiaison must name the member unit it speaks for', 'unitId');
      if (role !== 'unitLiaison' && unitId)
        throw new HttpError(400, 'unit_not_allowed', `only a unitLiaison is bound to a unit, not a ${role}`, 'unitId');
      if (unitId && !isUnitKnown(unitId))
        throw new HttpError(400, 'unknown_unit', `no member unit "${unitId}" in the plan (2.1)`, 'unitId');
      if (await findUserByUsername(ctx.store.db, username))
        throw new HttpError(409, 'username_taken', `the username "${username}" is taken`, 'username');
      const user = await createUser(
        ctx.store.db,
        { username, displayName, role, unitId, passwordHash: await hashPassword(password) },
        new Date(),
      );
      return reply.code(201).send(user);
    },
  );
};

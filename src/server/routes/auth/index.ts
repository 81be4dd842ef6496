import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createUserAccount,
  deactivateAccount,
  issueToken,
  listTokens,
  listUserAccounts,
  me,
  resetPassword,
  revokeToken,
  SESSION_TTL_MS,
  signIn,
  signOut,
} from '../../../services/users.service.ts';
import { clearedCookies, sessionCookies } from '../../auth.ts';
import type { AppContext, ServerOptions } from '../../context.ts';
import * as S from './schema.ts';

const tags = ['auth'];
const SMALL = 8 * 1024;

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; options: ServerOptions }> = async (
  app,
  { ctx, options },
) => {
  app.post(
    '/api/auth/login',
    {
      bodyLimit: 4 * 1024,
      config: {
        operation: 'session.start',
        // Slows a flood from one address; the lockout (per username and per address) stops guessing.
        rateLimit: { max: 30, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary: 'Sign in; returns a session token (12 h) and sets the session and CSRF cookies',
        description:
          'Sets the HttpOnly session cookie and the readable `nuancheng_csrf` cookie: a state-changing request signed by the cookie carries `X-CSRF-Token` equal to it. Repeated failures lock the username and the address for a while (429).',
        body: S.LoginBody,
        response: { 200: S.LoginResult, 401: S.Failure, 429: S.Failure },
      },
    },
    async (request, reply) => {
      const session = await signIn(ctx, { ...request.body, address: request.ip });
      void reply.header('set-cookie', sessionCookies(options, session.token, SESSION_TTL_MS / 1000));
      return session;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      bodyLimit: SMALL,
      config: { operation: 'session.end' },
      schema: {
        tags,
        summary: 'End the current session (or revoke the token used)',
        response: { 204: z.null(), 401: S.Failure },
      },
    },
    async (request, reply) => {
      await signOut(ctx, request.principal, request.credential!);
      void reply.header('set-cookie', clearedCookies(options));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: { operation: 'me.read' },
      schema: {
        tags,
        summary: 'The signed-in user, the role in Chinese, and every operation with whether it is theirs',
        response: { 200: S.Me, 401: S.Failure },
      },
    },
    async (request) => me(ctx, request.principal),
  );

  app.post(
    '/api/auth/tokens',
    {
      bodyLimit: SMALL,
      config: { operation: 'tokens.issue' },
      schema: {
        tags,
        summary: 'Issue an API token for the signed-in user (shown once); it expires',
        body: S.TokenBody,
        response: { 201: S.TokenResult, 401: S.Failure },
      },
    },
    async (request, reply) => reply.code(201).send(await issueToken(ctx, request.principal, request.body)),
  );

  app.get(
    '/api/auth/tokens',
    {
      config: { operation: 'tokens.list' },
      schema: {
        tags,
        summary: "Sessions and API tokens still valid: one's own (the administrator: anyone's with ?username=)",
        querystring: S.CredentialQuery,
        response: { 200: S.CredentialList, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) => {
      const { username, all, ...page } = request.query;
      const { items, next } = await listTokens(ctx, request.principal, {
        ...page,
        ...(username ? { username } : {}),
        includeEnded: all === 'true',
      });
      return { tokens: items, next };
    },
  );

  app.delete(
    '/api/auth/tokens/:id',
    {
      config: { operation: 'tokens.revoke' },
      schema: {
        tags,
        summary: "Revoke a session or API token by its id (one's own; the administrator anyone's)",
        params: S.IdParams,
        response: { 200: S.Credential, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => revokeToken(ctx, request.principal, request.params.id),
  );

  app.get(
    '/api/users',
    {
      config: { operation: 'users.list' },
      schema: {
        tags,
        summary: 'Users by username (administrator); ?inactive=true includes the deactivated',
        querystring: S.UserQuery,
        response: { 200: S.UserList, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      const { inactive, ...page } = request.query;
      const { items, next } = await listUserAccounts(ctx, request.principal, {
        ...page,
        includeInactive: inactive === 'true',
      });
      return { users: items, next };
    },
  );

  app.post(
    '/api/users',
    {
      bodyLimit: SMALL,
      config: { operation: 'users.create' },
      schema: {
        tags,
        summary: 'Create a user (administrator); a unitLiaison names its member unit; the password meets the policy',
        body: S.NewUserBody,
        response: { 201: S.User, 400: S.Failure, 401: S.Failure, 403: S.Failure, 409: S.Failure },
      },
    },
    async (request, reply) => reply.code(201).send(await createUserAccount(ctx, request.principal, request.body)),
  );

  app.post(
    '/api/users/:id/password',
    {
      bodyLimit: SMALL,
      config: { operation: 'users.resetPassword' },
      schema: {
        tags,
        summary: "Set a user's new password (administrator); their sessions and tokens end",
        params: S.IdParams,
        body: S.PasswordBody,
        response: { 200: S.Revoked, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) => resetPassword(ctx, request.principal, { id: request.params.id }, request.body.password),
  );

  app.post(
    '/api/users/:id/deactivate',
    {
      bodyLimit: SMALL,
      config: { operation: 'users.deactivate' },
      schema: {
        tags,
        summary: 'Deactivate a user (administrator): no more sign-in; their sessions and tokens end at once',
        params: S.IdParams,
        response: { 200: S.Revoked, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => deactivateAccount(ctx, request.principal, { id: request.params.id }),
  );
};

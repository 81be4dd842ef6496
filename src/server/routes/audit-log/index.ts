import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAuditEntries } from '../../../services/audit-log.service.ts';
import type { AppContext } from '../../context.ts';
import { AuditListQuery, AuditPage, Failure } from './schema.ts';

export const auditLogRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/audit/entries',
    {
      config: { operation: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary:
          'The audit log, newest first, a page at a time (limit, cursor → next); filter by action, subject, actor',
        querystring: AuditListQuery,
        response: { 200: AuditPage, 400: Failure, 401: Failure, 403: Failure },
      },
    },
    async (request) => {
      const { limit, cursor, action, subjectType, actor } = request.query;
      return listAuditEntries(ctx, request.principal, {
        limit,
        cursor,
        ...(action ? { actionPrefix: action } : {}),
        ...(subjectType ? { subjectType } : {}),
        ...(actor ? { actor } : {}),
      });
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  cancelDraft,
  changeDraft,
  confirmDraft,
  draftView,
  listDrafts,
} from '../../../services/warning-drafts.service.ts';
import type { AppContext } from '../../context.ts';
import { messageView } from '../warnings/present.ts';
import * as S from './schema.ts';

const tags = ['warnings'];
const SMALL = 16 * 1024;

/**
 * The warnings a grading implies, drafted for the duty officer (3.3.2: nothing is published without a person):
 * list, look (with the CAP message and each channel's text), confirm, change, cancel.
 */
export const warningDraftRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/warning-drafts',
    {
      config: { operation: 'warningDrafts.read' },
      schema: {
        tags,
        summary: 'Warning drafts, newest first (state=draft: those awaiting the duty officer)',
        querystring: S.DraftQuery,
        response: { 200: S.DraftList, 400: S.Failure, 401: S.Failure, 403: S.Failure },
      },
    },
    async (request) => {
      const { state, ...page } = request.query;
      const { items, next } = await listDrafts(ctx, request.principal, { ...page, ...(state ? { state } : {}) });
      return { drafts: items, next };
    },
  );

  app.get(
    '/api/warning-drafts/:id',
    {
      config: { operation: 'warningDrafts.read' },
      schema: {
        tags,
        summary: 'One draft with what confirming it now would publish: the CAP message and each channel’s text',
        params: S.DraftParams,
        querystring: S.PreviewQuery,
        response: { 200: S.DraftDetail, 401: S.Failure, 403: S.Failure, 404: S.Failure },
      },
    },
    async (request) =>
      draftView(ctx, request.principal, request.params.id, { majorImpact: request.query.majorImpact === 'true' }),
  );

  app.post(
    '/api/warning-drafts/:id/confirm',
    {
      bodyLimit: SMALL,
      config: { operation: 'warningDrafts.decide' },
      schema: {
        tags,
        summary: 'The duty officer confirms a draft: the warning is issued, updated or cancelled (3.3.2)',
        params: S.DraftParams,
        body: S.ConfirmBody,
        response: { 201: S.Confirmed, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request, reply) => {
      const { draft, message } = await confirmDraft(ctx, request.principal, request.params.id, request.body);
      return reply.code(201).send({ draft, message: messageView(message) });
    },
  );

  app.post(
    '/api/warning-drafts/:id/change',
    {
      bodyLimit: SMALL,
      config: { operation: 'warningDrafts.decide' },
      schema: {
        tags,
        summary: 'The duty officer changes a draft’s level, divisions or end of validity before confirming it',
        params: S.DraftParams,
        body: S.ChangeBody,
        response: { 200: S.Draft, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => changeDraft(ctx, request.principal, request.params.id, request.body),
  );

  app.post(
    '/api/warning-drafts/:id/cancel',
    {
      bodyLimit: SMALL,
      config: { operation: 'warningDrafts.decide' },
      schema: {
        tags,
        summary: 'The duty officer decides not to publish a draft, with the reason',
        params: S.DraftParams,
        body: S.CancelBody,
        response: { 200: S.Draft, 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure, 409: S.Failure },
      },
    },
    async (request) => cancelDraft(ctx, request.principal, request.params.id, request.body.reason),
  );
};

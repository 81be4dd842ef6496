import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ledgerTaskReminders,
  removeUnitContact,
  setUnitContact,
  unitContacts,
} from '../../../services/ledger-contacts.service.ts';
import type { AppContext } from '../../context.ts';
import * as S from './schema.ts';

const tags = ['ledger'];
const SMALL = 4 * 1024;
const refusals = { 400: S.Failure, 401: S.Failure, 403: S.Failure, 404: S.Failure };

/** Who the ledger's reminders reach (each unit's liaisons and head), and the reminders a task was sent. */
export const ledgerContactRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/ledger/contacts',
    {
      config: { operation: 'ledger.contacts.read' },
      schema: {
        tags,
        summary: "The units' ledger contacts (liaisons and heads), of one unit when asked",
        querystring: S.ContactQuery,
        response: { 200: S.ContactList, ...refusals },
      },
    },
    async (request) => ({ contacts: await unitContacts(ctx, request.principal, request.query.unit) }),
  );

  app.put(
    '/api/ledger/contacts/:unit/:kind/:name',
    {
      bodyLimit: SMALL,
      config: { operation: 'ledger.contacts.manage' },
      schema: {
        tags,
        summary: "Adds a unit's liaison or head, or replaces the phone and e-mail of one of that name",
        params: S.ContactParams,
        body: S.ContactBody,
        response: { 200: S.Contact, ...refusals },
      },
    },
    async (request) => {
      const { unit, kind, name } = request.params;
      return setUnitContact(ctx, request.principal, unit, kind, name, request.body);
    },
  );

  app.delete(
    '/api/ledger/contacts/:unit/:kind/:name',
    {
      config: { operation: 'ledger.contacts.manage' },
      schema: {
        tags,
        summary: "Removes a unit's contact",
        params: S.ContactParams,
        response: { 200: S.Removed, ...refusals },
      },
    },
    async (request) => {
      const { unit, kind, name } = request.params;
      return removeUnitContact(ctx, request.principal, unit, kind, name);
    },
  );

  app.get(
    '/api/ledger/tasks/:id/reminders',
    {
      config: { operation: 'ledger.contacts.read' },
      schema: {
        tags,
        summary: 'The reminders recorded for a task: queued, or no_contact / no_channel when nothing could be sent',
        params: S.TaskParams,
        response: { 200: S.ReminderList, ...refusals },
      },
    },
    async (request) => ({ reminders: await ledgerTaskReminders(ctx, request.principal, request.params.id) }),
  );
};

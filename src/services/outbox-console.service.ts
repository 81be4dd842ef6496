import type { Principal } from '../access/principal.ts';
import { readSubscriberList } from '../alerts/dissemination/subscriber-rows.ts';
import { listEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { deadErrors, outboxCounts } from '../store/outbox-status.repository.ts';
import { countSmsSubscribers } from '../store/sms-subscribers.repository.ts';
import { messagesOf } from '../store/warnings.repository.ts';
import type { ServiceContext } from './context.ts';
import { writeSubscribers } from './outbox.service.ts';
import { change, read } from './use-case.ts';

export interface EndpointProgress {
  endpointId: string;
  kind: string | null;
  sent: number;
  pending: number;
  dead: number;
  lastSentAt: string | null;
  nextAttemptAt: string | null;
}

type Status = 'sent' | 'pending' | 'dead';

/** How far a warning's messages have gone out, per endpoint: sent, waiting (pending), given up (dead). */
export async function warningOutboxProgress(ctx: ServiceContext, principal: Principal, warningId: string) {
  return read(ctx, principal, 'warningOutbox.read', async (db) => {
    const kinds = new Map((await listEndpointRoutes(db)).map((endpoint) => [endpoint.id, endpoint.kind]));
    const byEndpoint = new Map<string, EndpointProgress>();
    // The outbox is keyed by CAP message: the warning's Alert, Updates and Cancel each have their own messages.
    const messages = await messagesOf(db, warningId);
    const counts = (await Promise.all(messages.map((message) => outboxCounts(db, message.id)))).flat();
    for (const count of counts) {
      const entry = byEndpoint.get(count.endpointId) ?? {
        endpointId: count.endpointId,
        kind: kinds.get(count.endpointId) ?? null,
        sent: 0,
        pending: 0,
        dead: 0,
        lastSentAt: null,
        nextAttemptAt: null,
      };
      entry[count.status] += count.messages;
      if (count.status === 'sent') entry.lastSentAt = count.at;
      if (count.status === 'pending') entry.nextAttemptAt = count.at;
      byEndpoint.set(count.endpointId, entry);
    }
    const endpoints = [...byEndpoint.values()];
    const total = (key: Status) => endpoints.reduce((sum, entry) => sum + entry[key], 0);
    return { warningId, endpoints, totals: { sent: total('sent'), pending: total('pending'), dead: total('dead') } };
  });
}

/** The channels as configured at start (secrets never leave the server), what waits and what was given up. */
export async function channelSettings(ctx: ServiceContext, principal: Principal) {
  return read(ctx, principal, 'channels.read', async (db) => {
    const [counts, errors, endpoints] = await Promise.all([outboxCounts(db), deadErrors(db), listEndpointRoutes(db)]);
    const countOf = (endpointId: string, status: Status) =>
      counts
        .filter((count) => count.endpointId === endpointId && count.status === status)
        .reduce((sum, count) => sum + count.messages, 0);
    return {
      endpoints: endpoints.map((endpoint) => ({
        id: endpoint.id,
        kind: endpoint.kind,
        channels: endpoint.channels,
        reportsTo: endpoint.reportsTo,
        addresses: endpoint.addresses,
        pending: countOf(endpoint.id, 'pending'),
        dead: countOf(endpoint.id, 'dead'),
        lastErrors: errors
          .filter((error) => error.endpointId === endpoint.id)
          .map(({ error, messages }) => ({ error, messages })),
      })),
      smsSubscribers: await countSmsSubscribers(db),
    };
  });
}

/**
 * Adds or moves SMS subscribers from a CSV text (`phone,division_code`), the administrator's upload. Every line is
 * checked first, and a county outside the city is refused too; with any problem nothing is written and each
 * refused line is named.
 */
export async function importSmsSubscriberList(ctx: ServiceContext, principal: Principal, text: string) {
  const divisionCodes = [ctx.geography.cityCode, ...ctx.geography.divisions.map((division) => division.code)];
  return change(ctx, principal, 'subscribers.import', async (step) => {
    const list = readSubscriberList(text, divisionCodes);
    const { problems, problemCount } = list;
    if (problemCount > 0) return { imported: 0, lines: list.lines, problems, problemCount };
    const imported = await writeSubscribers(step, list.rows, 'upload');
    return { imported, lines: list.lines, problems, problemCount };
  });
}

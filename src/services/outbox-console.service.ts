import type { Kysely } from 'kysely';
import type { Actor } from '../access/roles.ts';
import {
  isSubscriberHeader,
  readSubscriberLine,
  subscriberHeader,
  type SubscriberRow,
} from '../alerts/dissemination/subscriber-rows.ts';
import { appendAudit } from '../store/audit.repository.ts';
import { listEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { deadErrors, outboxCounts } from '../store/outbox-status.repository.ts';
import type { Database } from '../store/schema.ts';
import { countSmsSubscribers, upsertSmsSubscribers } from '../store/sms-subscribers.repository.ts';
import { messagesOf } from '../store/warnings.repository.ts';
import { checkOperation } from './access-check.ts';
import { actorName } from './workflow-context.ts';

export interface EndpointProgress {
  endpointId: string;
  kind: string | null;
  sent: number;
  pending: number;
  dead: number;
  lastSentAt: string | null;
  nextAttemptAt: string | null;
}

/** How far a warning's messages have gone out, per endpoint: sent, waiting (pending), given up (dead). */
export async function warningOutboxProgress(db: Kysely<Database>, actor: Actor, warningId: string) {
  checkOperation(actor, 'warningOutbox.read');
  const kinds = new Map((await listEndpointRoutes(db)).map((endpoint) => [endpoint.id, endpoint.kind]));
  const byEndpoint = new Map<string, EndpointProgress>();
  // The outbox is keyed by CAP message: the warning's Alert, Updates and Cancel each have their own messages.
  const counts = (await Promise.all((await messagesOf(db, warningId)).map((m) => outboxCounts(db, m.id)))).flat();
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
  const total = (key: 'sent' | 'pending' | 'dead') => endpoints.reduce((sum, entry) => sum + entry[key], 0);
  return { warningId, endpoints, totals: { sent: total('sent'), pending: total('pending'), dead: total('dead') } };
}

/** The channels as configured at start (secrets never leave the server), what waits and what was given up. */
export async function channelSettings(db: Kysely<Database>, actor: Actor) {
  checkOperation(actor, 'channels.read');
  const counts = await outboxCounts(db);
  const errors = await deadErrors(db);
  return {
    endpoints: (await listEndpointRoutes(db)).map((endpoint) => ({
      id: endpoint.id,
      kind: endpoint.kind,
      channels: endpoint.channels,
      reportsTo: endpoint.reportsTo,
      addresses: endpoint.addresses,
      pending: counts
        .filter((c) => c.endpointId === endpoint.id && c.status === 'pending')
        .reduce((s, c) => s + c.messages, 0),
      dead: counts
        .filter((c) => c.endpointId === endpoint.id && c.status === 'dead')
        .reduce((s, c) => s + c.messages, 0),
      lastErrors: errors
        .filter((e) => e.endpointId === endpoint.id)
        .map(({ error, messages }) => ({ error, messages })),
    })),
    smsSubscribers: await countSmsSubscribers(db),
  };
}

const maxReportedProblems = 100;

/**
 * Adds or moves SMS subscribers from a CSV text (`phone,division_code`). Every line is checked first, and a
 * county outside the city is refused too; with any problem nothing is written and each refused line is named.
 */
export async function importSmsSubscribers(
  db: Kysely<Database>,
  actor: Actor,
  text: string,
  divisionCodes: readonly string[],
  now: Date,
) {
  checkOperation(actor, 'subscribers.import');
  const lines = text.split(/\r?\n/);
  const problems: Array<{ line: number; problem: string }> = [];
  const rows: SubscriberRow[] = [];
  if (!isSubscriberHeader(lines[0] ?? ''))
    problems.push({ line: 1, problem: `expected the header "${subscriberHeader}"` });
  lines.slice(1).forEach((line, index) => {
    const row = readSubscriberLine(line);
    if (row === null) return;
    if ('problem' in row) problems.push({ line: index + 2, problem: row.problem });
    else if (!divisionCodes.includes(row.divisionCode))
      problems.push({ line: index + 2, problem: `"${row.divisionCode}" is not a division of the city` });
    else rows.push(row);
  });
  if (problems.length > 0)
    return {
      imported: 0,
      lines: rows.length + problems.length,
      problems: problems.slice(0, maxReportedProblems),
      problemCount: problems.length,
    };
  const imported = await upsertSmsSubscribers(db, rows);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      at: now.toISOString(),
      actor: actorName(actor),
      action: 'sms.subscribers.imported',
      subjectType: 'sms-subscribers',
      subjectId: 'list',
      payload: { imported },
    }),
  );
  return { imported, lines: rows.length, problems: [], problemCount: 0 };
}

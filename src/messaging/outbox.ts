import type { Kysely } from 'kysely';
import { disseminationFor, type Dissemination } from '../alerts/dissemination/dissemination.ts';
import { payloadId } from '../alerts/dissemination/idempotency.ts';
import type { WarningForDissemination } from '../alerts/dissemination/warning.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import { divisionNames, listEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import {
  insertMessages,
  insertNewPayloads,
  insertSmsMessagesForArea,
  refreshOutboxStatistics,
  type NewPayload,
} from '../store/outbox.repository.ts';
import type { Database } from '../store/schema.ts';

export type { WarningForDissemination } from '../alerts/dissemination/warning.ts';

/** From this many SMS at once the outbox's statistics are refreshed (a city's worth changes the table). */
const bulkQueue = 50_000;

/**
 * Queues a warning's messages in the caller's transaction, so the warning and everything it must send commit
 * together or not at all; the dispatcher sends them afterwards. Routing follows the plan (3.3.2 first report by
 * level, 3.3.4 public channels and the full-network SMS rule) over the endpoints the last start configured.
 *
 * An `Exercise` warning (a drill, a replay) queues nothing: what is never queued can never leave through a real
 * channel, whatever the dispatcher or its configuration does.
 *
 * Queueing is idempotent: committing the same warning message (CAP identifier) again adds nothing.
 */
export async function enqueueWarningDissemination(
  trx: Kysely<Database>,
  warning: WarningForDissemination,
  plan: MeteoPlan,
  now: Date = new Date(),
): Promise<{ messages: number }> {
  if (warning.status === 'Exercise') return { messages: 0 };
  const [endpoints, names] = await Promise.all([listEndpointRoutes(trx), divisionNames(trx)]);
  const dissemination = disseminationFor(warning, plan, endpoints, names);
  const sms = dissemination.sms;
  const payloads = [
    ...dissemination.deliveries.map((delivery) => payloadRow(warning, dissemination, delivery, now)),
    ...(sms ? [payloadRow(warning, dissemination, { ...sms, purpose: 'public', kind: 'sms' }, now)] : []),
  ];
  const fresh = await insertNewPayloads(trx, payloads);
  let messages = 0;
  for (const delivery of dissemination.deliveries) {
    const id = payloadId(warning.identifier, delivery.endpointId);
    if (fresh.has(id))
      messages += await insertMessages(
        trx,
        { id, endpointId: delivery.endpointId, recipients: delivery.recipients },
        now,
      );
  }
  if (sms) {
    const id = payloadId(warning.identifier, sms.endpointId);
    const queued = fresh.has(id)
      ? await insertSmsMessagesForArea(trx, { id, endpointId: sms.endpointId, area: sms.area }, now)
      : 0;
    if (queued >= bulkQueue) await refreshOutboxStatistics(trx);
    messages += queued;
  }
  return { messages };
}

function payloadRow(
  warning: WarningForDissemination,
  dissemination: Dissemination,
  delivery: Pick<Dissemination['deliveries'][number], 'endpointId' | 'kind' | 'purpose' | 'clause' | 'content'>,
  now: Date,
): NewPayload {
  return {
    id: payloadId(warning.identifier, delivery.endpointId),
    warning_id: warning.id,
    identifier: warning.identifier,
    endpoint_id: delivery.endpointId,
    kind: delivery.kind,
    purpose: delivery.purpose,
    content: JSON.stringify(delivery.content),
    routing: JSON.stringify({
      clause: delivery.clause,
      firstReport: delivery.purpose === 'firstReport' ? dissemination.firstReport : undefined,
      fullNetworkSms: delivery.kind === 'sms' ? dissemination.fullNetworkSms : undefined,
    }),
    created_at: now.toISOString(),
  };
}

import type { Kysely } from 'kysely';
import { payloadId } from '../alerts/dissemination/idempotency.ts';
import { noticeContent, type Notice } from '../alerts/dissemination/notice.ts';
import { listEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { insertMessages, insertNewPayloads } from '../store/outbox.repository.ts';
import type { Database } from '../store/schema.ts';

export type { Notice } from '../alerts/dissemination/notice.ts';

/**
 * Queues a notice, in the caller's transaction, to every configured endpoint that receives its kind; the
 * dispatcher sends it like a warning's message (retries, receipts, idempotency key `<key>/<endpoint>[/<to>]`).
 * Queueing the same key again adds nothing. Returns the endpoints it was queued for (none configured: []).
 */
export async function enqueueNotice(trx: Kysely<Database>, notice: Notice, now: Date): Promise<string[]> {
  const endpoints = (await listEndpointRoutes(trx)).filter(
    (endpoint) => endpoint.kind !== 'sms' && (endpoint.notices ?? []).includes(notice.kind),
  );
  const fresh = await insertNewPayloads(
    trx,
    endpoints.map((endpoint) => ({
      id: payloadId(notice.key, endpoint.id),
      // A notice belongs to no warning: its key stands where a warning's id and CAP identifier would.
      warning_id: notice.key,
      identifier: notice.key,
      endpoint_id: endpoint.id,
      kind: endpoint.kind,
      purpose: 'notice',
      content: JSON.stringify(noticeContent(endpoint.kind as 'email' | 'wecom' | 'webhook', notice)),
      routing: JSON.stringify({ notice: notice.kind }),
      created_at: now.toISOString(),
    })),
  );
  const queued: string[] = [];
  for (const endpoint of endpoints) {
    const id = payloadId(notice.key, endpoint.id);
    if (!fresh.has(id)) continue;
    const recipients = endpoint.kind === 'email' ? [...new Set(endpoint.addresses)] : [''];
    await insertMessages(trx, { id, endpointId: endpoint.id, recipients }, now);
    queued.push(endpoint.id);
  }
  return queued;
}

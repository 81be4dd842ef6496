import type { Principal } from '../access/principal.ts';
import type { DispatchLogger } from '../messaging/dispatcher.ts';
import { setUpDissemination, type DisseminationSetup } from '../messaging/dissemination-setup.ts';
import { deadErrors, outboxCounts, pruneSent, requeueDead } from '../store/outbox-status.repository.ts';
import { writeSmsSubscribers, type SmsSubscriber } from '../store/sms-subscribers.repository.ts';
import type { ServiceContext } from './context.ts';
import { change, read, type Step } from './use-case.ts';

export type { SmsSubscriber } from '../store/sms-subscribers.repository.ts';

/** Messages by endpoint and status, and why given-up messages failed (the local operator's view). */
export async function outboxStatus(ctx: ServiceContext, principal: Principal, warningMessageId?: string) {
  return read(ctx, principal, 'outbox.read', async (db) => {
    const [counts, errors] = await Promise.all([outboxCounts(db, warningMessageId), deadErrors(db)]);
    return { counts, deadErrors: errors };
  });
}

/** Queues given-up messages again, their attempts reset (after an endpoint was fixed). */
export async function requeueOutbox(ctx: ServiceContext, principal: Principal, endpointId?: string): Promise<number> {
  return change(ctx, principal, 'outbox.manage', async ({ trx, at, audit }) => {
    const requeued = await requeueDead(trx, at, endpointId);
    if (requeued > 0)
      await audit({
        action: 'outbox.requeued',
        subjectType: 'outbox',
        subjectId: endpointId ?? '*',
        payload: { messages: requeued },
      });
    return requeued;
  });
}

/** Deletes messages sent before a time (their receipts stay in the audit log). */
export async function pruneOutbox(ctx: ServiceContext, principal: Principal, before: Date): Promise<number> {
  return change(ctx, principal, 'outbox.manage', async ({ trx, audit }) => {
    const pruned = await pruneSent(trx, before);
    await audit({
      action: 'outbox.pruned',
      subjectType: 'outbox',
      subjectId: '*',
      payload: { sentBefore: before.toISOString(), messages: pruned },
    });
    return pruned;
  });
}

/** Adds or moves the full-network SMS subscribers (3.3.4), in chunks, recorded in the audit log. */
export async function importSmsSubscribers(
  ctx: ServiceContext,
  principal: Principal,
  rows: AsyncIterable<SmsSubscriber>,
  source: string,
): Promise<number> {
  return change(ctx, principal, 'subscribers.import', (step) => writeSubscribers(step, rows, source));
}

/** The writing step of a subscriber import (the CLI's file, the console's upload) with its audit entry. */
export async function writeSubscribers(
  { trx, audit }: Step,
  rows: Iterable<SmsSubscriber> | AsyncIterable<SmsSubscriber>,
  source: string,
): Promise<number> {
  const total = await writeSmsSubscribers(trx, rows);
  await audit({
    action: 'outbox.subscribers.imported',
    subjectType: 'outbox',
    subjectId: source,
    payload: { total },
  });
  return total;
}

/** Reads the channel configuration and builds the dispatcher that sends the outbox (the operator's or the server's). */
export async function dissemination(
  ctx: ServiceContext,
  principal: Principal,
  options: { env: NodeJS.ProcessEnv; dataDir: string; logger: DispatchLogger },
): Promise<DisseminationSetup> {
  return read(ctx, principal, 'outbox.manage', (db) =>
    setUpDissemination({ db, plan: ctx.plans.meteo().plan, now: ctx.clock, ...options }),
  );
}

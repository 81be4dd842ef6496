import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface SmsSubscriber {
  phone: string;
  divisionCode: string;
}

// Two parameters a row: 8,000 rows stay well under SQLite's 32,766 parameters per statement.
const rowsPerStatement = 8_000;

/**
 * Adds or moves subscribers (a phone's division is the latest one given), in one transaction per call. Takes any
 * iterable so a caller can stream a large list in slices without holding it all.
 */
export async function upsertSmsSubscribers(
  db: Kysely<Database>,
  subscribers: Iterable<SmsSubscriber> | AsyncIterable<SmsSubscriber>,
): Promise<number> {
  return db.transaction().execute((trx) => writeSmsSubscribers(trx, subscribers));
}

/** `upsertSmsSubscribers` inside a transaction the caller holds; the rows may be streamed. */
export async function writeSmsSubscribers(
  trx: Kysely<Database>,
  subscribers: Iterable<SmsSubscriber> | AsyncIterable<SmsSubscriber>,
): Promise<number> {
  let count = 0;
  let chunk: SmsSubscriber[] = [];
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const byPhone = new Map(chunk.map((subscriber) => [subscriber.phone, subscriber.divisionCode]));
    await trx
      .insertInto('sms_subscribers')
      .values([...byPhone].map(([phone, division]) => ({ phone, division_code: division })))
      .onConflict((oc) => oc.column('phone').doUpdateSet((eb) => ({ division_code: eb.ref('excluded.division_code') })))
      .execute();
    count += byPhone.size;
    chunk = [];
  };
  // A plain list is walked without an await per row: a city-wide list has millions.
  if (Symbol.asyncIterator in subscribers) {
    for await (const subscriber of subscribers) {
      chunk.push(subscriber);
      if (chunk.length === rowsPerStatement) await flush();
    }
  } else {
    for (const subscriber of subscribers) {
      chunk.push(subscriber);
      if (chunk.length === rowsPerStatement) await flush();
    }
  }
  await flush();
  return count;
}

export async function countSmsSubscribers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('sms_subscribers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

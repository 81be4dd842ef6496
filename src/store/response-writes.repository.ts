import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { toObligation, toProposal, toResponse, toTask } from './response.repository.ts';
import type {
  AftermathRecordsTable,
  OrdersTable,
  ProposalsTable,
  ReportObligationsTable,
  ResponsesTable,
  UnitReportsTable,
  UnitTasksTable,
} from './tables/response.ts';

/** Inserts a proposal unless the same change is pending (its `pending_key`); true when this one was written. */
export async function insertProposal(trx: Kysely<Database>, row: ProposalsTable): Promise<boolean> {
  const inserted = await trx
    .insertInto('proposals')
    .values(row)
    .onConflict((oc) => oc.column('pending_key').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function pendingProposalByKey(trx: Kysely<Database>, pendingKey: string) {
  const row = await trx
    .selectFrom('proposals')
    .selectAll()
    .where('pending_key', '=', pendingKey)
    .executeTakeFirstOrThrow();
  return toProposal(row);
}

/** Marks a pending proposal decided, only if it is still pending: of two deciders at once, one wins. */
export async function decideProposal(
  trx: Kysely<Database>,
  id: string,
  decision: { status: 'signed' | 'rejected'; decidedBy: string; decidedAt: string; reason: string | null },
): Promise<boolean> {
  const result = await trx
    .updateTable('proposals')
    .set({
      status: decision.status,
      pending_key: null,
      decided_by: decision.decidedBy,
      decided_at: decision.decidedAt,
      rejection_reason: decision.reason,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function attachProposalToResponse(
  trx: Kysely<Database>,
  proposalId: string,
  responseId: string,
): Promise<void> {
  await trx.updateTable('proposals').set({ response_id: responseId }).where('id', '=', proposalId).execute();
}

/** Every other pending proposal was made for the state before an order: they are superseded by it. */
export async function supersedePendingProposals(
  trx: Kysely<Database>,
  exceptId: string,
  at: string,
): Promise<string[]> {
  const rows = await trx
    .updateTable('proposals')
    .set({ status: 'superseded', pending_key: null, decided_at: at })
    .where('status', '=', 'pending')
    .where('id', '!=', exceptId)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function insertResponse(trx: Kysely<Database>, row: ResponsesTable): Promise<void> {
  await trx.insertInto('responses').values(row).execute();
}

export async function updateResponse(
  trx: Kysely<Database>,
  id: string,
  change: Pick<ResponsesTable, 'level' | 'highest_level' | 'hazards' | 'status' | 'active_key' | 'ended_at'>,
): Promise<void> {
  await trx.updateTable('responses').set(change).where('id', '=', id).execute();
}

export async function responseById(trx: Kysely<Database>, id: string) {
  return toResponse(await trx.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

export async function insertOrder(trx: Kysely<Database>, row: OrdersTable): Promise<void> {
  await trx.insertInto('orders').values(row).execute();
}

/** The open tasks of a response end when a new level's tasks replace them, or the response ends. */
export async function endOpenTasks(
  trx: Kysely<Database>,
  responseId: string,
  status: 'superseded' | 'closed',
): Promise<void> {
  await trx
    .updateTable('unit_tasks')
    .set({ status })
    .where('response_id', '=', responseId)
    .where('status', '=', 'open')
    .execute();
}

export async function insertTask(trx: Kysely<Database>, row: UnitTasksTable): Promise<void> {
  await trx.insertInto('unit_tasks').values(row).execute();
}

export async function taskById(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('unit_tasks').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toTask(row);
}

/** Acknowledges an open task; false when it is no longer open (someone else acted a moment ago). */
export async function acknowledgeOpenTask(trx: Kysely<Database>, id: string, by: string, at: string): Promise<boolean> {
  const updated = await trx
    .updateTable('unit_tasks')
    .set({ status: 'acknowledged', acknowledged_by: by, acknowledged_at: at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Marks open tasks past their due time escalated, once each; returns them. */
export async function escalateOverdue(trx: Kysely<Database>, at: string) {
  const rows = await trx
    .updateTable('unit_tasks')
    .set({ escalated_at: at })
    .where('status', '=', 'open')
    .where('due_at', '<', at)
    .where('escalated_at', 'is', null)
    .returningAll()
    .execute();
  return rows.map(toTask);
}

export async function insertObligation(trx: Kysely<Database>, row: ReportObligationsTable): Promise<void> {
  await trx.insertInto('report_obligations').values(row).execute();
}

export async function obligationById(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('report_obligations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toObligation(row);
}

/** Records a report as made, only if it was still open. */
export async function fileOpenObligation(
  trx: Kysely<Database>,
  id: string,
  filing: { at: string; by: string; content: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('report_obligations')
    .set({ filed_at: filing.at, filed_by: filing.by, content: filing.content })
    .where('id', '=', id)
    .where('filed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertUnitReport(trx: Kysely<Database>, row: UnitReportsTable): Promise<void> {
  await trx.insertInto('unit_reports').values(row).execute();
}

/** Records the 5.2 investigation of a response once; false when it is already recorded. */
export async function insertAftermath(trx: Kysely<Database>, row: AftermathRecordsTable): Promise<boolean> {
  const inserted = await trx
    .insertInto('aftermath_records')
    .values(row)
    .onConflict((oc) => oc.column('response_id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

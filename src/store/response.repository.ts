import { sql, type Kysely } from 'kysely';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import type { OrderKind } from '../plans/meteo/response.schema.ts';
import type { ProposalStatus } from '../response/decisions.ts';
import { after, pageOf, type Page, type PageRequest } from './pagination.ts';
import type { Database } from './schema.ts';
import type {
  OrdersTable,
  ProposalsTable,
  ReportObligationsTable,
  ResponsesTable,
  UnitTasksTable,
} from './tables/response.ts';

export interface ResponseRecord {
  id: string;
  planId: string;
  planVersion: string;
  planHash: string;
  level: Level | null;
  highestLevel: Level;
  hazards: HazardKey[];
  status: 'active' | 'ended';
  startedAt: string;
  endedAt: string | null;
}

export interface ProposalRecord {
  id: string;
  responseId: string | null;
  orderKind: OrderKind;
  fromLevel: Level | null;
  toLevel: Level | null;
  hazards: HazardKey[];
  source: 'grading' | 'assessment' | 'regionResponse';
  assessmentId: string | null;
  justification: string | null;
  sourceReference: string | null;
  conditionClause: string;
  signerRole: string;
  proposedBy: string;
  proposedAt: string;
  status: ProposalStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  rejectionReason: string | null;
  planVersion: string;
}

export interface OrderRecord {
  id: string;
  responseId: string;
  proposalId: string;
  kind: OrderKind;
  fromLevel: Level | null;
  toLevel: Level | null;
  title: string;
  signerRole: string;
  signedBy: string;
  signedAt: string;
  clause: string;
  planVersion: string;
}

export interface UnitTaskRecord {
  id: string;
  responseId: string;
  orderId: string;
  unitId: string;
  unitName: string;
  level: Level;
  duties: Array<{ clause: string; text: string }>;
  dueAt: string;
  status: UnitTasksTable['status'];
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  escalatedAt: string | null;
}

export interface ObligationRecord {
  id: string;
  responseId: string;
  orderId: string;
  kind: string;
  to: string[];
  dueAt: string | null;
  clause: string;
  text: string;
  filedAt: string | null;
  filedBy: string | null;
  content: string | null;
}

export const toResponse = (row: ResponsesTable): ResponseRecord => ({
  id: row.id,
  planId: row.plan_id,
  planVersion: row.plan_version,
  planHash: row.plan_hash,
  level: row.level as Level | null,
  highestLevel: row.highest_level as Level,
  hazards: JSON.parse(row.hazards) as HazardKey[],
  status: row.status,
  startedAt: row.started_at,
  endedAt: row.ended_at,
});

export const toProposal = (row: ProposalsTable): ProposalRecord => ({
  id: row.id,
  responseId: row.response_id,
  orderKind: row.order_kind as OrderKind,
  fromLevel: row.from_level as Level | null,
  toLevel: row.to_level as Level | null,
  hazards: JSON.parse(row.hazards) as HazardKey[],
  source: row.source as ProposalRecord['source'],
  assessmentId: row.assessment_id,
  justification: row.justification,
  sourceReference: row.source_reference,
  conditionClause: row.condition_clause,
  signerRole: row.signer_role,
  proposedBy: row.proposed_by,
  proposedAt: row.proposed_at,
  status: row.status as ProposalStatus,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
  rejectionReason: row.rejection_reason,
  planVersion: row.plan_version,
});

export const toOrder = (row: OrdersTable): OrderRecord => ({
  id: row.id,
  responseId: row.response_id,
  proposalId: row.proposal_id,
  kind: row.kind as OrderKind,
  fromLevel: row.from_level as Level | null,
  toLevel: row.to_level as Level | null,
  title: row.title,
  signerRole: row.signer_role,
  signedBy: row.signed_by,
  signedAt: row.signed_at,
  clause: row.clause,
  planVersion: row.plan_version,
});

export const toTask = (row: UnitTasksTable): UnitTaskRecord => ({
  id: row.id,
  responseId: row.response_id,
  orderId: row.order_id,
  unitId: row.unit_id,
  unitName: row.unit_name,
  level: row.level as Level,
  duties: JSON.parse(row.duties) as UnitTaskRecord['duties'],
  dueAt: row.due_at,
  status: row.status,
  acknowledgedBy: row.acknowledged_by,
  acknowledgedAt: row.acknowledged_at,
  escalatedAt: row.escalated_at,
});

export const toObligation = (row: ReportObligationsTable): ObligationRecord => ({
  id: row.id,
  responseId: row.response_id,
  orderId: row.order_id,
  kind: row.kind,
  to: JSON.parse(row.to_bodies) as string[],
  dueAt: row.due_at,
  clause: row.clause,
  text: row.text,
  filedAt: row.filed_at,
  filedBy: row.filed_by,
  content: row.content,
});

export async function activeResponse(db: Kysely<Database>): Promise<ResponseRecord | undefined> {
  const row = await db.selectFrom('responses').selectAll().where('active_key', '=', 'city').executeTakeFirst();
  return row && toResponse(row);
}

export async function findResponse(db: Kysely<Database>, id: string): Promise<ResponseRecord | undefined> {
  const row = await db.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toResponse(row);
}

/** Responses, newest first. */
export async function listResponses(db: Kysely<Database>, page: PageRequest): Promise<Page<ResponseRecord>> {
  let query = db.selectFrom('responses').selectAll();
  if (page.cursor) query = query.where(after(['started_at', 'id'], 'desc', page.cursor));
  const rows = await query
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [row.started_at, row.id], toResponse);
}

export async function findProposal(db: Kysely<Database>, id: string): Promise<ProposalRecord | undefined> {
  const row = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProposal(row);
}

/** Proposals, newest first; a status filters in SQL. */
export async function listProposals(
  db: Kysely<Database>,
  filter: { status?: ProposalStatus | undefined },
  page: PageRequest,
): Promise<Page<ProposalRecord>> {
  let query = db.selectFrom('proposals').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (page.cursor) query = query.where(after(['proposed_at', 'id'], 'desc', page.cursor));
  const rows = await query
    .orderBy('proposed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [row.proposed_at, row.id], toProposal);
}

export async function ordersOf(db: Kysely<Database>, responseId: string): Promise<OrderRecord[]> {
  const rows = await db
    .selectFrom('orders')
    .selectAll()
    .where('response_id', '=', responseId)
    .orderBy('signed_at')
    .execute();
  return rows.map(toOrder);
}

export async function tasksOf(
  db: Kysely<Database>,
  filter: { responseId?: string; unitId?: string; status?: UnitTasksTable['status'] },
): Promise<UnitTaskRecord[]> {
  let query = db.selectFrom('unit_tasks').selectAll().orderBy('due_at').orderBy('unit_id');
  if (filter.responseId) query = query.where('response_id', '=', filter.responseId);
  if (filter.unitId) query = query.where('unit_id', '=', filter.unitId);
  if (filter.status) query = query.where('status', '=', filter.status);
  return (await query.execute()).map(toTask);
}

export interface TaskFilter {
  responseId?: string | undefined;
  unitId?: string | undefined;
  status?: UnitTasksTable['status'] | undefined;
  /** Open past their on-post time at `now` (true), or not (false). */
  overdue?: { now: string; is: boolean } | undefined;
}

/** Member units' tasks by due time; every filter in SQL. */
export async function pageTasks(
  db: Kysely<Database>,
  filter: TaskFilter,
  page: PageRequest,
): Promise<Page<UnitTaskRecord>> {
  let query = db.selectFrom('unit_tasks').selectAll();
  if (filter.responseId) query = query.where('response_id', '=', filter.responseId);
  if (filter.unitId) query = query.where('unit_id', '=', filter.unitId);
  if (filter.status) query = query.where('status', '=', filter.status);
  const overdue = filter.overdue;
  if (overdue)
    query = query.where((eb) =>
      overdue.is
        ? eb.and([eb('status', '=', 'open'), eb('due_at', '<', overdue.now)])
        : eb.or([eb('status', '!=', 'open'), eb('due_at', '>=', overdue.now)]),
    );
  if (page.cursor) query = query.where(after(['due_at', 'id'], 'asc', page.cursor));
  const rows = await query
    .orderBy('due_at')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [row.due_at, row.id], toTask);
}

/** The tasks an order gave, in the plan's order of member units. */
export async function tasksOfOrder(db: Kysely<Database>, orderId: string): Promise<UnitTaskRecord[]> {
  const rows = await db.selectFrom('unit_tasks').selectAll().where('order_id', '=', orderId).execute();
  return rows.map(toTask);
}

/** Reports the plan requires, by due time (those without one last); filters in SQL. */
export async function pageObligations(
  db: Kysely<Database>,
  filter: { responseId?: string | undefined; open?: boolean; orderId?: string; kind?: string },
  page: PageRequest,
): Promise<Page<ObligationRecord>> {
  const dueKey = sql<string>`coalesce(due_at, '9999')`;
  let query = db.selectFrom('report_obligations').selectAll();
  if (filter.responseId) query = query.where('response_id', '=', filter.responseId);
  if (filter.orderId) query = query.where('order_id', '=', filter.orderId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.open) query = query.where('filed_at', 'is', null);
  if (page.cursor) query = query.where(after([dueKey, 'id'], 'asc', page.cursor));
  const rows = await query
    .orderBy(dueKey)
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [row.due_at ?? '9999', row.id], toObligation);
}

export async function obligationsOf(
  db: Kysely<Database>,
  filter: { responseId?: string; open?: boolean },
): Promise<ObligationRecord[]> {
  let query = db.selectFrom('report_obligations').selectAll().orderBy('due_at').orderBy('id');
  if (filter.responseId) query = query.where('response_id', '=', filter.responseId);
  if (filter.open) query = query.where('filed_at', 'is', null);
  return (await query.execute()).map(toObligation);
}

/** Writes the plan's member units (2.1) at start; a unit renamed in a revised plan is renamed here too. */
export async function saveMemberUnits(
  db: Kysely<Database>,
  units: Array<{ id: string; name: string }>,
  planId: string,
  planHash: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const unit of units) {
      await trx
        .insertInto('member_units')
        .values({ id: unit.id, name: unit.name, plan_id: planId, plan_hash: planHash })
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: unit.name, plan_id: planId, plan_hash: planHash }))
        .execute();
    }
  });
}

export async function listMemberUnits(db: Kysely<Database>): Promise<Array<{ id: string; name: string }>> {
  return db.selectFrom('member_units').select(['id', 'name']).orderBy('id').execute();
}

export interface UnitReportRecord {
  id: string;
  unitId: string;
  kind: string;
  text: string;
  figures: Record<string, number>;
  filedBy: string;
  filedAt: string;
}

export async function unitReportsOf(db: Kysely<Database>, responseId: string): Promise<UnitReportRecord[]> {
  const rows = await db
    .selectFrom('unit_reports')
    .selectAll()
    .where('response_id', '=', responseId)
    .orderBy('filed_at')
    .execute();
  return rows.map((row) => {
    const content = JSON.parse(row.content) as { text: string; figures: Record<string, number> };
    return {
      id: row.id,
      unitId: row.unit_id,
      kind: row.kind,
      text: content.text,
      figures: content.figures,
      filedBy: row.filed_by,
      filedAt: row.filed_at,
    };
  });
}

export async function aftermathOf(
  db: Kysely<Database>,
  responseId: string,
): Promise<{ record: Record<string, unknown>; clause: string; recordedBy: string; recordedAt: string } | null> {
  const row = await db
    .selectFrom('aftermath_records')
    .selectAll()
    .where('response_id', '=', responseId)
    .executeTakeFirst();
  return row
    ? {
        record: JSON.parse(row.record) as Record<string, unknown>,
        clause: row.clause,
        recordedBy: row.recorded_by,
        recordedAt: row.recorded_at,
      }
    : null;
}

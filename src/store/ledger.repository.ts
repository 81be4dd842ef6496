import { sql, type Kysely } from 'kysely';
import type { LedgerNode } from '../ledger/nodes.ts';
import { after, pageOf, type Page, type PageRequest } from './pagination.ts';
import type { Database } from './schema.ts';
import type { LedgerEventsTable, LedgerTasksTable } from './tables/ledger.ts';

/** A ledger task as the services read it (rows of ledger_tasks with its units). */
export interface LedgerTaskRecord {
  id: string;
  planId: string;
  year: number;
  number: string;
  actionClause: string;
  measureClause: string;
  text: string;
  /** Full unit names, in the sheet's order; empty while a quality task awaits its lead (立项). */
  lead: string[];
  partners: string[];
  deadline: string | null;
  ongoing: boolean;
  deadlineText: string;
  expectedResult: string | null;
  indicatorRef: string | null;
  node: LedgerNode;
  setUpAt: string | null;
  setUpBy: string | null;
  assignedAt: string | null;
  assignedBy: string | null;
  signedAt: string | null;
  signedBy: string | null;
  handlingAt: string | null;
  feedbackAt: string | null;
  feedbackBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  source: LedgerTasksTable['source'];
  sourceRef: string;
  planVersion: string;
  createdAt: string;
  updatedAt: string;
}

export type LedgerEventKind = LedgerEventsTable['kind'];

export interface LedgerEventRecord {
  id: string;
  taskId: string;
  seq: number;
  kind: LedgerEventKind;
  nodeBefore: LedgerNode | null;
  nodeAfter: LedgerNode;
  at: string;
  actor: string;
  note: string | null;
  detail: Record<string, unknown>;
}

/** The columns a task's content sets: what an import or a seed writes (the node columns are the chain's). */
export type LedgerTaskContent = Pick<
  LedgerTasksTable,
  | 'plan_id'
  | 'year'
  | 'number'
  | 'number_order'
  | 'list_order'
  | 'action_clause'
  | 'measure_clause'
  | 'text'
  | 'deadline'
  | 'ongoing'
  | 'deadline_text'
  | 'expected_result'
  | 'indicator_ref'
  | 'source'
  | 'source_ref'
  | 'plan_version'
  | 'plan_hash'
>;

/** The node columns a step of the chain writes. */
export type LedgerNodeChange = Partial<
  Pick<
    LedgerTasksTable,
    | 'node'
    | 'set_up_at'
    | 'set_up_by'
    | 'assigned_at'
    | 'assigned_by'
    | 'signed_at'
    | 'signed_by'
    | 'handling_at'
    | 'feedback_at'
    | 'feedback_by'
    | 'reviewed_at'
    | 'reviewed_by'
    | 'closed_at'
    | 'closed_by'
  >
>;

export interface LedgerUnits {
  lead: string[];
  partners: string[];
}

function toTask(row: LedgerTasksTable, units: LedgerUnits): LedgerTaskRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    year: row.year,
    number: row.number,
    actionClause: row.action_clause,
    measureClause: row.measure_clause,
    text: row.text,
    lead: units.lead,
    partners: units.partners,
    deadline: row.deadline,
    ongoing: row.ongoing === 1,
    deadlineText: row.deadline_text,
    expectedResult: row.expected_result,
    indicatorRef: row.indicator_ref,
    node: row.node,
    setUpAt: row.set_up_at,
    setUpBy: row.set_up_by,
    assignedAt: row.assigned_at,
    assignedBy: row.assigned_by,
    signedAt: row.signed_at,
    signedBy: row.signed_by,
    handlingAt: row.handling_at,
    feedbackAt: row.feedback_at,
    feedbackBy: row.feedback_by,
    reviewedAt: row.reviewed_at,
    reviewedBy: row.reviewed_by,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    source: row.source,
    sourceRef: row.source_ref,
    planVersion: row.plan_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The units of many tasks in one query, keyed by task id. */
async function unitsOf(db: Kysely<Database>, taskIds: string[]): Promise<Map<string, LedgerUnits>> {
  const byTask = new Map<string, LedgerUnits>(taskIds.map((id) => [id, { lead: [], partners: [] }]));
  if (taskIds.length === 0) return byTask;
  const rows = await db
    .selectFrom('ledger_task_units')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .orderBy('task_id')
    .orderBy('role')
    .orderBy('position')
    .execute();
  for (const row of rows) {
    const units = byTask.get(row.task_id)!;
    (row.role === 'lead' ? units.lead : units.partners).push(row.unit);
  }
  return byTask;
}

async function withUnits(db: Kysely<Database>, rows: LedgerTasksTable[]): Promise<LedgerTaskRecord[]> {
  const units = await unitsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toTask(row, units.get(row.id)!));
}

export async function ledgerTaskById(db: Kysely<Database>, id: string): Promise<LedgerTaskRecord | undefined> {
  const row = await db.selectFrom('ledger_tasks').selectAll().where('id', '=', id).executeTakeFirst();
  return row && (await withUnits(db, [row]))[0];
}

/** The task a sheet row names (plan, year, 序号). */
export async function ledgerTaskByNumber(
  db: Kysely<Database>,
  planId: string,
  year: number,
  number: string,
): Promise<LedgerTaskRecord | undefined> {
  const row = await db
    .selectFrom('ledger_tasks')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('year', '=', year)
    .where('number', '=', number)
    .executeTakeFirst();
  return row && (await withUnits(db, [row]))[0];
}

export async function insertLedgerTask(
  trx: Kysely<Database>,
  task: LedgerTaskContent & LedgerNodeChange & { id: string; node: LedgerNode; created_at: string },
  units: LedgerUnits,
): Promise<void> {
  await trx
    .insertInto('ledger_tasks')
    .values({
      set_up_at: null,
      set_up_by: null,
      assigned_at: null,
      assigned_by: null,
      signed_at: null,
      signed_by: null,
      handling_at: null,
      feedback_at: null,
      feedback_by: null,
      reviewed_at: null,
      reviewed_by: null,
      closed_at: null,
      closed_by: null,
      ...task,
      updated_at: task.created_at,
    })
    .execute();
  await replaceLedgerTaskUnits(trx, task.id, units);
}

/** A re-import: the task's content and units change, its node and history stay. */
export async function updateLedgerTaskContent(
  trx: Kysely<Database>,
  id: string,
  content: LedgerTaskContent,
  units: LedgerUnits,
  at: string,
): Promise<void> {
  await trx
    .updateTable('ledger_tasks')
    .set({ ...content, updated_at: at })
    .where('id', '=', id)
    .execute();
  await replaceLedgerTaskUnits(trx, id, units);
}

export async function replaceLedgerTaskUnits(trx: Kysely<Database>, taskId: string, units: LedgerUnits): Promise<void> {
  await trx.deleteFrom('ledger_task_units').where('task_id', '=', taskId).execute();
  const rows = [
    ...units.lead.map((unit, position) => ({ task_id: taskId, role: 'lead' as const, position, unit })),
    ...units.partners.map((unit, position) => ({ task_id: taskId, role: 'partner' as const, position, unit })),
  ];
  if (rows.length > 0) await trx.insertInto('ledger_task_units').values(rows).execute();
}

/** A step of the chain: the node and its time/actor columns, guarded by the node the step started from. */
export async function setLedgerNode(
  trx: Kysely<Database>,
  id: string,
  from: LedgerNode,
  change: LedgerNodeChange,
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('ledger_tasks')
    .set({ ...change, updated_at: at })
    .where('id', '=', id)
    .where('node', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface LedgerTaskFilter {
  planId?: string | undefined;
  year?: number | undefined;
  actionClause?: string | undefined;
  measureClause?: string | undefined;
  /** A unit named as lead or partner (or only in `unitRole`). */
  unit?: string | undefined;
  unitRole?: 'lead' | 'partner' | undefined;
  node?: LedgerNode | undefined;
  /** Deadline bounds (inclusive), for the lights: tasks due by `dueBy`, or after `dueAfter`. */
  dueBy?: string | undefined;
  dueAfter?: string | undefined;
  /** Open tasks only (not 办结销号), with a deadline. */
  openWithDeadline?: boolean | undefined;
  /** The tasks of one light on a day (see src/ledger/lights.ts): red overdue, yellow due by `yellowBy`. */
  light?: { light: 'green' | 'yellow' | 'red'; today: string; yellowBy: string } | undefined;
}

function filtered(db: Kysely<Database>, filter: LedgerTaskFilter) {
  let query = db.selectFrom('ledger_tasks').selectAll('ledger_tasks');
  if (filter.planId !== undefined) query = query.where('plan_id', '=', filter.planId);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.actionClause !== undefined) query = query.where('action_clause', '=', filter.actionClause);
  if (filter.measureClause !== undefined) query = query.where('measure_clause', '=', filter.measureClause);
  if (filter.node !== undefined) query = query.where('node', '=', filter.node);
  if (filter.dueBy !== undefined) query = query.where('deadline', '<=', filter.dueBy);
  if (filter.dueAfter !== undefined) query = query.where('deadline', '>', filter.dueAfter);
  if (filter.openWithDeadline) query = query.where('deadline', 'is not', null).where('node', '!=', '办结销号');
  if (filter.light !== undefined) {
    const { light, today, yellowBy } = filter.light;
    if (light === 'red') query = query.where('node', '!=', '办结销号').where('deadline', '<', today);
    else if (light === 'yellow')
      query = query.where('node', '!=', '办结销号').where('deadline', '>=', today).where('deadline', '<=', yellowBy);
    else
      query = query.where((eb) =>
        eb.or([eb('node', '=', '办结销号'), eb('deadline', 'is', null), eb('deadline', '>', yellowBy)]),
      );
  }
  if (filter.unit !== undefined) {
    const { unit, unitRole } = filter;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('ledger_task_units')
          .select(sql<number>`1`.as('one'))
          .whereRef('ledger_task_units.task_id', '=', 'ledger_tasks.id')
          .where('ledger_task_units.unit', '=', unit)
          .$if(unitRole !== undefined, (q) => q.where('ledger_task_units.role', '=', unitRole!)),
      ),
    );
  }
  return query;
}

/** A page of tasks in the list's order: year, then 序号 as a number. */
export async function pageLedgerTasks(
  db: Kysely<Database>,
  filter: LedgerTaskFilter,
  page: PageRequest,
): Promise<Page<LedgerTaskRecord>> {
  let query = filtered(db, filter);
  if (page.cursor) query = query.where(after(['list_order', 'id'], 'asc', page.cursor));
  const rows = await query
    .orderBy('list_order')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  const tasks = await withUnits(db, rows);
  const byId = new Map(tasks.map((task) => [task.id, task]));
  return pageOf(
    rows,
    page.limit,
    (row) => [row.list_order, row.id],
    (row) => byId.get(row.id)!,
  );
}

/** Every task of a filter, in the list's order (the CLI's list and the export: a plan-year is a few hundred). */
export async function allLedgerTasks(db: Kysely<Database>, filter: LedgerTaskFilter): Promise<LedgerTaskRecord[]> {
  const rows = await filtered(db, filter).orderBy('list_order').orderBy('id').execute();
  return withUnits(db, rows);
}

function toEvent(row: LedgerEventsTable): LedgerEventRecord {
  return {
    id: row.id,
    taskId: row.task_id,
    seq: row.seq,
    kind: row.kind,
    nodeBefore: row.node_before,
    nodeAfter: row.node_after,
    at: row.at,
    actor: row.actor,
    note: row.note,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  };
}

/** Appends to a task's timeline; the (task, seq) key refuses a concurrent writer's duplicate. */
export async function appendLedgerEvent(
  trx: Kysely<Database>,
  event: Omit<LedgerEventRecord, 'seq'>,
): Promise<LedgerEventRecord> {
  const last = await trx
    .selectFrom('ledger_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('task_id', '=', event.taskId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await trx
    .insertInto('ledger_events')
    .values({
      id: event.id,
      task_id: event.taskId,
      seq,
      kind: event.kind,
      node_before: event.nodeBefore,
      node_after: event.nodeAfter,
      at: event.at,
      actor: event.actor,
      note: event.note,
      detail: JSON.stringify(event.detail),
    })
    .execute();
  return { ...event, seq };
}

export async function ledgerTimeline(db: Kysely<Database>, taskId: string): Promise<LedgerEventRecord[]> {
  const rows = await db.selectFrom('ledger_events').selectAll().where('task_id', '=', taskId).orderBy('seq').execute();
  return rows.map(toEvent);
}

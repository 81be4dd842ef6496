import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { LedgerRemindersTable, UnitContactsTable } from './tables/ledger.ts';

export interface UnitContactRecord {
  unitId: string;
  kind: UnitContactsTable['kind'];
  name: string;
  phone: string | null;
  email: string | null;
  updatedAt: string;
  updatedBy: string;
}

const contactOf = (row: UnitContactsTable): UnitContactRecord => ({
  unitId: row.unit_id,
  kind: row.kind,
  name: row.name,
  phone: row.phone,
  email: row.email,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

/** Contacts, by unit, kind and name; of some units only when `unitIds` is given. */
export async function listContacts(db: Kysely<Database>, unitIds?: readonly string[]): Promise<UnitContactRecord[]> {
  if (unitIds && unitIds.length === 0) return [];
  let query = db.selectFrom('unit_contacts').selectAll();
  if (unitIds) query = query.where('unit_id', 'in', [...unitIds]);
  const rows = await query.orderBy('unit_id').orderBy('kind').orderBy('name').execute();
  return rows.map(contactOf);
}

export async function findContact(
  db: Kysely<Database>,
  key: Pick<UnitContactRecord, 'unitId' | 'kind' | 'name'>,
): Promise<UnitContactRecord | null> {
  const row = await db
    .selectFrom('unit_contacts')
    .selectAll()
    .where('unit_id', '=', key.unitId)
    .where('kind', '=', key.kind)
    .where('name', '=', key.name)
    .executeTakeFirst();
  return row ? contactOf(row) : null;
}

/** Adds the contact or replaces its addresses. */
export async function saveContact(db: Kysely<Database>, contact: UnitContactRecord): Promise<void> {
  const row = {
    unit_id: contact.unitId,
    kind: contact.kind,
    name: contact.name,
    phone: contact.phone,
    email: contact.email,
    updated_at: contact.updatedAt,
    updated_by: contact.updatedBy,
  };
  await db
    .insertInto('unit_contacts')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['unit_id', 'kind', 'name']).doUpdateSet({
        phone: row.phone,
        email: row.email,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();
}

export async function deleteContact(
  db: Kysely<Database>,
  key: Pick<UnitContactRecord, 'unitId' | 'kind' | 'name'>,
): Promise<boolean> {
  const result = await db
    .deleteFrom('unit_contacts')
    .where('unit_id', '=', key.unitId)
    .where('kind', '=', key.kind)
    .where('name', '=', key.name)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface ReminderCandidate {
  id: string;
  planId: string;
  number: string;
  measureClause: string;
  text: string;
  deadline: string;
  node: Database['ledger_tasks']['node'];
  lead: string[];
}

/** Open tasks with a deadline on or before `horizon`, with their lead units (full names). */
export async function reminderCandidates(db: Kysely<Database>, horizon: string): Promise<ReminderCandidate[]> {
  const rows = await db
    .selectFrom('ledger_tasks')
    .innerJoin('ledger_task_units', (join) =>
      join.onRef('ledger_task_units.task_id', '=', 'ledger_tasks.id').on('ledger_task_units.role', '=', 'lead'),
    )
    .select([
      'ledger_tasks.id',
      'ledger_tasks.plan_id',
      'ledger_tasks.number',
      'ledger_tasks.measure_clause',
      'ledger_tasks.text',
      'ledger_tasks.deadline',
      'ledger_tasks.node',
      'ledger_task_units.unit',
    ])
    .where('ledger_tasks.ongoing', '=', 0)
    .where('ledger_tasks.node', '!=', '办结销号')
    .where('ledger_tasks.deadline', 'is not', null)
    .where('ledger_tasks.deadline', '<=', horizon)
    .orderBy('ledger_tasks.list_order')
    .orderBy('ledger_tasks.id')
    .orderBy('ledger_task_units.position')
    .execute();
  const tasks = new Map<string, ReminderCandidate>();
  for (const row of rows) {
    const task = tasks.get(row.id) ?? {
      id: row.id,
      planId: row.plan_id,
      number: row.number,
      measureClause: row.measure_clause,
      text: row.text,
      deadline: row.deadline!,
      node: row.node,
      lead: [],
    };
    task.lead.push(row.unit);
    tasks.set(row.id, task);
  }
  return [...tasks.values()];
}

/** Records a reminder unless its key was recorded before (a re-run, another server): true when it is new. */
export async function recordReminder(db: Kysely<Database>, row: LedgerRemindersTable): Promise<boolean> {
  const inserted = await db
    .insertInto('ledger_reminders')
    .values(row)
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .execute();
  return inserted.length > 0;
}

export interface ReminderRecord {
  taskId: string;
  kind: LedgerRemindersTable['kind'];
  deadline: string;
  unitId: string;
  recipient: string;
  channel: LedgerRemindersTable['channel'];
  status: LedgerRemindersTable['status'];
  messageId: string;
  at: string;
}

/** The reminders recorded for a task (or all), oldest first. */
export async function listReminders(db: Kysely<Database>, taskId?: string): Promise<ReminderRecord[]> {
  let query = db.selectFrom('ledger_reminders').selectAll();
  if (taskId !== undefined) query = query.where('task_id', '=', taskId);
  const rows = await query.orderBy('at').orderBy('key').execute();
  return rows.map((row) => ({
    taskId: row.task_id,
    kind: row.kind,
    deadline: row.deadline,
    unitId: row.unit_id,
    recipient: row.recipient,
    channel: row.channel,
    status: row.status,
    messageId: row.message_id,
    at: row.at,
  }));
}

import { sql, type Kysely } from 'kysely';
import type { OpenWarning } from '../alerts/warnings/lifecycle.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import { after, pageOf, type Page, type PageRequest } from './pagination.ts';
import type { Database } from './schema.ts';
import type { WarningMessagesTable, WarningsTable } from './tables/warnings.ts';

export type CapStatusKept = WarningsTable['cap_status'];

export interface WarningMessageRecord {
  id: string;
  warningId: string;
  identifier: string;
  sender: string;
  sent: string;
  sentAt: string;
  msgType: 'Alert' | 'Update' | 'Cancel';
  status: CapStatusKept;
  hazard: HazardKey;
  level: Level;
  areaCodes: string[];
  onset: string | null;
  expires: string | null;
  headlineZh: string;
  descriptionZh: string;
  references: string | null;
  reasons: string[];
  seq: number;
  issuedBy: string;
  clause: string;
  planVersion: string;
}

export interface WarningRecord {
  id: string;
  hazard: HazardKey;
  status: CapStatusKept;
  state: 'active' | 'cancelled';
  level: Level;
  areaCodes: string[];
  onset: string;
  expires: string | null;
  createdAt: string;
  updatedAt: string;
  planVersion: string;
  latest: WarningMessageRecord;
}

/**
 * Every column of a message but its CAP text: lists, feeds and the stream read many messages and need none of
 * it (a whole-city message with its outlines and signature is tens of kilobytes); the text is read by id.
 */
const messageColumns = [
  'id',
  'warning_id',
  'identifier',
  'sender',
  'sent',
  'sent_at',
  'msg_type',
  'cap_status',
  'hazard',
  'level',
  'area_codes',
  'onset',
  'expires',
  'headline_zh',
  'description_zh',
  'references_text',
  'reasons',
  'audit_seq',
  'issued_by',
  'clause',
  'plan_version',
  'plan_hash',
] as const satisfies ReadonlyArray<Exclude<keyof WarningMessagesTable, 'cap_xml'>>;

export function toMessage(row: Omit<WarningMessagesTable, 'cap_xml'>): WarningMessageRecord {
  return {
    id: row.id,
    warningId: row.warning_id,
    identifier: row.identifier,
    sender: row.sender,
    sent: row.sent,
    sentAt: row.sent_at,
    msgType: row.msg_type,
    status: row.cap_status,
    hazard: row.hazard as HazardKey,
    level: row.level as Level,
    areaCodes: JSON.parse(row.area_codes) as string[],
    onset: row.onset,
    expires: row.expires,
    headlineZh: row.headline_zh,
    descriptionZh: row.description_zh,
    references: row.references_text,
    reasons: JSON.parse(row.reasons) as string[],
    seq: Number(row.audit_seq),
    issuedBy: row.issued_by,
    clause: row.clause,
    planVersion: row.plan_version,
  };
}

function toWarning(row: WarningsTable, latest: WarningMessageRecord): WarningRecord {
  return {
    id: row.id,
    hazard: row.hazard as HazardKey,
    status: row.cap_status,
    state: row.state,
    level: row.level as Level,
    areaCodes: JSON.parse(row.area_codes) as string[],
    onset: row.onset,
    expires: row.expires,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    planVersion: row.plan_version,
    latest,
  };
}

export function openKey(status: CapStatusKept, hazard: HazardKey): string {
  return `${status}:${hazard}`;
}

/** The warnings in force (not cancelled; expired ones too, until a grading or a person ends them). */
export async function openWarnings(db: Kysely<Database>, status: CapStatusKept): Promise<OpenWarning[]> {
  const rows = await db
    .selectFrom('warnings')
    .selectAll()
    .where('cap_status', '=', status)
    .where('state', '=', 'active')
    .execute();
  return rows.map((row) => ({
    warningId: row.id,
    hazard: row.hazard as HazardKey,
    level: row.level as Level,
    areaCodes: JSON.parse(row.area_codes) as string[],
    expires: row.expires,
  }));
}

/** Identifiers already given in `from <= identifier < to`. */
export async function identifiersBetween(db: Kysely<Database>, from: string, to: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('warning_messages')
    .select('identifier')
    .where('identifier', '>=', from)
    .where('identifier', '<', to)
    .execute();
  return new Set(rows.map((row) => row.identifier));
}

export async function insertWarning(trx: Kysely<Database>, row: WarningsTable): Promise<void> {
  await trx.insertInto('warnings').values(row).execute();
}

export async function updateWarning(
  trx: Kysely<Database>,
  id: string,
  change: Pick<
    WarningsTable,
    'state' | 'level' | 'area_codes' | 'expires' | 'latest_message_id' | 'open_key' | 'updated_at'
  >,
): Promise<void> {
  await trx.updateTable('warnings').set(change).where('id', '=', id).execute();
}

export async function insertWarningMessage(trx: Kysely<Database>, row: WarningMessagesTable): Promise<void> {
  await trx.insertInto('warning_messages').values(row).execute();
}

export async function messageById(db: Kysely<Database>, id: string): Promise<WarningMessageRecord | undefined> {
  const row = await db.selectFrom('warning_messages').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMessage(row);
}

export async function messageByIdentifier(
  db: Kysely<Database>,
  identifier: string,
): Promise<(WarningMessageRecord & { capXml: string }) | undefined> {
  const row = await db
    .selectFrom('warning_messages')
    .selectAll()
    .where('identifier', '=', identifier)
    .executeTakeFirst();
  return row && { ...toMessage(row), capXml: row.cap_xml };
}

export async function capXmlOf(db: Kysely<Database>, messageId: string): Promise<string | undefined> {
  const row = await db.selectFrom('warning_messages').select('cap_xml').where('id', '=', messageId).executeTakeFirst();
  return row?.cap_xml;
}

export async function messagesOf(db: Kysely<Database>, warningId: string): Promise<WarningMessageRecord[]> {
  const rows = await db
    .selectFrom('warning_messages')
    .select(messageColumns)
    .where('warning_id', '=', warningId)
    .orderBy('audit_seq')
    .execute();
  return rows.map(toMessage);
}

export interface WarningQuery {
  status: CapStatusKept;
  hazard?: HazardKey | undefined;
  level?: Level | undefined;
  /** In force at `now` (true: active and not expired), or not (false: cancelled or expired). */
  active?: { now: string; is: boolean } | undefined;
  /** Covering one of these division codes (any of them). */
  coversAny?: string[] | undefined;
}

/** Warnings with their latest message, newest change first; every filter in SQL, a page at a time. */
export async function listWarnings(
  db: Kysely<Database>,
  query: WarningQuery,
  page: PageRequest,
): Promise<Page<WarningRecord>> {
  let select = db
    .selectFrom('warnings')
    .innerJoin('warning_messages', 'warning_messages.id', 'warnings.latest_message_id')
    .select(messageColumns.map((column) => `warning_messages.${column}` as const))
    .select([
      'warnings.id as w_id',
      'warnings.state as w_state',
      'warnings.level as w_level',
      'warnings.area_codes as w_area_codes',
      'warnings.onset as w_onset',
      'warnings.expires as w_expires',
      'warnings.created_at as w_created_at',
      'warnings.updated_at as w_updated_at',
      'warnings.plan_version as w_plan_version',
      'warnings.hazard as w_hazard',
      'warnings.cap_status as w_cap_status',
      'warnings.latest_message_id as w_latest',
      'warnings.open_key as w_open_key',
      'warnings.plan_id as w_plan_id',
      'warnings.plan_hash as w_plan_hash',
    ])
    .where('warnings.cap_status', '=', query.status);
  if (query.hazard) select = select.where('warnings.hazard', '=', query.hazard);
  if (query.level) select = select.where('warnings.level', '=', query.level);
  const active = query.active;
  if (active) {
    select = select.where((eb) =>
      active.is
        ? eb.and([
            eb('warnings.state', '=', 'active'),
            eb.or([eb('warnings.expires', 'is', null), eb('warnings.expires', '>', active.now)]),
          ])
        : eb.or([eb('warnings.state', '=', 'cancelled'), eb('warnings.expires', '<=', active.now)]),
    );
  }
  const codes = query.coversAny;
  if (codes) {
    // The codes are kept as a JSON list of 6-digit strings: a quoted code matches that element only.
    select = select.where((eb) =>
      codes.length === 0
        ? sql<boolean>`1 = 0`
        : eb.or(codes.map((code) => eb('warnings.area_codes', 'like', `%"${code}"%`))),
    );
  }
  if (page.cursor) select = select.where(after(['warning_messages.audit_seq', 'warnings.id'], 'desc', page.cursor));
  const rows = await select
    .orderBy('warning_messages.audit_seq', 'desc')
    .orderBy('warnings.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(
    rows,
    page.limit,
    (row) => [Number(row.audit_seq), row.w_id],
    (row) =>
      toWarning(
        {
          id: row.w_id,
          hazard: row.w_hazard,
          cap_status: row.w_cap_status,
          state: row.w_state,
          level: row.w_level,
          area_codes: row.w_area_codes,
          onset: row.w_onset,
          expires: row.w_expires,
          latest_message_id: row.w_latest,
          open_key: row.w_open_key,
          created_at: row.w_created_at,
          updated_at: row.w_updated_at,
          plan_id: row.w_plan_id,
          plan_version: row.w_plan_version,
          plan_hash: row.w_plan_hash,
        },
        toMessage(row),
      ),
  );
}

export async function warningById(db: Kysely<Database>, id: string): Promise<WarningRecord | undefined> {
  const row = await db.selectFrom('warnings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const latest = await messageById(db, row.latest_message_id);
  return latest && toWarning(row, latest);
}

/** Messages committed after `seq`, oldest first: what a feed client that saw `seq` has missed. */
export async function messagesAfter(
  db: Kysely<Database>,
  status: CapStatusKept,
  seq: number,
  limit: number,
): Promise<WarningMessageRecord[]> {
  const rows = await db
    .selectFrom('warning_messages')
    .select(messageColumns)
    .where('cap_status', '=', status)
    .where('audit_seq', '>', seq)
    .orderBy('audit_seq')
    .limit(limit)
    .execute();
  return rows.map(toMessage);
}

/** The newest message of a status, cancellations included: when the feed last changed. */
export async function latestMessage(
  db: Kysely<Database>,
  status: CapStatusKept,
): Promise<WarningMessageRecord | undefined> {
  const row = await db
    .selectFrom('warning_messages')
    .select(messageColumns)
    .where('cap_status', '=', status)
    .orderBy('audit_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toMessage(row);
}

import type { Kysely } from 'kysely';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import { after, pageOf, type Page, type PageRequest } from './pagination.ts';
import type { Database } from './schema.ts';
import type { WarningDraftsTable } from './tables/drafts-and-jobs.ts';

export type DraftState = WarningDraftsTable['state'];

export interface WarningDraftRecord {
  id: string;
  assessmentId: string;
  action: 'issue' | 'update' | 'cancel';
  hazard: HazardKey;
  level: Level | null;
  areaCodes: string[];
  expires: string | null;
  warningId: string | null;
  reasons: string[];
  clause: string;
  state: DraftState;
  createdAt: string;
  createdBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  messageId: string | null;
  planVersion: string;
}

function toDraft(row: WarningDraftsTable): WarningDraftRecord {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    action: row.action,
    hazard: row.hazard as HazardKey,
    level: row.level as Level | null,
    areaCodes: JSON.parse(row.area_codes) as string[],
    expires: row.expires,
    warningId: row.warning_id,
    reasons: JSON.parse(row.reasons) as string[],
    clause: row.clause,
    state: row.state,
    createdAt: row.created_at,
    createdBy: row.created_by,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    messageId: row.message_id,
    planVersion: row.plan_version,
  };
}

/** A newer grading replaces the drafts still awaiting a decision; returns their ids. */
export async function supersedeOpenDrafts(trx: Kysely<Database>, at: string): Promise<string[]> {
  const rows = await trx
    .updateTable('warning_drafts')
    .set({ state: 'superseded', open_key: null, decided_at: at })
    .where('state', '=', 'draft')
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function insertDraft(trx: Kysely<Database>, row: WarningDraftsTable): Promise<WarningDraftRecord> {
  await trx.insertInto('warning_drafts').values(row).execute();
  return toDraft(row);
}

export async function draftById(db: Kysely<Database>, id: string): Promise<WarningDraftRecord | undefined> {
  const row = await db.selectFrom('warning_drafts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDraft(row);
}

/** Drafts, newest first; a state filters in SQL. */
export async function pageDrafts(
  db: Kysely<Database>,
  filter: { state?: DraftState | undefined },
  page: PageRequest,
): Promise<Page<WarningDraftRecord>> {
  let query = db.selectFrom('warning_drafts').selectAll();
  if (filter.state) query = query.where('state', '=', filter.state);
  if (page.cursor) query = query.where(after(['created_at', 'id'], 'desc', page.cursor));
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [row.created_at, row.id], toDraft);
}

/** Changes what a draft proposes, only while it awaits a decision. */
export async function reviseDraft(
  trx: Kysely<Database>,
  id: string,
  change: Pick<WarningDraftsTable, 'level' | 'area_codes' | 'expires' | 'clause' | 'reasons'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('warning_drafts')
    .set(change)
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Decides a draft (confirmed or cancelled), only if it still awaits a decision: of two at once, one wins. A
 * confirmed draft keeps the message it published and the warning that message belongs to.
 */
export async function decideDraft(
  trx: Kysely<Database>,
  id: string,
  decision:
    | { state: 'confirmed'; by: string; at: string; messageId: string; warningId: string }
    | { state: 'cancelled'; by: string; at: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('warning_drafts')
    .set({
      state: decision.state,
      open_key: null,
      decided_by: decision.by,
      decided_at: decision.at,
      ...(decision.state === 'confirmed'
        ? { message_id: decision.messageId, warning_id: decision.warningId }
        : { message_id: null }),
    })
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

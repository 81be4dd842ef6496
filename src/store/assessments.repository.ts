import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import type { AssessmentResult } from '../weather/grading/result.schema.ts';
import { after, pageOf, type Page, type PageRequest } from './pagination.ts';
import type { Database } from './schema.ts';
import type { AssessmentSource, AssessmentsTable } from './tables/assessments.ts';

export type { AssessmentSource } from './tables/assessments.ts';

/** The plan text an assessment was graded by: its id, version and content hash (kept in plan_versions). */
export interface PlanCitation {
  id: string;
  version: string;
  contentHash: string;
}

export interface AssessmentSummary {
  id: string;
  createdAt: string;
  createdBy: string | null;
  at: string;
  plan: PlanCitation;
  overall: { level: Level | null; hazards: HazardKey[] };
  /** `request`: a person asked; `observations`: the continuous grading; `backfill`: a past period re-run. */
  source: AssessmentSource;
}

export interface AssessmentRecord extends AssessmentSummary {
  input: unknown;
  result: AssessmentResult;
}

function summary(row: Omit<AssessmentsTable, 'input' | 'result' | 'data_version'>): AssessmentSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    createdBy: row.created_by,
    at: row.situation_at,
    plan: { id: row.plan_id, version: row.plan_version, contentHash: row.plan_content_hash },
    overall: { level: row.overall_level as Level | null, hazards: JSON.parse(row.overall_hazards) as HazardKey[] },
    source: row.source,
  };
}

/** Stores one assessment: the situation as received, the result, and the plan that graded it. */
export async function saveAssessment(
  db: Kysely<Database>,
  entry: {
    input: unknown;
    result: AssessmentResult;
    plan: PlanCitation;
    createdBy: string | null;
    now: Date;
    source?: AssessmentSource;
    dataVersion?: string | null;
  },
): Promise<AssessmentRecord> {
  const row: AssessmentsTable = {
    id: randomUUID(),
    created_at: entry.now.toISOString(),
    created_by: entry.createdBy,
    situation_at: entry.result.at,
    plan_id: entry.plan.id,
    plan_version: entry.plan.version,
    plan_content_hash: entry.plan.contentHash,
    overall_level: entry.result.overall.level,
    overall_hazards: JSON.stringify(entry.result.overall.hazards),
    input: JSON.stringify(entry.input),
    result: JSON.stringify(entry.result),
    source: entry.source ?? 'request',
    data_version: entry.dataVersion ?? null,
  };
  await db.insertInto('assessments').values(row).execute();
  return { ...summary(row), input: entry.input, result: entry.result };
}

function record(row: AssessmentsTable): AssessmentRecord {
  return { ...summary(row), input: JSON.parse(row.input), result: JSON.parse(row.result) as AssessmentResult };
}

export async function findAssessment(db: Kysely<Database>, id: string): Promise<AssessmentRecord | undefined> {
  const row = await db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && record(row);
}

/** The newest stored assessment of these sources (by when it was stored), or undefined when there is none. */
export async function latestAssessment(
  db: Kysely<Database>,
  sources: readonly AssessmentSource[],
): Promise<AssessmentRecord | undefined> {
  const row = await db
    .selectFrom('assessments')
    .selectAll()
    .where('source', 'in', sources)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && record(row);
}

/** Whether an hour was already graded from this source on these data (the grading's idempotency). */
export async function gradedOn(
  db: Kysely<Database>,
  source: AssessmentSource,
  situationAt: string,
  dataVersion: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('assessments')
    .select('id')
    .where('source', '=', source)
    .where('situation_at', '=', situationAt)
    .where('data_version', '=', dataVersion)
    .executeTakeFirst();
  return row !== undefined;
}

/** The latest assessments, newest first, without their (large) input and result. */
export async function listAssessments(db: Kysely<Database>, page: PageRequest): Promise<Page<AssessmentSummary>> {
  let query = db.selectFrom('assessments');
  if (page.cursor) query = query.where(after(['created_at', 'id'], 'desc', page.cursor));
  const rows = await query
    .select([
      'id',
      'created_at',
      'created_by',
      'situation_at',
      'plan_id',
      'plan_version',
      'plan_content_hash',
      'overall_level',
      'overall_hazards',
      'source',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  return pageOf(rows, page.limit, (row) => [row.created_at, row.id], summary);
}

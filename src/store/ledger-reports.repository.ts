import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { LedgerEvidenceTable, LedgerReportsTable, LedgerReturnsTable } from './tables/ledger.ts';

export interface LedgerEvidenceRecord {
  id: string;
  reportId: string;
  taskId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  at: string;
}

export interface LedgerReportRecord {
  id: string;
  taskId: string;
  kind: LedgerReportsTable['kind'];
  unit: string;
  text: string;
  at: string;
  actor: string;
  evidence: LedgerEvidenceRecord[];
}

export interface LedgerReturnRecord {
  id: string;
  taskId: string;
  reason: string;
  at: string;
  actor: string;
}

function toEvidence(row: LedgerEvidenceTable): LedgerEvidenceRecord {
  return {
    id: row.id,
    reportId: row.report_id,
    taskId: row.task_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    at: row.at,
  };
}

export async function insertLedgerReport(
  trx: Kysely<Database>,
  report: LedgerReportsTable,
  evidence: { row: LedgerEvidenceTable; content: Buffer }[],
): Promise<void> {
  await trx.insertInto('ledger_reports').values(report).execute();
  for (const { row, content } of evidence) {
    await trx
      .insertInto('ledger_files')
      .values({ sha256: row.sha256, size: content.length, content_base64: content.toString('base64') })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
    await trx.insertInto('ledger_evidence').values(row).execute();
  }
}

/** An evidence file's content, by its hash. */
export async function ledgerFileContent(db: Kysely<Database>, sha256: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('ledger_files')
    .select('content_base64')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row && Buffer.from(row.content_base64, 'base64');
}

export async function ledgerReports(db: Kysely<Database>, taskId: string): Promise<LedgerReportRecord[]> {
  const reports = await db
    .selectFrom('ledger_reports')
    .selectAll()
    .where('task_id', '=', taskId)
    .orderBy('at')
    .execute();
  const evidence = await db
    .selectFrom('ledger_evidence')
    .selectAll()
    .where('task_id', '=', taskId)
    .orderBy('at')
    .execute();
  return reports.map((row) => ({
    id: row.id,
    taskId: row.task_id,
    kind: row.kind,
    unit: row.unit,
    text: row.text,
    at: row.at,
    actor: row.actor,
    evidence: evidence.filter((file) => file.report_id === row.id).map(toEvidence),
  }));
}

export async function ledgerEvidenceById(db: Kysely<Database>, id: string): Promise<LedgerEvidenceRecord | undefined> {
  const row = await db.selectFrom('ledger_evidence').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toEvidence(row);
}

export async function insertLedgerReturn(trx: Kysely<Database>, row: LedgerReturnsTable): Promise<void> {
  await trx.insertInto('ledger_returns').values(row).execute();
}

export async function ledgerReturns(db: Kysely<Database>, taskId: string): Promise<LedgerReturnRecord[]> {
  const rows = await db.selectFrom('ledger_returns').selectAll().where('task_id', '=', taskId).orderBy('at').execute();
  return rows.map((row) => ({ id: row.id, taskId: row.task_id, reason: row.reason, at: row.at, actor: row.actor }));
}

/** Returns per task of a plan-year (the scorecards count them). */
export async function ledgerReturnCounts(
  db: Kysely<Database>,
  planId: string,
  year: number,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('ledger_returns')
    .innerJoin('ledger_tasks', 'ledger_tasks.id', 'ledger_returns.task_id')
    .select(['ledger_returns.task_id as taskId', (eb) => eb.fn.countAll<number>().as('count')])
    .where('ledger_tasks.plan_id', '=', planId)
    .where('ledger_tasks.year', '=', year)
    .groupBy('ledger_returns.task_id')
    .execute();
  return new Map(rows.map((row) => [row.taskId, Number(row.count)]));
}

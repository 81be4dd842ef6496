import type { Actor } from '../access/roles.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { appendAudit } from '../store/audit.repository.ts';
import { findResponse, toObligation, type ObligationRecord } from '../store/response.repository.ts';
import { actorName, type WorkflowContext } from './workflow-context.ts';

/** Whether a report is late: open past its due time (an obligation without a due time is never late). */
export function isOverdue(obligation: Pick<ObligationRecord, 'dueAt' | 'filedAt'>, now: Date): boolean {
  return obligation.filedAt === null && obligation.dueAt !== null && obligation.dueAt < now.toISOString();
}

/** The duty officer records that a required report was made (3.3.2, 4.8, 5.2), with what it said. */
export async function fileObligation(
  ctx: WorkflowContext,
  obligationId: string,
  actor: Actor,
  content: string,
): Promise<ObligationRecord> {
  if (actor.role !== 'dutyOfficer')
    throw new WorkflowError(
      'forbidden',
      'not_duty_officer',
      `the command's reports are filed by the duty officer, not ${actor.role}`,
      '4.8',
    );
  if (!content.trim()) throw new WorkflowError('invalid', 'content_required', 'say what was reported', null, 'content');
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.now().toISOString();
    const result = await trx
      .updateTable('report_obligations')
      .set({ filed_at: at, filed_by: actorName(actor), content: content.trim() })
      .where('id', '=', obligationId)
      .where('filed_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      const exists = await trx
        .selectFrom('report_obligations')
        .select('id')
        .where('id', '=', obligationId)
        .executeTakeFirst();
      throw exists
        ? new WorkflowError('conflict', 'already_filed', 'this report was already filed')
        : new WorkflowError('not-found', 'report_not_found', `no report ${obligationId}`);
    }
    const row = await trx
      .selectFrom('report_obligations')
      .selectAll()
      .where('id', '=', obligationId)
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      at,
      actor: actorName(actor),
      action: 'report.filed',
      subjectType: 'report',
      subjectId: obligationId,
      payload: {
        responseId: row.response_id,
        kind: row.kind,
        late: row.due_at !== null && at > row.due_at,
        content: content.trim(),
      },
    });
    return toObligation(row);
  });
}

export interface AftermathInput {
  organisedBy: string;
  losses: string;
  causes: string;
  lessons: string;
  improvements: string;
  reportedTo: string[];
}

/** The 5.2 investigation and evaluation, recorded once the response has ended. */
export async function recordAftermath(
  ctx: WorkflowContext,
  responseId: string,
  actor: Actor,
  input: AftermathInput,
): Promise<{ recordedAt: string }> {
  if (actor.role !== 'dutyOfficer' && actor.role !== 'commander' && actor.role !== 'deputyCommander') {
    throw new WorkflowError(
      'forbidden',
      'not_allowed',
      `the investigation record is kept by the command, not ${actor.role}`,
      '5.2',
    );
  }
  for (const field of ['organisedBy', 'losses', 'causes', 'lessons', 'improvements'] as const) {
    if (!input[field].trim())
      throw new WorkflowError('invalid', 'field_required', `${field} is required (5.2)`, '5.2', field);
  }
  const clause = ctx.meteo.plan.response.investigation.clause;
  return ctx.db.transaction().execute(async (trx) => {
    const response = await findResponse(trx, responseId);
    if (!response) throw new WorkflowError('not-found', 'response_not_found', `no response ${responseId}`);
    if (response.status !== 'ended')
      throw new WorkflowError(
        'conflict',
        'response_not_ended',
        'the investigation follows the end of the response',
        clause,
      );
    const at = ctx.now().toISOString();
    const inserted = await trx
      .insertInto('aftermath_records')
      .values({
        response_id: responseId,
        record: JSON.stringify(input),
        clause,
        recorded_by: actorName(actor),
        recorded_at: at,
      })
      .onConflict((oc) => oc.column('response_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1)
      throw new WorkflowError('conflict', 'already_recorded', 'the investigation of this response is already recorded');
    await appendAudit(trx, {
      at,
      actor: actorName(actor),
      action: 'aftermath.recorded',
      subjectType: 'response',
      subjectId: responseId,
      payload: { ...input, clause },
    });
    return { recordedAt: at };
  });
}

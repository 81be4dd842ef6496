import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/roles.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { appendAudit } from '../store/audit.repository.ts';
import { findResponse, toTask, type UnitTaskRecord } from '../store/response.repository.ts';
import { actorName, type WorkflowContext } from './workflow-context.ts';

/**
 * A member unit confirms it is on post (上岗到位, 4.4.x). Only that unit's liaison (2.2.3) speaks for it.
 */
export async function acknowledgeTask(
  ctx: WorkflowContext,
  taskId: string,
  actor: Actor,
  note?: string,
): Promise<UnitTaskRecord> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('unit_tasks').selectAll().where('id', '=', taskId).executeTakeFirst();
    if (!row) throw new WorkflowError('not-found', 'task_not_found', `no task ${taskId}`);
    if (actor.role !== 'unitLiaison' || actor.unitId !== row.unit_id) {
      throw new WorkflowError(
        'forbidden',
        'wrong_unit',
        `only the liaison of ${row.unit_name} confirms its tasks${actor.unitId ? `; you speak for ${actor.unitId}` : ''}`,
        '2.2.3',
      );
    }
    if (row.status !== 'open') throw new WorkflowError('conflict', 'task_not_open', `this task is ${row.status}`);
    const at = ctx.now().toISOString();
    const updated = await trx
      .updateTable('unit_tasks')
      .set({ status: 'acknowledged', acknowledged_by: actorName(actor), acknowledged_at: at })
      .where('id', '=', taskId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new WorkflowError('conflict', 'task_not_open', 'this task changed a moment ago');
    await appendAudit(trx, {
      at,
      actor: actorName(actor),
      action: 'task.acknowledged',
      subjectType: 'task',
      subjectId: taskId,
      payload: {
        unitId: row.unit_id,
        responseId: row.response_id,
        level: row.level,
        late: at > row.due_at,
        note: note ?? null,
      },
    });
    return toTask(await trx.selectFrom('unit_tasks').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow());
  });
}

/**
 * Open tasks past their due time are escalated to the duty officer, once each: the escalation is recorded, and
 * the duty officer's overdue list shows them.
 */
export async function escalateOverdueTasks(ctx: WorkflowContext): Promise<UnitTaskRecord[]> {
  return ctx.db.transaction().execute(async (trx) => {
    const at = ctx.now().toISOString();
    const rows = await trx
      .updateTable('unit_tasks')
      .set({ escalated_at: at })
      .where('status', '=', 'open')
      .where('due_at', '<', at)
      .where('escalated_at', 'is', null)
      .returningAll()
      .execute();
    for (const row of rows) {
      await appendAudit(trx, {
        at,
        actor: 'system',
        action: 'task.escalated',
        subjectType: 'task',
        subjectId: row.id,
        payload: { unitId: row.unit_id, responseId: row.response_id, dueAt: row.due_at, to: 'dutyOfficer' },
      });
    }
    return rows.map(toTask);
  });
}

export interface UnitReportInput {
  kind: 'damage' | 'situation';
  text: string;
  figures?: Record<string, number>;
}

/** A member unit reports damage or the situation (4.1, 5.3): a liaison for its own unit, or the duty officer. */
export async function fileUnitReport(
  ctx: WorkflowContext,
  responseId: string,
  unitId: string,
  actor: Actor,
  input: UnitReportInput,
): Promise<{ id: string; filedAt: string }> {
  if (!ctx.meteo.plan.command.memberUnits.some((unit) => unit.id === unitId)) {
    throw new WorkflowError('invalid', 'unknown_unit', `no member unit "${unitId}" in the plan`, '2.1', 'unitId');
  }
  if (!(actor.role === 'dutyOfficer' || (actor.role === 'unitLiaison' && actor.unitId === unitId))) {
    throw new WorkflowError(
      'forbidden',
      'wrong_unit',
      `a report for ${unitId} is filed by its liaison or the duty officer`,
      '4.1',
    );
  }
  if (!input.text.trim()) throw new WorkflowError('invalid', 'text_required', 'a report needs its text', null, 'text');
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await findResponse(trx, responseId)))
      throw new WorkflowError('not-found', 'response_not_found', `no response ${responseId}`);
    const id = randomUUID();
    const at = ctx.now().toISOString();
    const content = { text: input.text.trim(), figures: input.figures ?? {} };
    await trx
      .insertInto('unit_reports')
      .values({
        id,
        response_id: responseId,
        unit_id: unitId,
        kind: input.kind,
        content: JSON.stringify(content),
        filed_by: actorName(actor),
        filed_at: at,
      })
      .execute();
    await appendAudit(trx, {
      at,
      actor: actorName(actor),
      action: `unit-report.${input.kind}`,
      subjectType: 'response',
      subjectId: responseId,
      payload: { reportId: id, unitId, ...content },
    });
    return { id, filedAt: at };
  });
}

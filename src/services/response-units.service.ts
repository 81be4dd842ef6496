import { randomUUID } from 'node:crypto';
import { visibleUnit } from '../access/policy.ts';
import { systemPrincipal, type Principal } from '../access/principal.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { findResponse, pageTasks, type UnitTaskRecord } from '../store/response.repository.ts';
import {
  acknowledgeOpenTask,
  escalateOverdue,
  insertUnitReport,
  taskById,
} from '../store/response-writes.repository.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';
import { change, read } from './use-case.ts';

export type { UnitTaskRecord } from '../store/response.repository.ts';

/** A task as people see it: overdue when still open past its on-post time. */
export type TaskView = UnitTaskRecord & { overdue: boolean };

export function taskView(task: UnitTaskRecord, now: Date): TaskView {
  return { ...task, overdue: task.status === 'open' && task.dueAt < now.toISOString() };
}

/**
 * Member units' tasks, due first. A liaison sees its own unit's (2.2.3; asking for another unit is refused);
 * the command sees every unit's. Every filter runs in SQL.
 */
export async function listTasks(
  ctx: ServiceContext,
  principal: Principal,
  query: { unit?: string; status?: UnitTaskRecord['status']; overdue?: boolean } & PageRequest,
): Promise<Page<TaskView>> {
  const now = ctx.clock();
  return read(
    ctx,
    principal,
    'tasks.read',
    async (db) => {
      const page = await pageTasks(
        db,
        {
          unitId: query.unit ?? visibleUnit(principal),
          status: query.status,
          overdue: query.overdue === undefined ? undefined : { now: now.toISOString(), is: query.overdue },
        },
        query,
      );
      return { items: page.items.map((task) => taskView(task, now)), next: page.next };
    },
    { unitId: query.unit ?? null },
  );
}

/** A member unit confirms it is on post (上岗到位, 4.4.x). Only that unit's liaison (2.2.3) speaks for it. */
export async function acknowledgeTask(
  ctx: ServiceContext,
  principal: Principal,
  taskId: string,
  note?: string,
): Promise<TaskView> {
  return change(ctx, principal, 'tasks.acknowledge', async ({ trx, at, actor, allow, audit }) => {
    const task = await taskById(trx, taskId);
    if (!task) throw new WorkflowError('not-found', 'task_not_found', `没有编号为 ${taskId} 的任务`);
    allow({ unitId: task.unitId });
    if (task.status !== 'open')
      throw new WorkflowError('conflict', 'task_not_open', `这项任务已是 ${task.status} 状态`);
    if (!(await acknowledgeOpenTask(trx, taskId, actor, at.toISOString())))
      throw new WorkflowError('conflict', 'task_not_open', '这项任务刚刚已有变化');
    await audit({
      action: 'task.acknowledged',
      subjectType: 'task',
      subjectId: taskId,
      payload: {
        unitId: task.unitId,
        responseId: task.responseId,
        level: task.level,
        late: at.toISOString() > task.dueAt,
        note: note ?? null,
      },
    });
    return taskView((await taskById(trx, taskId))!, at);
  });
}

/**
 * Open tasks past their due time are escalated to the duty officer, once each: the escalation is recorded, and
 * the duty officer's overdue list shows them. A scheduled job (idempotent: a task is escalated once).
 */
export async function escalateOverdueTasks(ctx: ServiceContext, now: Date): Promise<UnitTaskRecord[]> {
  return change(ctx, systemPrincipal('escalation'), 'tasks.escalate', async ({ trx, audit }) => {
    const at = now.toISOString();
    const tasks = await escalateOverdue(trx, at);
    for (const task of tasks) {
      await audit({
        at,
        action: 'task.escalated',
        subjectType: 'task',
        subjectId: task.id,
        payload: { unitId: task.unitId, responseId: task.responseId, dueAt: task.dueAt, to: 'dutyOfficer' },
      });
    }
    return tasks;
  });
}

export interface UnitReportInput {
  kind: 'damage' | 'situation';
  text: string;
  figures?: Record<string, number>;
}

/** A member unit reports damage or the situation (4.1, 5.3): a liaison for its own unit, or the duty officer. */
export async function fileUnitReport(
  ctx: ServiceContext,
  principal: Principal,
  responseId: string,
  unitId: string,
  input: UnitReportInput,
): Promise<{ id: string; filedAt: string }> {
  if (!ctx.plans.meteo().plan.command.memberUnits.some((unit) => unit.id === unitId)) {
    throw new WorkflowError('invalid', 'unknown_unit', `预案中没有成员单位「${unitId}」`, '2.1', 'unitId');
  }
  return change(
    ctx,
    principal,
    'unitReports.create',
    async ({ trx, at, actor, audit }) => {
      if (!input.text.trim()) throw new WorkflowError('invalid', 'text_required', '报告需要正文', null, 'text');
      if (!(await findResponse(trx, responseId)))
        throw new WorkflowError('not-found', 'response_not_found', `没有编号为 ${responseId} 的应急响应`);
      const id = randomUUID();
      const content = { text: input.text.trim(), figures: input.figures ?? {} };
      await insertUnitReport(trx, {
        id,
        response_id: responseId,
        unit_id: unitId,
        kind: input.kind,
        content: JSON.stringify(content),
        filed_by: actor,
        filed_at: at.toISOString(),
      });
      await audit({
        action: `unit-report.${input.kind}`,
        subjectType: 'response',
        subjectId: responseId,
        payload: { reportId: id, unitId, ...content },
      });
      return { id, filedAt: at.toISOString() };
    },
    { facts: { unitId } },
  );
}

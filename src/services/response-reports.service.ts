import type { Principal } from '../access/principal.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { findResponse, pageObligations, type ObligationRecord } from '../store/response.repository.ts';
import { fileOpenObligation, insertAftermath, obligationById } from '../store/response-writes.repository.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';
import { change, read } from './use-case.ts';

export type { ObligationRecord } from '../store/response.repository.ts';

export type ObligationView = ObligationRecord & { overdue: boolean };

/** Whether a report is late: open past its due time (an obligation without a due time is never late). */
export function isOverdue(obligation: Pick<ObligationRecord, 'dueAt' | 'filedAt'>, now: Date): boolean {
  return obligation.filedAt === null && obligation.dueAt !== null && obligation.dueAt < now.toISOString();
}

export function obligationView(obligation: ObligationRecord, now: Date): ObligationView {
  return { ...obligation, overdue: isOverdue(obligation, now) };
}

/** The reports the plan requires (3.3.2, 4.8, 5.2), due first; the command's to see. */
export async function listObligations(
  ctx: ServiceContext,
  principal: Principal,
  query: { response?: string; open?: boolean } & PageRequest,
): Promise<Page<ObligationView>> {
  const now = ctx.clock();
  return read(ctx, principal, 'reports.read', async (db) => {
    const page = await pageObligations(db, { responseId: query.response, open: query.open === true }, query);
    return { items: page.items.map((item) => obligationView(item, now)), next: page.next };
  });
}

/** The duty officer records that a required report was made (3.3.2, 4.8, 5.2), with what it said. */
export async function fileObligation(
  ctx: ServiceContext,
  principal: Principal,
  obligationId: string,
  content: string,
): Promise<ObligationView> {
  return change(ctx, principal, 'reports.file', async ({ trx, at, actor, audit }) => {
    if (!content.trim()) throw new WorkflowError('invalid', 'content_required', '请写明报告的内容', null, 'content');
    const iso = at.toISOString();
    if (!(await fileOpenObligation(trx, obligationId, { at: iso, by: actor, content: content.trim() }))) {
      throw (await obligationById(trx, obligationId))
        ? new WorkflowError('conflict', 'already_filed', '这份报告已登记报送')
        : new WorkflowError('not-found', 'report_not_found', `没有编号为 ${obligationId} 的报告`);
    }
    const filed = (await obligationById(trx, obligationId))!;
    await audit({
      action: 'report.filed',
      subjectType: 'report',
      subjectId: obligationId,
      payload: {
        responseId: filed.responseId,
        kind: filed.kind,
        late: filed.dueAt !== null && iso > filed.dueAt,
        content: content.trim(),
      },
    });
    return obligationView(filed, at);
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

const aftermathFieldsZh: Record<keyof Omit<AftermathInput, 'reportedTo'>, string> = {
  organisedBy: '组织调查的单位',
  losses: '损失情况',
  causes: '原因',
  lessons: '经验教训',
  improvements: '改进措施',
};

/** The 5.2 investigation and evaluation, recorded once the response has ended. */
export async function recordAftermath(
  ctx: ServiceContext,
  principal: Principal,
  responseId: string,
  input: AftermathInput,
): Promise<{ recordedAt: string }> {
  const clause = ctx.plans.meteo().plan.response.investigation.clause;
  return change(ctx, principal, 'aftermath.record', async ({ trx, at, actor, audit }) => {
    for (const field of Object.keys(aftermathFieldsZh) as Array<keyof typeof aftermathFieldsZh>) {
      if (!input[field].trim())
        throw new WorkflowError('invalid', 'field_required', `请填写${aftermathFieldsZh[field]}`, clause, field);
    }
    const response = await findResponse(trx, responseId);
    if (!response) throw new WorkflowError('not-found', 'response_not_found', `没有编号为 ${responseId} 的应急响应`);
    if (response.status !== 'ended')
      throw new WorkflowError('conflict', 'response_not_ended', '调查评估在应急响应结束后进行', clause);
    const recorded = await insertAftermath(trx, {
      response_id: responseId,
      record: JSON.stringify(input),
      clause,
      recorded_by: actor,
      recorded_at: at.toISOString(),
    });
    if (!recorded) throw new WorkflowError('conflict', 'already_recorded', '这次应急响应的调查评估已经记录');
    await audit({
      action: 'aftermath.recorded',
      subjectType: 'response',
      subjectId: responseId,
      payload: { ...input, clause },
    });
    return { recordedAt: at.toISOString() };
  });
}

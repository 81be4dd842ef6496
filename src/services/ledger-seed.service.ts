import type { Principal } from '../access/principal.ts';
import type { LedgerMeasure } from '../ledger/plan-measures.ts';
import {
  ledgerEvidenceById,
  ledgerFileContent,
  ledgerReports,
  ledgerReturns,
} from '../store/ledger-reports.repository.ts';
import { ledgerTaskById, ledgerTimeline } from '../store/ledger.repository.ts';
import type { ServiceContext } from './context.ts';
import { ledgerMeasures, ledgerParties, ledgerPlan } from './ledger-parties.ts';
import { upsertLedgerTask, withLight } from './ledger.service.ts';
import { change, read } from './use-case.ts';
import { listOrder, numberOrder } from '../ledger/numbers.ts';
import { WorkflowError } from '../response/workflow-error.ts';

/** A plan-seeded task's 序号 is its measure's clause ("四(一)1", "7.1"): it never meets an annex's 1…231. */
export function seededNumber(measure: LedgerMeasure): string {
  return measure.clause;
}

/**
 * The plan's own measures as the year's tasks (quality 四's 28 measures, the air plan's measures, the meteo
 * plan's standing duties 7.1, 2.2.3, 7.2, 7.4.1), each due at the year's end. Idempotent: seeding again
 * changes nothing unless the plan did; a lead chosen at 立项 is kept.
 */
export async function seedLedgerFromPlan(
  ctx: ServiceContext,
  principal: Principal,
  request: { planId: string; year: number },
): Promise<{ seeded: number; created: number; updated: number }> {
  const loaded = ledgerPlan(ctx, request.planId);
  const measures = ledgerMeasures(ctx, request.planId);
  return change(ctx, principal, 'ledger.import', async (step) => {
    step.allow({ ledger: ledgerParties(ctx, principal, request.planId, []) });
    const counts = { seeded: measures.length, created: 0, updated: 0 };
    for (const [position, measure] of measures.entries()) {
      const number = seededNumber(measure);
      const { outcome } = await upsertLedgerTask(
        step,
        {
          plan_id: request.planId,
          year: request.year,
          number,
          number_order: numberOrder(number),
          list_order: listOrder(request.year, number, position),
          action_clause: measure.actionClause,
          measure_clause: measure.clause,
          text: measure.text,
          deadline: `${request.year}-12-31`,
          ongoing: 0,
          deadline_text: `${request.year}年底`,
          expected_result: null,
          indicator_ref: null,
          source: 'seed',
          source_ref: `${loaded.id} ${loaded.version}`,
          plan_version: loaded.version,
          plan_hash: loaded.contentHash,
        },
        { lead: measure.lead, partners: measure.partners },
        { kind: 'seed', detail: { plan: loaded.id, version: loaded.version, clause: measure.clause } },
      );
      if (outcome === 'created') counts.created++;
      if (outcome === 'updated') counts.updated++;
    }
    await step.audit({
      action: 'ledger.seeded',
      subjectType: 'ledger',
      subjectId: `${request.planId}/${request.year}`,
      payload: { planVersion: loaded.version, ...counts },
    });
    return counts;
  });
}

/** A task with its timeline, reports (with evidence) and returns: what the task page shows. */
export async function ledgerTaskDetail(ctx: ServiceContext, principal: Principal, taskId: string) {
  return read(ctx, principal, 'ledger.read', async (db) => {
    const task = await ledgerTaskById(db, taskId);
    if (!task) throw new WorkflowError('not-found', 'unknown_task', `没有台账任务「${taskId}」`, null, 'taskId');
    const measure = ledgerMeasures(ctx, task.planId).find((entry) => entry.clause === task.measureClause);
    return {
      task: withLight(ctx, task, ctx.clock()),
      measure: measure ? { clause: measure.clause, title: measure.title, departments: measure.departments } : null,
      timeline: await ledgerTimeline(db, taskId),
      reports: await ledgerReports(db, taskId),
      returns: await ledgerReturns(db, taskId),
    };
  });
}

/** An evidence file with its content, for download. */
export async function ledgerEvidenceFile(ctx: ServiceContext, principal: Principal, evidenceId: string) {
  return read(ctx, principal, 'ledger.read', async (db) => {
    const evidence = await ledgerEvidenceById(db, evidenceId);
    const content = evidence && (await ledgerFileContent(db, evidence.sha256));
    if (!evidence || !content)
      throw new WorkflowError('not-found', 'unknown_evidence', `没有佐证材料「${evidenceId}」`, null, 'id');
    return { evidence, content };
  });
}

import { createHash, randomUUID } from 'node:crypto';
import type { Operation } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';
import { ledgerSteps, takeStep, type LedgerStep } from '../ledger/chain.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { insertLedgerReport, insertLedgerReturn } from '../store/ledger-reports.repository.ts';
import {
  appendLedgerEvent,
  ledgerTaskById,
  replaceLedgerTaskUnits,
  setLedgerNode,
  type LedgerNodeChange,
} from '../store/ledger.repository.ts';
import type { ServiceContext } from './context.ts';
import { ledgerParties } from './ledger-parties.ts';
import { withLight, type LedgerTaskView } from './ledger.service.ts';
import { change } from './use-case.ts';

const operationOf: Record<LedgerStep, Operation> = {
  setUp: 'ledger.setUp',
  assign: 'ledger.assign',
  sign: 'ledger.sign',
  progress: 'ledger.report',
  feedback: 'ledger.report',
  accept: 'ledger.review',
  return: 'ledger.review',
  close: 'ledger.close',
};

/** An evidence file of a report, as uploaded. */
export interface EvidenceUpload {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** Evidence limits: enough for scans and photos of a year's work, not a place to store archives. */
export const evidenceLimits = { maxFiles: 10, maxFileBytes: 10 * 1024 * 1024 };

export interface StepRequest {
  /** 立项: the lead and partner units chosen (full names or short forms). */
  lead?: string[];
  partners?: string[];
  /** A report's or feedback's text; a return's reason. */
  text?: string;
  files?: EvidenceUpload[];
}

function columnsOf(step: LedgerStep, at: string, actor: string, to: LedgerTaskView['node']): LedgerNodeChange {
  switch (step) {
    case 'setUp':
      return { node: to, set_up_at: at, set_up_by: actor };
    case 'assign':
      return { node: to, assigned_at: at, assigned_by: actor };
    case 'sign':
      return { node: to, signed_at: at, signed_by: actor };
    case 'progress':
      return { node: to, handling_at: at };
    case 'feedback':
      return { node: to, feedback_at: at, feedback_by: actor };
    case 'accept':
      return { node: to, reviewed_at: at, reviewed_by: actor };
    case 'return':
      return { node: to, feedback_at: null, feedback_by: null, reviewed_at: null, reviewed_by: null };
    case 'close':
      return { node: to, closed_at: at, closed_by: actor };
  }
}

function checkFiles(files: EvidenceUpload[]): void {
  if (files.length > evidenceLimits.maxFiles)
    throw new WorkflowError(
      'invalid',
      'too_many_files',
      `每次最多上传 ${evidenceLimits.maxFiles} 个佐证材料`,
      null,
      'files',
    );
  for (const file of files) {
    if (file.content.length === 0)
      throw new WorkflowError('invalid', 'empty_file', `佐证材料「${file.fileName}」是空文件`, null, 'files');
    if (file.content.length > evidenceLimits.maxFileBytes)
      throw new WorkflowError(
        'invalid',
        'file_too_large',
        `佐证材料「${file.fileName}」超过 ${evidenceLimits.maxFileBytes / 1024 / 1024} MiB`,
        null,
        'files',
      );
  }
}

/** A file name as given, without a path or control characters (it is shown and offered for download). */
// eslint-disable-next-line no-control-regex
const unsafeInFileName = /[\u0000-\u001f\u007f"]/g;

function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(unsafeInFileName, '').trim();
  return base.slice(0, 200) || '佐证材料';
}

/**
 * One step of the chain on one task: the policy (who acts for the coordinator or the lead unit), the core's
 * state machine, the node's time and actor, the timeline, the reports, evidence and returns, and the audit
 * entry, in one transaction.
 */
export async function takeLedgerStep(
  ctx: ServiceContext,
  principal: Principal,
  taskId: string,
  step: LedgerStep,
  request: StepRequest = {},
): Promise<LedgerTaskView> {
  const files = request.files ?? [];
  checkFiles(files);
  if (files.length > 0 && step !== 'progress' && step !== 'feedback')
    throw new WorkflowError('invalid', 'no_files_here', '只有报送进展和反馈时可以上传佐证材料', null, 'files');
  const units = ctx.plans.units();
  return change(ctx, principal, operationOf[step], async (tx) => {
    const task = await ledgerTaskById(tx.trx, taskId);
    if (!task) throw new WorkflowError('not-found', 'unknown_task', `没有台账任务「${taskId}」`, null, 'taskId');
    tx.allow({ ledger: ledgerParties(ctx, principal, task.planId, task.lead) });
    const parties = ledgerParties(ctx, principal, task.planId, task.lead);
    const to = takeStep(step, { node: task.node, lead: task.lead, text: request.text }, parties);
    const at = tx.at.toISOString();

    let lead = task.lead;
    let partners = task.partners;
    if (step === 'setUp') {
      const resolve = (names: string[] | undefined, path: string) => [
        ...new Set(
          (names ?? []).map((name) => {
            const unit = units.tryResolve(name);
            if (!unit) throw new WorkflowError('invalid', 'unknown_unit', `单位名录中没有「${name}」`, null, path);
            return unit.name;
          }),
        ),
      ];
      lead = resolve(request.lead, 'lead');
      if (lead.length === 0) throw new WorkflowError('invalid', 'lead_required', '立项须确定牵头单位', null, 'lead');
      partners = resolve(request.partners, 'partners').filter((name) => !lead.includes(name));
      await replaceLedgerTaskUnits(tx.trx, task.id, { lead, partners });
    }
    if (!(await setLedgerNode(tx.trx, task.id, task.node, columnsOf(step, at, tx.actor, to), at)))
      throw new WorkflowError('conflict', 'node_changed', '任务环节刚被他人更新,请刷新后重试');

    const detail: Record<string, unknown> = {};
    if (step === 'setUp') Object.assign(detail, { lead, partners });
    if (step === 'progress' || step === 'feedback') {
      const reportId = randomUUID();
      const unit = principal.kind === 'user' ? units.byUnitId(principal.user.unitId ?? '')?.name : undefined;
      const evidence = files.map((file) => {
        const sha256 = createHash('sha256').update(file.content).digest('hex');
        return {
          content: file.content,
          row: {
            id: randomUUID(),
            report_id: reportId,
            task_id: task.id,
            file_name: safeFileName(file.fileName),
            media_type: file.mediaType || 'application/octet-stream',
            size: file.content.length,
            sha256,
            at,
          },
        };
      });
      await insertLedgerReport(
        tx.trx,
        {
          id: reportId,
          task_id: task.id,
          kind: step,
          unit: unit ?? task.lead[0]!,
          text: request.text!.trim(),
          at,
          actor: tx.actor,
        },
        evidence,
      );
      Object.assign(detail, {
        reportId,
        evidence: evidence.map(({ row }) => ({
          id: row.id,
          fileName: row.file_name,
          size: row.size,
          sha256: row.sha256,
        })),
      });
    }
    if (step === 'return')
      await insertLedgerReturn(tx.trx, {
        id: randomUUID(),
        task_id: task.id,
        reason: request.text!.trim(),
        at,
        actor: tx.actor,
      });

    const note =
      step === 'setUp'
        ? `立项,牵头单位:${lead.join('、')}`
        : step === 'return' || step === 'progress' || step === 'feedback'
          ? `${ledgerSteps[step].zh}:${request.text!.trim()}`
          : ledgerSteps[step].zh;
    const event = await appendLedgerEvent(tx.trx, {
      id: randomUUID(),
      taskId: task.id,
      kind: step === 'setUp' ? 'set-up' : step,
      nodeBefore: task.node,
      nodeAfter: to,
      at,
      actor: tx.actor,
      note,
      detail,
    });
    await tx.audit({
      action: `ledger.${step}`,
      subjectType: 'ledgerTask',
      subjectId: task.id,
      payload: {
        planId: task.planId,
        year: task.year,
        number: task.number,
        from: task.node,
        to,
        note,
        seq: event.seq,
        ...detail,
      },
    });
    const updated = await ledgerTaskById(tx.trx, task.id);
    return withLight(ctx, updated!, tx.at);
  });
}

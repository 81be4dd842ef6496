import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../access/principal.ts';
import { lightBounds, shanghaiDate, trafficLight } from '../ledger/lights.ts';
import type { LedgerLight } from '../ledger/nodes.ts';
import { listOrder, numberOrder } from '../ledger/numbers.ts';
import { readTaskSheet, SheetHeaderError, type SheetTask } from '../ledger/sheet.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import {
  allLedgerTasks,
  appendLedgerEvent,
  pageLedgerTasks,
  insertLedgerTask,
  ledgerTaskByNumber,
  updateLedgerTaskContent,
  type LedgerTaskContent,
  type LedgerTaskFilter,
  type LedgerTaskRecord,
} from '../store/ledger.repository.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';
import { ledgerMeasures, ledgerParties, ledgerPlan } from './ledger-parties.ts';
import { readFirstSheet, WorkbookError } from './ledger-workbook.ts';
import { change, read, type Step } from './use-case.ts';

/** What is wrong with an import: one entry per bad cell (`sheet!cell`), or one for the file as a whole. */
export interface LedgerFileProblem {
  sheet?: string;
  cell?: string;
  reason: string;
}

export class LedgerFileError extends Error {
  constructor(readonly problems: LedgerFileProblem[]) {
    super(problems.map((p) => (p.cell ? `${p.sheet}!${p.cell}: ${p.reason}` : p.reason)).join('; '));
    this.name = 'LedgerFileError';
  }
}

/** A task as the ledger shows it: the contract's list shape and the node dates. */
export interface LedgerTaskView extends LedgerTaskRecord {
  light: LedgerLight;
}

export function withLight(ctx: ServiceContext, task: LedgerTaskRecord, at: Date): LedgerTaskView {
  return { ...task, light: trafficLight(task, shanghaiDate(at), ctx.plans.ledgerSettings().warningDays) };
}

function taskContent(
  ctx: ServiceContext,
  planId: string,
  year: number,
  task: Pick<SheetTask, 'number' | 'measure' | 'text' | 'deadline' | 'deadlineText' | 'row'>,
  source: LedgerTaskContent['source'],
  sourceRef: string,
): LedgerTaskContent {
  const loaded = ledgerPlan(ctx, planId);
  return {
    plan_id: planId,
    year,
    number: task.number,
    number_order: numberOrder(task.number),
    list_order: listOrder(year, task.number, task.row),
    action_clause: task.measure.actionClause,
    measure_clause: task.measure.clause,
    text: task.text,
    deadline: task.deadline.date,
    ongoing: task.deadline.ongoing ? 1 : 0,
    deadline_text: task.deadlineText,
    expected_result: null,
    indicator_ref: null,
    source,
    source_ref: sourceRef,
    plan_version: loaded.version,
    plan_hash: loaded.contentHash,
  };
}

const sameUnits = (a: readonly string[], b: readonly string[]) => a.join('、') === b.join('、');

/**
 * Writes one task of a file or the plan: a new one at 立项 (set up by whoever brought it, when its lead is
 * known), or the one with the same plan, year and 序号 updated in place (text, units, deadline), its node and
 * history kept. Returns whether it was new, changed or the same.
 */
export async function upsertLedgerTask(
  step: Step,
  content: LedgerTaskContent,
  units: { lead: string[]; partners: string[] },
  event: { kind: 'import' | 'seed' | 'drill'; detail: Record<string, unknown> },
): Promise<{ task: string; outcome: 'created' | 'updated' | 'unchanged' }> {
  const at = step.at.toISOString();
  const existing = await ledgerTaskByNumber(step.trx, content.plan_id, content.year, content.number);
  if (!existing) {
    const id = randomUUID();
    const setUp = units.lead.length > 0 ? { set_up_at: at, set_up_by: step.actor } : {};
    await insertLedgerTask(step.trx, { ...content, ...setUp, id, node: '立项', created_at: at }, units);
    await appendLedgerEvent(step.trx, {
      id: randomUUID(),
      taskId: id,
      kind: event.kind,
      nodeBefore: null,
      nodeAfter: '立项',
      at,
      actor: step.actor,
      note: units.lead.length > 0 ? `立项,牵头单位:${units.lead.join('、')}` : '立项,待确定牵头单位',
      detail: { ...event.detail, lead: units.lead, partners: units.partners, deadline: content.deadline },
    });
    return { task: id, outcome: 'created' };
  }
  const changed: Record<string, unknown> = {};
  if (existing.text !== content.text) changed.text = content.text;
  if (existing.measureClause !== content.measure_clause) changed.measureClause = content.measure_clause;
  if (existing.deadline !== content.deadline || existing.ongoing !== (content.ongoing === 1))
    changed.deadline = content.deadline;
  if (existing.deadlineText !== content.deadline_text) changed.deadlineText = content.deadline_text;
  // A plan-seeded task whose lead is chosen at 立项 keeps that lead when the plan is seeded again.
  const keepUnits = event.kind === 'seed' && units.lead.length === 0;
  if (!keepUnits && !sameUnits(existing.lead, units.lead)) changed.lead = units.lead;
  if (!keepUnits && !sameUnits(existing.partners, units.partners)) changed.partners = units.partners;
  if (Object.keys(changed).length === 0) return { task: existing.id, outcome: 'unchanged' };
  await updateLedgerTaskContent(
    step.trx,
    existing.id,
    content,
    keepUnits ? { lead: existing.lead, partners: existing.partners } : units,
    at,
  );
  await appendLedgerEvent(step.trx, {
    id: randomUUID(),
    taskId: existing.id,
    kind: 'update',
    nodeBefore: existing.node,
    nodeAfter: existing.node,
    at,
    actor: step.actor,
    note: `更新:${Object.keys(changed).join('、')}`,
    detail: { ...event.detail, changed },
  });
  return { task: existing.id, outcome: 'updated' };
}

export interface LedgerImport {
  planId: string;
  year: number;
  fileName: string;
  content: Buffer;
  /** Told after each task is written inside the transaction (a long import's progress; the kill test waits on it). */
  progress?: (written: number, total: number) => Promise<void> | void;
}

/**
 * `ledger import`: the first sheet of an .xlsx file in the government's layout into the plan's ledger for a
 * year. Every problem is collected first; a file with any stores nothing. One transaction, one audit entry.
 */
export async function importLedgerSheet(
  ctx: ServiceContext,
  principal: Principal,
  request: LedgerImport,
): Promise<{ imported: number; created: number; updated: number }> {
  let measures;
  try {
    measures = ledgerMeasures(ctx, request.planId);
  } catch (error) {
    if (error instanceof WorkflowError) throw new LedgerFileError([{ reason: error.message }]);
    throw error;
  }
  let parsed;
  let sheet: string;
  try {
    const grid = await readFirstSheet(request.content);
    sheet = grid.name;
    parsed = readTaskSheet(grid, { measures, units: ctx.plans.units(), year: request.year });
  } catch (error) {
    if (error instanceof WorkbookError || error instanceof SheetHeaderError)
      throw new LedgerFileError([{ reason: error.message }]);
    throw error;
  }
  if (parsed.problems.length > 0) throw new LedgerFileError(parsed.problems.map((problem) => ({ sheet, ...problem })));
  const sha256 = createHash('sha256').update(request.content).digest('hex');
  return change(ctx, principal, 'ledger.import', async (step) => {
    step.allow({ ledger: ledgerParties(ctx, principal, request.planId, []) });
    const counts = { imported: parsed.tasks.length, created: 0, updated: 0 };
    for (const task of parsed.tasks) {
      const content = taskContent(ctx, request.planId, request.year, task, 'import', request.fileName);
      const { outcome } = await upsertLedgerTask(
        step,
        content,
        { lead: task.lead, partners: task.partners },
        { kind: 'import', detail: { file: request.fileName, row: task.row } },
      );
      if (outcome === 'created') counts.created++;
      if (outcome === 'updated') counts.updated++;
      await request.progress?.(counts.created + counts.updated, parsed.tasks.length);
    }
    await step.audit({
      action: 'ledger.imported',
      subjectType: 'ledger',
      subjectId: `${request.planId}/${request.year}`,
      payload: { file: request.fileName, sha256, ...counts },
    });
    return counts;
  });
}

/** Every task of a plan (a year, an action, a unit…) in the list's order, with its light. */
export async function ledgerTasks(
  ctx: ServiceContext,
  principal: Principal,
  filter: LedgerTaskFilter,
): Promise<LedgerTaskView[]> {
  if (filter.planId !== undefined) ledgerPlan(ctx, filter.planId);
  const at = ctx.clock();
  return read(ctx, principal, 'ledger.read', async (db) =>
    (await allLedgerTasks(db, filter)).map((task) => withLight(ctx, task, at)),
  );
}

export interface LedgerListFilter extends Omit<LedgerTaskFilter, 'light'> {
  light?: LedgerLight | undefined;
}

/** A page of the ledger, filtered in SQL (plan, year, action, unit, node, light), in the list's order. */
export async function pageLedger(
  ctx: ServiceContext,
  principal: Principal,
  filter: LedgerListFilter,
  page: PageRequest,
): Promise<Page<LedgerTaskView>> {
  if (filter.planId !== undefined) ledgerPlan(ctx, filter.planId);
  const at = ctx.clock();
  const today = shanghaiDate(at);
  const { yellowBy } = lightBounds(today, ctx.plans.ledgerSettings().warningDays);
  const { light, ...rest } = filter;
  return read(ctx, principal, 'ledger.read', async (db) => {
    const result = await pageLedgerTasks(db, { ...rest, light: light && { light, today, yellowBy } }, page);
    return { items: result.items.map((task) => withLight(ctx, task, at)), next: result.next };
  });
}

/** The contract's `list --json` shape of a task. */
export function contractTask(task: LedgerTaskView) {
  return {
    number: task.number,
    measureClause: task.measureClause,
    text: task.text,
    lead: task.lead,
    partners: task.partners,
    deadline: task.deadline,
    ongoing: task.ongoing,
    year: task.year,
    node: task.node,
    light: task.light,
    actionClause: task.actionClause,
    deadlineText: task.deadlineText,
  };
}

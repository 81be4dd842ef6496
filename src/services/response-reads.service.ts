import { decide, seesCommandReports, visibleUnit } from '../access/policy.ts';
import type { Principal } from '../access/principal.ts';
import type { ProposalStatus } from '../response/decisions.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import {
  activeResponse,
  aftermathOf,
  findProposal,
  findResponse,
  listProposals,
  listResponses,
  obligationsOf,
  ordersOf,
  tasksOf,
  unitReportsOf,
  type ProposalRecord,
  type ResponseRecord,
} from '../store/response.repository.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';
import { obligationView } from './response-reports.service.ts';
import { taskView } from './response-units.service.ts';
import { read } from './use-case.ts';

/**
 * The response in force as the asker may see it: its orders, the tasks (a liaison its own unit's), the reports
 * the plan requires and the pending proposals (the command's, not a member unit's).
 */
export async function responseStatus(ctx: ServiceContext, principal: Principal) {
  const now = ctx.clock();
  const plan = ctx.plans.meteo().plan;
  return read(ctx, principal, 'response.read', async (db) => {
    const pending = decide(plan, principal, 'proposals.read').allowed
      ? (await listProposals(db, { status: 'pending' }, { limit: 500 })).items
      : [];
    const response = await activeResponse(db);
    if (!response) return { response: null, orders: [], tasks: [], reports: [], pending };
    const tasks = await tasksOf(db, { responseId: response.id, unitId: visibleUnit(principal) });
    const reports = seesCommandReports(plan, principal) ? await obligationsOf(db, { responseId: response.id }) : [];
    return {
      response,
      orders: await ordersOf(db, response.id),
      tasks: tasks.map((task) => taskView(task, now)),
      reports: reports.map((report) => obligationView(report, now)),
      pending,
    };
  });
}

/** The response in force, if any (a drill refuses a store that has one). */
export async function responseInForce(ctx: ServiceContext, principal: Principal): Promise<ResponseRecord | undefined> {
  return read(ctx, principal, 'responses.read', (db) => activeResponse(db));
}

/** Responses, newest first: the command's record. */
export async function listResponseHistory(
  ctx: ServiceContext,
  principal: Principal,
  page: PageRequest,
): Promise<Page<ResponseRecord>> {
  return read(ctx, principal, 'responses.read', (db) => listResponses(db, page));
}

/** One response with its orders, tasks, required reports, unit reports and the 5.2 record. */
export async function responseRecord(ctx: ServiceContext, principal: Principal, id: string) {
  const now = ctx.clock();
  return read(ctx, principal, 'responses.read', async (db) => {
    const response = await findResponse(db, id);
    if (!response) throw new WorkflowError('not-found', 'response_not_found', `没有编号为 ${id} 的应急响应`);
    return {
      response,
      orders: await ordersOf(db, response.id),
      tasks: (await tasksOf(db, { responseId: response.id })).map((task) => taskView(task, now)),
      reports: (await obligationsOf(db, { responseId: response.id })).map((report) => obligationView(report, now)),
      unitReports: await unitReportsOf(db, response.id),
      aftermath: await aftermathOf(db, response.id),
    };
  });
}

export async function listProposalsFor(
  ctx: ServiceContext,
  principal: Principal,
  query: { status?: ProposalStatus } & PageRequest,
): Promise<Page<ProposalRecord>> {
  return read(ctx, principal, 'proposals.read', (db) => listProposals(db, { status: query.status }, query));
}

export async function proposalById(ctx: ServiceContext, principal: Principal, id: string): Promise<ProposalRecord> {
  return read(ctx, principal, 'proposals.read', async (db) => {
    const proposal = await findProposal(db, id);
    if (!proposal) throw new WorkflowError('not-found', 'proposal_not_found', `没有编号为 ${id} 的建议`);
    return proposal;
  });
}

/** The member units of 2.1 with their 2.2.2 duties: plan data, for everyone. */
export function memberUnits(ctx: ServiceContext) {
  return ctx.plans.meteo().plan.command.memberUnits.map((unit) => ({
    id: unit.id,
    name: unit.name,
    duties: unit.duties.text,
    concernsAlways: unit.concern.always,
    hazards: unit.concern.hazards,
  }));
}

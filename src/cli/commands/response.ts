import type { Command } from 'commander';
import type { Actor } from '../../access/roles.ts';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { Level } from '../../plans/common.schema.ts';
import { HazardKey } from '../../plans/meteo/hazards.schema.ts';
import { levelZh } from '../../response/levels.ts';
import { WorkflowError } from '../../response/workflow-error.ts';
import { propose, rejectOrder, signOrder } from '../../services/response-orders.service.ts';
import { isOverdue } from '../../services/response-reports.service.ts';
import { escalateOverdueTasks } from '../../services/response-units.service.ts';
import type { WorkflowContext } from '../../services/workflow-context.ts';
import type { Store } from '../../store/database.ts';
import { activeResponse, listProposals, obligationsOf, tasksOf } from '../../store/response.repository.ts';
import { actorForCredential } from '../../store/users.repository.ts';
import { InputError } from '../input-error.ts';
import { withStore } from '../store-access.ts';

interface Common {
  token?: string;
  database?: string;
  json?: boolean;
}

/** The CLI acts as a person: the API token of a user (NUANCHENG_TOKEN or --token), checked against the store. */
async function signedIn(store: Store, options: Common): Promise<Actor> {
  const token = options.token ?? process.env.NUANCHENG_TOKEN;
  if (!token)
    throw new InputError('--token (or NUANCHENG_TOKEN): an API token is needed; create one with POST /api/auth/tokens');
  const actor = await actorForCredential(store.db, token, new Date());
  if (!actor) throw new InputError('the API token is unknown, expired or revoked');
  return actor;
}

function print(options: Common, value: unknown, lines: () => string[]): void {
  process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${lines().join('\n')}\n`);
}

/** Runs one workflow step; a refusal by the plan is the user's to fix, so it exits 2 with its one line. */
async function step<T>(options: Common, run: (ctx: WorkflowContext, actor: Actor) => Promise<T>): Promise<T> {
  return withStore(async (store) => {
    const actor = await signedIn(store, options);
    try {
      return await run({ db: store.db, meteo: PlanCatalog.load().meteo(), now: () => new Date() }, actor);
    } catch (error) {
      if (error instanceof WorkflowError) throw new InputError(`${error.code}: ${error.message}`);
      throw error;
    }
  }, options.database);
}

function withCommon(command: Command): Command {
  return command
    .option('--token <token>', 'API token of the user acting (default: NUANCHENG_TOKEN)')
    .option('--database <url>', 'the store (default: DATABASE_URL or the SQLite file in NUANCHENG_DATA_DIR)')
    .option('--json', 'print JSON');
}

export function registerResponseCommands(program: Command): void {
  const response = program
    .command('response')
    .description("the duty officer's steps of the emergency response (plan 4)");
  const plan = () => PlanCatalog.load().meteo().plan;

  withCommon(
    response.command('status').description('the response in force, pending proposals, open tasks and reports'),
  ).action(async (options: Common) => {
    const status = await step(options, async (ctx) => {
      await escalateOverdueTasks(ctx);
      const current = await activeResponse(ctx.db);
      return {
        response: current ?? null,
        pending: await listProposals(ctx.db, 'pending'),
        tasks: current ? await tasksOf(ctx.db, { responseId: current.id, status: 'open' }) : [],
        reports: await obligationsOf(ctx.db, { open: true }),
      };
    });
    const now = new Date();
    print(options, status, () => [
      status.response
        ? `应急响应: ${levelZh(plan(), status.response.level)} (${status.response.hazards.join(', ')}), since ${status.response.startedAt}`
        : '应急响应: 无',
      ...status.pending.map(
        (p) =>
          `待签: ${p.id} ${p.orderKind} ${p.fromLevel ?? '-'}→${p.toLevel ?? '-'} 由 ${p.signerRole} 签发 (${p.conditionClause})`,
      ),
      `未到位成员单位: ${status.tasks.length}${
        status.tasks.some((t) => t.escalatedAt)
          ? ` (已上报值班员: ${status.tasks
              .filter((t) => t.escalatedAt)
              .map((t) => t.unitName)
              .join('、')})`
          : ''
      }`,
      ...status.reports.map(
        (r) =>
          `报告 ${r.kind} → ${r.to.join('、')} 截止 ${r.dueAt ?? '无'}${isOverdue(r, now) ? ' 已逾期' : ''} (${r.clause})`,
      ),
    ]);
  });

  withCommon(
    response
      .command('propose')
      .description("propose a level on an overall assessment (综合评估, 4.2(3)) or the region's response (4.2(2))"),
  )
    .requiredOption('--level <level>', 'I, II, III, IV, or none to propose ending the response')
    .option('--hazard <hazard...>', 'the hazards the response is for', [])
    .option('--justification <text>', 'the written assessment (required for an overall assessment)')
    .option('--region-order <reference>', "the autonomous region's order this follows")
    .action(
      async (options: Common & { level: string; hazard: string[]; justification?: string; regionOrder?: string }) => {
        const targetLevel = options.level === 'none' ? null : Level.safeParse(options.level).data;
        if (targetLevel === undefined)
          throw new InputError(`--level: expected I, II, III, IV or none, got "${options.level}"`);
        const hazards = options.hazard.map((hazard) => {
          const parsed = HazardKey.safeParse(hazard);
          if (!parsed.success)
            throw new InputError(`--hazard: unknown hazard "${hazard}"; one of ${HazardKey.options.join(', ')}`);
          return parsed.data;
        });
        const basis = options.regionOrder
          ? {
              source: 'regionResponse' as const,
              sourceReference: options.regionOrder,
              justification: options.justification,
            }
          : { source: 'assessment' as const, justification: options.justification ?? '' };
        const result = await step(options, (ctx, actor) => propose(ctx, actor, { targetLevel, hazards, basis }));
        print(options, result, () => [
          `${result.created ? '已提出' : '已有相同建议'}: ${result.proposal.id} ${result.proposal.orderKind}, 由 ${result.proposal.signerRole} 签发`,
        ]);
      },
    );

  withCommon(
    response
      .command('sign')
      .argument('<proposal>', 'proposal id')
      .description('sign a proposal into an order (the role 4.3 names)'),
  ).action(async (proposalId: string, options: Common) => {
    const result = await step(options, (ctx, actor) => signOrder(ctx, proposalId, actor));
    print(options, result, () => [`已签发: ${result.order.title} (${result.order.clause}), ${result.order.signedAt}`]);
  });

  withCommon(
    response
      .command('reject')
      .argument('<proposal>', 'proposal id')
      .requiredOption('--reason <text>', 'why')
      .description('reject a proposal'),
  ).action(async (proposalId: string, options: Common & { reason: string }) => {
    const result = await step(options, (ctx, actor) => rejectOrder(ctx, proposalId, actor, options.reason));
    print(options, result, () => [`已驳回: ${result.id} (${result.rejectionReason})`]);
  });
}

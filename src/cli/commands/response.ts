import type { Command } from 'commander';
import { roleNamesZh, type Role } from '../../access/roles.ts';
import { beijingFull } from '../../alerts/dissemination/beijing-time.ts';
import { Level } from '../../plans/common.schema.ts';
import { HazardKey } from '../../plans/meteo/hazards.schema.ts';
import { levelZh } from '../../response/levels.ts';
import type { ServiceContext } from '../../services/context.ts';
import { propose, rejectOrder, signOrder } from '../../services/response-orders.service.ts';
import { responseStatus } from '../../services/response-reads.service.ts';
import type { Principal } from '../../access/principal.ts';
import { InputError } from '../input-error.ts';
import type { CliIo } from '../io.ts';
import { signedIn, withServices } from '../session.ts';

export interface TokenOptions {
  token?: string;
  database?: string;
  json?: boolean;
}

/** Runs one step as the person whose token is given, through the same services and policy as the HTTP API. */
export async function asPerson<T>(
  options: TokenOptions,
  run: (ctx: ServiceContext, principal: Principal) => Promise<T>,
): Promise<T> {
  return withServices(async (ctx) => run(ctx, await signedIn(ctx, options.token)), options.database);
}

export function withTokenOptions(command: Command): Command {
  return command
    .option('--token <token>', 'API token of the user acting (default: NUANCHENG_TOKEN)')
    .option('--database <url>', 'the store (default: DATABASE_URL or the SQLite file in NUANCHENG_DATA_DIR)')
    .option('--json', 'print JSON');
}

export function print(io: CliIo, options: { json?: boolean }, value: unknown, lines: () => string[]): void {
  io.out(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${lines().join('\n')}\n`);
}

const roleZh = (role: string) => roleNamesZh[role as Role] ?? role;

export function registerResponseCommands(program: Command, io: CliIo): void {
  const response = program
    .command('response')
    .description("the duty officer's steps of the emergency response (plan 4)");

  withTokenOptions(
    response
      .command('status')
      .description(
        'the response in force, its tasks (a liaison: its own unit), and for the command the pending proposals and reports',
      ),
  ).action(async (options: TokenOptions) => {
    const { status, plan } = await asPerson(options, async (ctx, principal) => ({
      status: await responseStatus(ctx, principal),
      plan: ctx.plans.meteo().plan,
    }));
    const open = status.tasks.filter((task) => task.status === 'open');
    print(io, options, status, () => [
      status.response
        ? `应急响应: ${levelZh(plan, status.response.level)} (${status.response.hazards.join(', ')}), 自 ${beijingFull(status.response.startedAt)}`
        : '应急响应: 无',
      ...status.pending.map(
        (p) =>
          `待签: ${p.id} ${p.orderKind} ${p.fromLevel ?? '-'}→${p.toLevel ?? '-'} 由${roleZh(p.signerRole)}签发 (${p.conditionClause})`,
      ),
      `未到位成员单位: ${open.length}${
        open.some((t) => t.escalatedAt)
          ? ` (已上报值班员: ${open
              .filter((t) => t.escalatedAt)
              .map((t) => t.unitName)
              .join('、')})`
          : ''
      }`,
      ...status.reports
        .filter((r) => r.filedAt === null)
        .map(
          (r) =>
            `报告 ${r.kind} → ${r.to.join('、')} 截止 ${r.dueAt ? beijingFull(r.dueAt) : '无'}${r.overdue ? ' 已逾期' : ''} (${r.clause})`,
        ),
    ]);
  });

  withTokenOptions(
    response
      .command('propose')
      .description("propose a level on an overall assessment (综合评估, 4.2(3)) or the region's response (4.2(2))"),
  )
    .requiredOption('--level <level>', 'I, II, III, IV, or none to propose ending the response')
    .option('--hazard <hazard...>', 'the hazards the response is for', [])
    .option('--justification <text>', 'the written assessment (required for an overall assessment)')
    .option('--region-order <reference>', "the autonomous region's order this follows")
    .action(
      async (
        options: TokenOptions & { level: string; hazard: string[]; justification?: string; regionOrder?: string },
      ) => {
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
        const result = await asPerson(options, (ctx, principal) =>
          propose(ctx, principal, { targetLevel, hazards, basis }),
        );
        print(io, options, result, () => [
          `${result.created ? '已提出' : '已有相同建议'}: ${result.proposal.id} ${result.proposal.orderKind}, 由${roleZh(result.proposal.signerRole)}签发`,
        ]);
      },
    );

  withTokenOptions(
    response
      .command('sign')
      .argument('<proposal>', 'proposal id')
      .description('sign a proposal into an order (the role 4.3 names)'),
  ).action(async (proposalId: string, options: TokenOptions) => {
    const result = await asPerson(options, (ctx, principal) => signOrder(ctx, principal, proposalId));
    print(io, options, result, () => [
      `已签发: ${result.order.title} (${result.order.clause}), ${beijingFull(result.order.signedAt)}`,
    ]);
  });

  withTokenOptions(
    response
      .command('reject')
      .argument('<proposal>', 'proposal id')
      .requiredOption('--reason <text>', 'why')
      .description('reject a proposal'),
  ).action(async (proposalId: string, options: TokenOptions & { reason: string }) => {
    const result = await asPerson(options, (ctx, principal) => rejectOrder(ctx, principal, proposalId, options.reason));
    print(io, options, result, () => [`已驳回: ${result.id} (${result.rejectionReason})`]);
  });
}

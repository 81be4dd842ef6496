import type { Command } from 'commander';
import type { Principal } from '../../access/principal.ts';
import {
  assignIndicator,
  indicatorHistory,
  listIndicators,
  reportIndicatorValue,
  type IndicatorValueRecord,
  type IndicatorView,
} from '../../services/ledger-indicators.service.ts';
import { unitScorecard, yearScorecards } from '../../services/ledger-scorecards.service.ts';
import type { ServiceContext } from '../../services/context.ts';
import { InputError } from '../input-error.ts';
import type { CliIo } from '../io.ts';
import { operator, signedIn, withServices } from '../session.ts';
import { asPerson, print, withTokenOptions, type TokenOptions } from './response.ts';

/** With a token (or NUANCHENG_TOKEN) as that person; without one as the local operator who holds the store. */
export function asCaller<T>(options: TokenOptions, run: (ctx: ServiceContext, principal: Principal) => Promise<T>) {
  return withServices(
    async (ctx) =>
      run(ctx, options.token || process.env.NUANCHENG_TOKEN ? await signedIn(ctx, options.token) : operator()),
    options.database,
  );
}

function yearOption(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new InputError(`--year ${text}: expected a year YYYY`);
  return Number(text);
}

function numberOption(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new InputError(`--value ${text}: expected a number`);
  return value;
}

const STATUS_ZH = { onTrack: '正常', atRisk: '有风险', missed: '未完成', noData: '无数据' } as const;

function indicatorLine(view: IndicatorView): string {
  const latest = view.latest ? `${view.latest.value}${view.unitOfMeasure ?? ''}` : '—';
  const status = view.trajectory ? `${STATUS_ZH[view.trajectory.status]}(${view.trajectory.rule})` : '定性目标';
  return `${view.planId}/${view.targetId} ${view.year} ${view.unit ?? '未定责任单位'} 最新 ${latest} ${status} ${view.text}`;
}

/**
 * `nuancheng ledger indicator …` and `nuancheng ledger scorecards`: the plans' targets with their value history
 * and trajectory, and the yearly assessment (督查考核). Added to the `ledger` command group.
 */
export function registerLedgerScoreCommands(program: Command, io: CliIo): void {
  const ledger =
    program.commands.find((command) => command.name() === 'ledger') ??
    program.command('ledger').description('the supervision ledger (督查督办台账)');
  const indicator = ledger
    .command('indicator')
    .description('plan targets: value history reported by their units, trajectory on track / at risk / missed');

  withTokenOptions(indicator.command('list').description('every target with its unit, latest value and trajectory'))
    .option('--plan <id>', 'quality-2024 or air-2024')
    .option('--year <YYYY>', 'targets due that year', yearOption)
    .option('--unit <name>', 'the targets of one unit (full name or short form)')
    .option('--as-of <date>', 'read the trajectories on this day (YYYY-MM-DD; default today)')
    .action(async (options: TokenOptions & { plan?: string; year?: number; unit?: string; asOf?: string }) => {
      const indicators = await asCaller(options, (ctx, principal) =>
        listIndicators(ctx, principal, {
          ...(options.plan ? { plan: options.plan } : {}),
          ...(options.year !== undefined ? { year: options.year } : {}),
          ...(options.unit ? { unit: options.unit } : {}),
          ...(options.asOf ? { asOf: options.asOf } : {}),
        }),
      );
      print(io, options, { indicators }, () => indicators.map(indicatorLine));
    });

  withTokenOptions(
    indicator
      .command('history')
      .argument('<plan>', 'the plan id')
      .argument('<target>', 'the target id')
      .description("a target's reported values, newest report first"),
  ).action(async (plan: string, target: string, options: TokenOptions) => {
    const values: IndicatorValueRecord[] = [];
    for (let cursor: string | undefined, page; ; cursor = page.next) {
      page = await asCaller(options, (ctx, principal) =>
        indicatorHistory(ctx, principal, plan, target, { limit: 500, ...(cursor ? { cursor } : {}) }),
      );
      values.push(...page.items);
      if (page.next === null) break;
    }
    print(io, options, { values }, () =>
      values.length === 0
        ? ['尚无报送数值']
        : values.map(
            (value) =>
              `${value.period}(至 ${value.periodEnd}) ${value.value} 来源:${value.source} 佐证:${value.evidence} ${value.unit} ${value.reportedBy} ${value.reportedAt}`,
          ),
    );
  });

  withTokenOptions(
    indicator
      .command('report')
      .argument('<plan>', 'the plan id')
      .argument('<target>', 'the target id')
      .description("the target's unit reports a value for a period (liaison's token)"),
  )
    .requiredOption('--period <text>', 'the period, e.g. 2025年上半年')
    .requiredOption('--period-end <date>', 'the last day of the period (YYYY-MM-DD)')
    .requiredOption('--value <number>', 'the value, in the unit of the target', numberOption)
    .requiredOption('--source <text>', 'where the figure comes from')
    .requiredOption('--evidence <text>', 'document number, file name or address of the evidence')
    .option('--note <text>', 'a remark (e.g. a correction)')
    .action(
      async (
        plan: string,
        target: string,
        options: TokenOptions & {
          period: string;
          periodEnd: string;
          value: number;
          source: string;
          evidence: string;
          note?: string;
        },
      ) => {
        const { period, periodEnd, value, source, evidence, note } = options;
        const recorded = await asPerson(options, (ctx, principal) =>
          reportIndicatorValue(ctx, principal, plan, target, {
            period,
            periodEnd,
            value,
            source,
            evidence,
            ...(note !== undefined ? { note } : {}),
          }),
        );
        print(io, options, recorded, () => [`已报送: ${plan}/${target} ${recorded.period} ${recorded.value}`]);
      },
    );

  withTokenOptions(
    indicator
      .command('assign')
      .argument('<plan>', 'the plan id')
      .argument('<target>', 'the target id')
      .description("the plan's coordinator names the unit that answers for a target"),
  )
    .requiredOption('--unit <name>', 'full name or short form')
    .action(async (plan: string, target: string, options: TokenOptions & { unit: string }) => {
      const assigned = await asPerson(options, (ctx, principal) =>
        assignIndicator(ctx, principal, plan, target, options.unit),
      );
      print(io, options, assigned, () => [`已确定责任单位: ${plan}/${target} → ${assigned.unit}`]);
    });

  withTokenOptions(
    ledger.command('scorecards').description("the year's scorecards (督查考核), ranked and explained line by line"),
  )
    .requiredOption('--year <YYYY>', 'the year assessed', yearOption)
    .option('--unit <name>', 'one unit only (full name or short form)')
    .action(async (options: TokenOptions & { year: number; unit?: string }) => {
      if (options.unit !== undefined) {
        const one = await asCaller(options, (ctx, principal) =>
          unitScorecard(ctx, principal, options.year, options.unit!),
        );
        print(io, options, one, () => [
          `${one.scorecard.unit} ${one.year} 年得分 ${one.scorecard.score}${one.scorecard.rank === null ? '(无任务与指标,不参与排名)' : `,第 ${one.scorecard.rank}/${one.ranked} 名`}(规则 ${one.rule.id} ${one.rule.version})`,
          `  基础分 ${one.scorecard.base}`,
          ...one.scorecard.lines.map(
            (line) =>
              `  ${line.rule} ${line.zh}: ${line.count} × ${line.weight} = ${line.points}${line.capped ? '(封顶)' : ''}`,
          ),
        ]);
        return;
      }
      const year = await asCaller(options, (ctx, principal) => yearScorecards(ctx, principal, options.year));
      print(io, options, year, () =>
        year.scorecards.length === 0
          ? [`${year.year} 年没有可计分的任务或指标`]
          : [
              `${year.year} 年督查考核排名(规则 ${year.rule.id} ${year.rule.version},截至 ${year.asOf})`,
              ...year.scorecards.map(
                (card) =>
                  `${card.rank}. ${card.unit} ${card.score} — ${card.lines
                    .filter((line) => line.count !== 0)
                    .map((line) => `${line.rule} ${line.zh} ${line.count}×${line.weight}`)
                    .join(';')}`,
              ),
            ],
      );
    });
}

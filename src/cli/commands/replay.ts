import type { Command } from 'commander';
import { loadGeography } from '../../catalog/geography.ts';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { responseInForce } from '../../services/response-reads.service.ts';
import { loadCapSigner } from '../../startup/cap-signing.ts';
import { openContext } from '../../startup/context.ts';
import { InputError } from '../input-error.ts';
import type { CliIo } from '../io.ts';
import { readJsonInput } from '../read-json.ts';
import { operator, refusalsAsInput, withServices } from '../session.ts';
import { scenarioFromStore } from '../../services/live-grading.service.ts';

interface ReplayOptions {
  out: string;
  db?: string;
  fromStore?: boolean;
  from?: string;
  to?: string;
  database?: string;
}

function scenarioFile(file: string | undefined): string {
  if (file === undefined) throw new InputError('scenario: 需要情景文件(或 --from-store --from … --to …)');
  return file;
}

/** The scenario a stored period gives, read from the store of the observations (not the drill's). */
async function storedScenario(file: string | undefined, options: ReplayOptions) {
  if (file !== undefined) throw new InputError('--from-store: 不能同时给出情景文件');
  if (!options.from || !options.to) throw new InputError('--from-store: 需要 --from 和 --to');
  const period = { from: options.from, to: options.to };
  const scenario = await withServices((ctx) => scenarioFromStore(ctx, operator(), period), options.database);
  return { ok: true as const, scenario };
}

export function registerReplayCommands(program: Command, io: CliIo): void {
  program
    .command('replay')
    .description(
      'run a sequence of weather situations through the whole plan as an exercise (演练, 7.1): warnings as CAP, response orders, report.json and report.html',
    )
    .argument('[scenario]', 'scenario JSON (contracts/replay.md), or - for standard input')
    .requiredOption('--out <dir>', 'folder for cap/, report.json and report.html')
    .option('--db <url>', 'write into this store instead of a fresh temporary one')
    .option('--from-store', 'instead of a file: the stored observations of a period, one step per complete hour')
    .option('--from <iso>', 'with --from-store: the period starts after this time')
    .option('--to <iso>', 'with --from-store: the last hour ends at or before this time')
    .option('--database <url>', 'with --from-store: the store holding the observations (default: the configured one)')
    .action(async (file: string | undefined, options: ReplayOptions) => {
      // Loaded when the command runs: the whole plan (grading, workflow, warnings) is more than other commands need.
      const [{ parseScenario }, { runReplay }, { renderReportHtml }, { writeReplayOutput }] = await Promise.all([
        import('../../replay/scenario.ts'),
        import('../../replay/run-replay.ts'),
        import('../../replay/report-html.ts'),
        import('../../replay/write-output.ts'),
      ]);
      const parsed = options.fromStore
        ? await storedScenario(file, options)
        : parseScenario(readJsonInput(scenarioFile(file)));
      if (!parsed.ok) throw new InputError(parsed.line);
      const plans = PlanCatalog.load();
      const geography = loadGeography();
      // The drill runs on the scenario's clock, in a fresh in-memory store unless --db names one (contracts/replay.md).
      let clock = parsed.scenario.steps[0]!.at;
      const ctx = await openContext({
        databaseUrl: options.db ?? ':memory:',
        plans,
        geography,
        clock: () => clock,
        // Signs the drill's CAP messages as real ones would be (unsigned without a key).
        capSigner: loadCapSigner(process.env),
      });
      try {
        const current = options.db ? await refusalsAsInput(() => responseInForce(ctx, operator())) : undefined;
        if (current)
          throw new InputError(
            `--db: a ${current.level} response is in force in this store since ${current.startedAt}; replay into a store without one`,
          );
        const result = await refusalsAsInput(() => runReplay(parsed.scenario, ctx, (at) => (clock = at)));
        const names = new Map(geography.divisions.map((division) => [division.code, division.name]));
        writeReplayOutput(options.out, result, renderReportHtml(result.report, plans.meteo().plan, names));
        io.out(
          `${parsed.scenario.name}: ${result.report.events.length} events, ${result.capFiles.length} CAP messages → ${options.out}\n`,
        );
      } finally {
        await ctx.store.close();
      }
    });
}

import type { Command } from 'commander';
import { loadGeography } from '../../catalog/geography.ts';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { responseInForce } from '../../services/response-reads.service.ts';
import { loadCapSigner } from '../../startup/cap-signing.ts';
import { openContext } from '../../startup/context.ts';
import { InputError } from '../input-error.ts';
import type { CliIo } from '../io.ts';
import { readJsonInput } from '../read-json.ts';
import { operator, refusalsAsInput } from '../session.ts';

export function registerReplayCommands(program: Command, io: CliIo): void {
  program
    .command('replay')
    .description(
      'run a sequence of weather situations through the whole plan as an exercise (演练, 7.1): warnings as CAP, response orders, report.json and report.html',
    )
    .argument('<scenario>', 'scenario JSON (contracts/replay.md), or - for standard input')
    .requiredOption('--out <dir>', 'folder for cap/, report.json and report.html')
    .option('--db <url>', 'write into this store instead of a fresh temporary one')
    .action(async (file: string, options: { out: string; db?: string }) => {
      // Loaded when the command runs: the whole plan (grading, workflow, warnings) is more than other commands need.
      const [{ parseScenario }, { runReplay }, { renderReportHtml }, { writeReplayOutput }] = await Promise.all([
        import('../../replay/scenario.ts'),
        import('../../replay/run-replay.ts'),
        import('../../replay/report-html.ts'),
        import('../../replay/write-output.ts'),
      ]);
      const parsed = parseScenario(readJsonInput(file));
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

import type { Command } from 'commander';
import { loadGeography } from '../../catalog/geography.ts';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { loadCapSigner } from '../../startup/cap-signing.ts';
import { activeResponse } from '../../store/response.repository.ts';
import { InputError } from '../input-error.ts';
import { readJsonInput } from '../read-json.ts';

export function registerReplayCommands(program: Command): void {
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
      const [{ parseScenario }, { openReplayStore }, { runReplay }, { renderReportHtml }, { writeReplayOutput }] =
        await Promise.all([
          import('../../replay/scenario.ts'),
          import('../../replay/replay-store.ts'),
          import('../../replay/run-replay.ts'),
          import('../../replay/report-html.ts'),
          import('../../replay/write-output.ts'),
        ]);
      const parsed = parseScenario(readJsonInput(file));
      if (!parsed.ok) throw new InputError(parsed.line);
      const meteo = PlanCatalog.load().meteo();
      const geography = loadGeography();
      const store = await openReplayStore(meteo, geography, options.db, parsed.scenario.steps[0]!.at);
      try {
        const current = options.db ? await activeResponse(store.db) : undefined;
        if (current)
          throw new InputError(
            `--db: a ${current.level} response is in force in this store since ${current.startedAt}; replay into a store without one`,
          );
        const capSigner = loadCapSigner(process.env);
        const result = await runReplay(parsed.scenario, { store, meteo, geography, capSigner });
        const names = new Map(geography.divisions.map((division) => [division.code, division.name]));
        writeReplayOutput(options.out, result, renderReportHtml(result.report, meteo.plan, names));
        process.stdout.write(
          `${parsed.scenario.name}: ${result.report.events.length} events, ${result.capFiles.length} CAP messages → ${options.out}\n`,
        );
      } finally {
        await store.close();
      }
    });
}

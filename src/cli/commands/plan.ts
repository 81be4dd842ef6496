import { resolve } from 'node:path';
import type { Command } from 'commander';
import { checkPlanPath, PlanCatalog, type LoadedPlan } from '../../catalog/plan-files.ts';
import { PlanValidationError } from '../../plans/validate.ts';
import { summarizePlan } from '../../plans/summary.ts';
import { InputError } from '../input-error.ts';

export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('the plans as data: check and show');

  plan
    .command('check')
    .argument('<path>', 'a plan folder (plans/meteo-2024) or one of its section files')
    .description('validate a plan; prints every problem as file: path: reason')
    .action((path: string) => {
      try {
        const loaded = checkPlanPath(resolve(path));
        process.stdout.write(
          `ok: ${loaded.id} version ${loaded.version} (sha256 ${loaded.contentHash.slice(0, 12)})\n`,
        );
      } catch (error) {
        if (!(error instanceof PlanValidationError)) throw error;
        for (const issue of error.issues.slice(1))
          process.stderr.write(`${error.file}: ${issue.path || '(root)'}: ${issue.message}\n`);
        throw error;
      }
    });

  plan
    .command('show')
    .argument('<id>', 'plan id, e.g. meteo-2024')
    .option('--json', 'print the whole plan as JSON')
    .description('print a summary of a loaded plan')
    .action((id: string, options: { json?: boolean }) => {
      const catalog = PlanCatalog.load();
      const loaded: LoadedPlan | undefined = catalog.get(id);
      if (!loaded)
        throw new InputError(
          `no plan "${id}"; known: ${catalog
            .list()
            .map((p) => p.id)
            .join(', ')}`,
        );
      if (options.json) {
        process.stdout.write(`${JSON.stringify(loaded.plan, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${summarizePlan(loaded.plan).join('\n')}\n`);
      process.stdout.write(`sha256 ${loaded.contentHash}\n`);
    });
}

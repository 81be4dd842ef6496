import type { Command } from 'commander';
import { PlanCatalog } from '../../catalog/plan-files.ts';
import { assessSituation } from '../../weather/grading/assess.ts';
import { describeRefusal, parseSituation } from '../../weather/situation/parse.ts';
import { InputError } from '../input-error.ts';
import { readJsonInput } from '../read-json.ts';

export function registerAssessCommand(program: Command): void {
  program
    .command('assess')
    .description(
      'grade a weather situation by plan 8.2 and 4.3 (contracts/assess.md); prints the result as JSON, writes nothing',
    )
    .argument('<file>', 'situation JSON, or - for standard input')
    .action((file: string) => {
      const parsed = parseSituation(readJsonInput(file));
      if (!parsed.ok) throw new InputError(describeRefusal(parsed));
      const meteo = PlanCatalog.load().meteo();
      process.stdout.write(`${JSON.stringify(assessSituation(parsed.situation, meteo.plan), null, 2)}\n`);
    });
}

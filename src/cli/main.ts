import { Command, CommanderError } from 'commander';
import { PlanValidationError } from '../plans/validate.ts';
import { InputError } from './input-error.ts';
import { registerPlanCommands } from './commands/plan.ts';
import { registerAssessCommand } from './commands/assess.ts';
import { registerAirCommands } from './commands/air.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerResponseCommands } from './commands/response.ts';
import { registerReplayCommands } from './commands/replay.ts';
import { registerOutboxCommands } from './commands/outbox.ts';
import { registerBackupCommand } from './commands/backup.ts';

const program = new Command('nuancheng')
  .description('暖城 nuancheng: the Ordos city plans as running software')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

registerPlanCommands(program);
registerAssessCommand(program);
registerAirCommands(program);
registerAuditCommands(program);
registerResponseCommands(program);
registerReplayCommands(program);
registerOutboxCommands(program);
registerBackupCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

/** 2 for input the user can fix (with one line naming what is wrong), 1 for anything else. */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof InputError || error instanceof PlanValidationError) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  process.stderr.write(`nuancheng: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

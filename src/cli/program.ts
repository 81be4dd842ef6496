import { Command, CommanderError } from 'commander';
import { PlanValidationError } from '../plans/validate.ts';
import { InputError } from './input-error.ts';
import { ExitStatus, processIo, type CliIo } from './io.ts';
import { registerAirCommands } from './commands/air.ts';
import { registerAssessCommand } from './commands/assess.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerBackupCommand } from './commands/backup.ts';
import { registerLedgerCommands } from './commands/ledger.ts';
import { registerLedgerScoreCommands } from './commands/ledger-scores.ts';
import { registerForecastCommands } from './commands/forecasts.ts';
import { registerLedgerContactCommands } from './commands/ledger-contacts.ts';
import { registerObservationCommands } from './commands/observations.ts';
import { registerBackfillCommand } from './commands/observations-backfill.ts';
import { registerOutboxCommands } from './commands/outbox.ts';
import { registerPlanCommands } from './commands/plan.ts';
import { registerReplayCommands } from './commands/replay.ts';
import { registerResponseCommands } from './commands/response.ts';
import { registerTokenCommands } from './commands/tokens.ts';
import { registerUserCommands } from './commands/users.ts';

/** The `nuancheng` command; built afresh for each run so a test can run it in-process with its own output. */
export function buildProgram(io: CliIo = processIo): Command {
  const program = new Command('nuancheng')
    .description('暖城 nuancheng: the Ordos city plans as running software')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });
  registerPlanCommands(program);
  registerAssessCommand(program);
  registerAirCommands(program);
  registerAuditCommands(program, io);
  registerResponseCommands(program, io);
  registerTokenCommands(program, io);
  registerUserCommands(program, io);
  registerReplayCommands(program, io);
  registerOutboxCommands(program, io);
  registerObservationCommands(program, io);
  registerBackfillCommand(
    program.commands.find((command) => command.name() === 'observations')!,
    io,
  );
  registerForecastCommands(program, io);
  registerBackupCommand(program);
  registerLedgerCommands(program, io);
  registerLedgerScoreCommands(program, io);
  registerLedgerContactCommands(program, io);
  return program;
}

/** Runs the command line and returns its exit status: 2 for input the user can fix (one line naming it), 1 else. */
export async function runProgram(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof ExitStatus) return error.status;
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError || error instanceof PlanValidationError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    io.err(`nuancheng: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { exportLedger } from '../../services/ledger-export.service.ts';
import { seedLedgerFromPlan } from '../../services/ledger-seed.service.ts';
import { contractTask, importLedgerSheet, LedgerFileError, ledgerTasks } from '../../services/ledger.service.ts';
import { WorkflowError } from '../../response/workflow-error.ts';
import { InputError } from '../input-error.ts';
import { ExitStatus, type CliIo } from '../io.ts';
import type { Principal } from '../../access/principal.ts';
import type { ServiceContext } from '../../services/context.ts';
import { operator, signedIn, withServices } from '../session.ts';

const databaseOption = [
  '--database <url>',
  'the store (default: DATABASE_URL, else $NUANCHENG_DATA_DIR/nuancheng.sqlite)',
] as const;

const tokenOption = [
  '--token <token>',
  'act as the person this API token belongs to (default: the local operator)',
] as const;

/** The local operator (the contract's commands), or the person a `--token` names. */
async function who(ctx: ServiceContext, token: string | undefined): Promise<Principal> {
  return token === undefined ? operator() : signedIn(ctx, token);
}

function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new InputError(`--year ${text}: expected a year YYYY`);
  return Number(text);
}

/** A plan the catalog does not have is the caller's to fix: one line naming it. */
function unknownPlanAsInput(error: unknown, file?: string): never {
  if (error instanceof WorkflowError && error.code === 'unknown_plan')
    throw new InputError(file ? `${file}: ${error.message}` : `--plan: ${error.message}`);
  throw error;
}

async function importFile(
  io: CliIo,
  file: string,
  options: { plan: string; year: string; database?: string },
): Promise<void> {
  const year = yearOf(options.year)!;
  let content: Buffer;
  try {
    content = readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  await withServices(async (ctx) => {
    try {
      const result = await importLedgerSheet(ctx, operator(), {
        planId: options.plan,
        year,
        fileName: basename(file),
        content,
      });
      io.out(`${JSON.stringify({ imported: result.imported })}\n`);
    } catch (error) {
      if (!(error instanceof LedgerFileError)) throw error;
      // The contract's lines: `FILE: SHEET!CELL: reason` per bad cell, `FILE: reason` for the file itself.
      for (const problem of error.problems)
        io.err(`${file}: ${problem.cell ? `${problem.sheet}!${problem.cell}: ` : ''}${problem.reason}\n`);
      throw new ExitStatus(2);
    }
  }, options.database);
}

async function list(
  io: CliIo,
  options: { plan: string; year?: string; json?: boolean; database?: string; token?: string },
) {
  const year = yearOf(options.year);
  await withServices(async (ctx) => {
    const tasks = await ledgerTasks(ctx, await who(ctx, options.token), { planId: options.plan, year }).catch(
      (error: unknown) => unknownPlanAsInput(error),
    );
    if (options.json) {
      io.out(`${JSON.stringify({ tasks: tasks.map(contractTask) }, null, 2)}\n`);
      return;
    }
    for (const task of tasks)
      io.out(
        `${task.year} ${task.number}\t${task.measureClause}\t${task.node}\t${task.light}\t${task.deadline ?? '长期'}\t${task.lead.join('、') || '(待立项)'}\t${task.text}\n`,
      );
  }, options.database);
}

async function exportFile(
  io: CliIo,
  options: { plan: string; year?: string; out: string; action?: string; unit?: string; database?: string },
) {
  const year = yearOf(options.year);
  await withServices(async (ctx) => {
    const unit = options.unit === undefined ? undefined : ctx.plans.units().tryResolve(options.unit)?.name;
    if (options.unit !== undefined && unit === undefined)
      throw new InputError(`--unit: unknown unit "${options.unit}"`);
    const { content, tasks } = await exportLedger(ctx, operator(), {
      planId: options.plan,
      year,
      actionClause: options.action,
      unit,
    }).catch((error: unknown) => unknownPlanAsInput(error));
    writeFileSync(options.out, content);
    io.out(`${JSON.stringify({ exported: tasks, out: options.out })}\n`);
  }, options.database);
}

async function seed(io: CliIo, options: { plan: string; year: string; database?: string; token?: string }) {
  const year = yearOf(options.year)!;
  await withServices(async (ctx) => {
    const result = await seedLedgerFromPlan(ctx, await who(ctx, options.token), { planId: options.plan, year }).catch(
      (error: unknown) => unknownPlanAsInput(error),
    );
    io.out(`${JSON.stringify(result)}\n`);
  }, options.database);
}

export function registerLedgerCommands(program: Command, io: CliIo): void {
  const ledger = program
    .command('ledger')
    .description('督查督办台账: the plans’ yearly tasks, imported from and exported to Excel (docs/ledger.md)');
  ledger
    .command('import')
    .argument('<file>', 'an .xlsx file: 序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限 on its first sheet')
    .requiredOption('--plan <id>', 'the plan the tasks detail (quality-2024, air-2024, meteo-2024)')
    .requiredOption('--year <YYYY>', 'the year of the tasks')
    .option(...databaseOption)
    .description('imports the yearly task table; any bad row: every problem on stderr, nothing stored, exit 2')
    .action((file: string, options: { plan: string; year: string; database?: string }) =>
      importFile(io, file, options),
    );
  ledger
    .command('list')
    .requiredOption('--plan <id>', 'the plan')
    .option('--year <YYYY>', 'one year')
    .option('--json', 'prints { "tasks": [ … ] }')
    .option(...databaseOption)
    .option(...tokenOption)
    .description('lists the tasks by year, then 序号, with their node and light')
    .action((options: { plan: string; year?: string; json?: boolean; database?: string; token?: string }) =>
      list(io, options),
    );
  ledger
    .command('export')
    .requiredOption('--plan <id>', 'the plan')
    .option('--year <YYYY>', 'one year')
    .requiredOption('--out <file.xlsx>', 'where to write the workbook')
    .option('--action <clause>', 'one action, e.g. 四(一)')
    .option('--unit <name>', 'the tasks a unit leads or partners in (full name or short form)')
    .option(...databaseOption)
    .description('writes the ledger in the import layout, plus 当前环节 and 状态 (红/黄/绿)')
    .action(
      (options: { plan: string; year?: string; out: string; action?: string; unit?: string; database?: string }) =>
        exportFile(io, options),
    );
  ledger
    .command('seed')
    .requiredOption('--plan <id>', 'the plan')
    .requiredOption('--year <YYYY>', 'the year')
    .option(...databaseOption)
    .option(...tokenOption)
    .option('--json', 'prints the counts as JSON (the default)')
    .description(
      "the plan's own measures (or the meteo plan's standing duties) as the year's tasks; running it again changes nothing",
    )
    .action((options: { plan: string; year: string; database?: string; token?: string }) => seed(io, options));
}

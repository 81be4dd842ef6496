// A ledger import process for the kill test (src/services/ledger-import-kill.test.ts), run as `node --import tsx`.
// Imports FILE into DATABASE_URL as `nuancheng ledger import` does (one transaction). With PAUSE_AFTER=N it prints
// "midway" once N tasks are written inside the transaction and waits there for a line on standard input, so the
// test kills it with tasks written but nothing committed.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { operatorPrincipal } from '../../src/access/principal.ts';
import { importLedgerSheet } from '../../src/services/ledger.service.ts';
import { openContext } from '../../src/startup/context.ts';

const { DATABASE_URL, FILE, PAUSE_AFTER } = process.env;
const ctx = await openContext({ databaseUrl: DATABASE_URL! });
const pauseAfter = Number(PAUSE_AFTER ?? 0);

const result = await importLedgerSheet(ctx, operatorPrincipal('kill-test'), {
  planId: 'quality-2024',
  year: 2025,
  fileName: 'tasks.xlsx',
  content: readFileSync(FILE!),
  progress: async (written) => {
    if (written !== pauseAfter) return;
    process.stdout.write('midway\n');
    const lines = createInterface({ input: process.stdin });
    await new Promise((resolve) => lines.once('line', resolve));
    lines.close();
  },
});
process.stdout.write(`imported ${result.imported}\n`);
await ctx.store.close();

// An air import process for the kill test (src/store/air-import-kill.test.ts), run as `node --import tsx`.
// Imports FILE into DATABASE_URL as `nuancheng air import` does (one transaction, written while read). With
// PAUSE_AFTER_HOURS=N it prints "midway" once N hours have been written inside the transaction and waits there
// for a line on standard input, so the test kills it with rows written but nothing committed.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { readFeed, splitLines, type FeedHour } from '../../src/air/feed/index.ts';
import { importFeed } from '../../src/store/air-hourly.repository.ts';
import { openStore } from '../../src/store/database.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

const { DATABASE_URL, FILE, PAUSE_AFTER_HOURS } = process.env;
const store = openStore(DATABASE_URL!);
await migrateToLatest(store.db);
const pauseAfter = Number(PAUSE_AFTER_HOURS ?? 0);

async function* pausing(hours: AsyncIterable<FeedHour>): AsyncGenerator<FeedHour> {
  let count = 0;
  for await (const hour of hours) {
    yield hour;
    // The generator resumes only once importFeed has taken the hour and written the rows it had gathered.
    if (++count === pauseAfter) {
      process.stdout.write('midway\n');
      const lines = createInterface({ input: process.stdin });
      await new Promise((resolve) => lines.once('line', resolve));
      lines.close();
    }
  }
}

const sha256 = createHash('sha256').update(readFileSync(FILE!)).digest('hex');
const result = await importFeed(
  store.db,
  pausing(readFeed(splitLines(createReadStream(FILE!)), FILE!)),
  FILE!,
  () => sha256,
  new Date(),
);
process.stdout.write(`imported ${result.stationHours}\n`);
await store.close();

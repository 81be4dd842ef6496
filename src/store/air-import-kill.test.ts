import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { exited, waitForLine } from '../../test/support/child-process.ts';
import { runCliAsync } from '../../test/support/cli-async.ts';
import { engines, freshPostgresUrl } from '../../test/support/engines.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import { openStore } from './database.ts';
import { migrateToLatest } from './migrate.ts';

const child = fileURLToPath(new URL('../../test/support/air-import-child.ts', import.meta.url));
const stations = Array.from({ length: 300 }, (_, i) => `${String(1001 + i)}A`);
const hours = 24;
const types = ['AQI', 'PM2.5', 'PM10', 'SO2', 'NO2', 'O3', 'CO'];
/** Station-hours the file holds: every station has a value every hour (written out, not read from the code). */
const expectedStationHours = stations.length * hours;

/** A day of the national feed for 300 stations, every cell filled. */
function feedFile(dir: string): string {
  const lines = [`date,hour,type,${stations.join(',')}`];
  for (let hour = 0; hour < hours; hour++)
    for (const [t, type] of types.entries())
      lines.push(
        `20250301,${hour},${type},${stations.map((_, s) => (type === 'CO' ? '0.8' : String(10 + ((s + hour + t) % 90)))).join(',')}`,
      );
  const file = join(dir, 'china_sites_20250301.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** What the store holds of the file after a restart (which migrates, as every start does): station-hours of its day and import records. */
async function stored(url: string): Promise<{ rows: number; imports: number; recordedHours: number[] }> {
  const store = openStore(url);
  try {
    await migrateToLatest(store.db);
    const rows = await store.db
      .selectFrom('air_hourly')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('date', '=', '2025-03-01')
      .executeTakeFirstOrThrow();
    const imports = await store.db.selectFrom('air_imports').select('station_hours').execute();
    return {
      rows: Number(rows.n),
      imports: imports.length,
      recordedHours: imports.map((i) => Number(i.station_hours)),
    };
  } finally {
    await store.close();
  }
}

describe.each(engines)('killing an air import (SIGKILL) on %s', (engine) => {
  let dir: ReturnType<typeof tempDir> | undefined;
  const children: ChildProcessWithoutNullStreams[] = [];
  afterEach(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    dir?.remove();
  });
  const storeUrl = async (d: string) => (engine === 'postgres' ? freshPostgresUrl() : join(d, 'air.sqlite'));

  it('with rows written but not committed: after restart nothing of the file is there; imported again, it is whole and once', async () => {
    dir = tempDir();
    const file = feedFile(dir.path);
    const url = await storeUrl(dir.path);
    const first = spawn(process.execPath, ['--import', 'tsx', child], {
      env: { ...process.env, DATABASE_URL: url, FILE: file, PAUSE_AFTER_HOURS: '12' },
    });
    children.push(first);
    await waitForLine(first, /midway/);
    first.kill('SIGKILL');
    expect(await exited(first)).toBe('SIGKILL');
    expect(await stored(url)).toEqual({ rows: 0, imports: 0, recordedHours: [] });

    const again = await runCliAsync(['air', 'import', file], {
      env: { DATABASE_URL: url, NUANCHENG_ADMIN_PASSWORD: 'kill-test-admin-password' },
    });
    expect(again.status).toBe(0);
    expect(await stored(url)).toEqual({
      rows: expectedStationHours,
      imports: 1,
      recordedHours: [expectedStationHours],
    });
  }, 120_000);

  it('a real `nuancheng air import` killed at three moments: each time the file is there whole or not at all; then whole, once', async () => {
    dir = tempDir();
    const file = feedFile(dir.path);
    const url = await storeUrl(dir.path);
    for (const delayMs of [1500, 2500, 3500]) {
      const cli = spawn(
        process.execPath,
        [fileURLToPath(new URL('../../bin/nuancheng.js', import.meta.url)), 'air', 'import', file],
        {
          env: { ...process.env, DATABASE_URL: url },
        },
      );
      children.push(cli as ChildProcessWithoutNullStreams);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      cli.kill('SIGKILL');
      await exited(cli as ChildProcessWithoutNullStreams);
      const now = await stored(url);
      console.log(
        `air import (${engine}) killed after ${delayMs} ms: ${now.rows === 0 ? 'nothing stored' : 'stored whole'}`,
      );
      expect([0, expectedStationHours]).toContain(now.rows);
      expect(now.imports).toBe(now.rows === 0 ? 0 : 1);
    }
    for (let run = 0; run < 2; run++) {
      const done = await runCliAsync(['air', 'import', file], {
        env: { DATABASE_URL: url, NUANCHENG_ADMIN_PASSWORD: 'kill-test-admin-password' },
      });
      expect(done.status).toBe(0);
      expect(await stored(url)).toEqual({
        rows: expectedStationHours,
        imports: 1,
        recordedHours: [expectedStationHours],
      });
    }
  }, 180_000);
});

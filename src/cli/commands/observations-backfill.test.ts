import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../../test/support/cli-in-process.ts';
import { engines, freshPostgresUrl } from '../../../test/support/engines.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { userPrincipal } from '../../access/principal.ts';
import { ingestObservations } from '../../services/observations.service.ts';
import { openContext } from '../../startup/context.ts';

const feeder = userPrincipal({ id: 'f', username: 'feeder', displayName: 'feeder', role: 'ingest', unitId: null });

describe.each(engines)('nuancheng observations backfill on %s', (engine) => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('grades every complete hour of the period as backfill and prints a JSON summary; a bad period exits 2 naming it', async () => {
    const database = engine === 'sqlite' ? join(dir.path, 'backfill.sqlite') : await freshPostgresUrl();
    const ctx = await openContext({ databaseUrl: database });
    const stations = ctx.geography.stations.map((station) => station.id);
    await ingestObservations(
      ctx,
      feeder,
      'file',
      stations.map((station) => ({ json: { station, at: '2025-07-20T08:00:00+08:00', windMeanMs: 30, tempC: 20 } })),
    );
    await ctx.store.close();

    const run = await runCliInProcess([
      'observations',
      'backfill',
      '--from',
      '2025-07-20T05:00:00+08:00',
      '--to',
      '2025-07-20T08:30:00+08:00',
      '--database',
      database,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({
      from: '2025-07-20T05:00:00+08:00',
      to: '2025-07-20T08:30:00+08:00',
      hours: 3,
      graded: 3,
      unchanged: 0,
    });
    expect(summary.gradings.map((g: { at: string }) => g.at)).toEqual([
      '2025-07-20T06:00:00+08:00',
      '2025-07-20T07:00:00+08:00',
      '2025-07-20T08:00:00+08:00',
    ]);
    // Without the forecaster's judgement (gale persisting) no observed gale route holds: graded, no level.
    expect(summary.gradings.every((g: { hazards: { gale: unknown } }) => g.hazards.gale === null)).toBe(true);

    const bad = await runCliInProcess([
      'observations',
      'backfill',
      '--from',
      'soon',
      '--to',
      '2025-07-20T08:00',
      '--database',
      database,
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('invalid_request: from: 不是有效的 ISO 8601 时间:soon\n');
    const missing = await runCliInProcess([
      'observations',
      'backfill',
      '--from',
      '2025-07-20T08:00',
      '--database',
      database,
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--to');
  });
});

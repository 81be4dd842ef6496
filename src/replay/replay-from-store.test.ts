import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../test/support/cli-in-process.ts';
import { engines, freshPostgresUrl } from '../../test/support/engines.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import { userPrincipal } from '../access/principal.ts';
import { gradeSituation } from '../services/assessments.service.ts';
import { ingestObservations } from '../services/observations.service.ts';
import { openContext } from '../startup/context.ts';

const person = (role: 'dutyOfficer' | 'ingest') =>
  userPrincipal({ id: role, username: role, displayName: role, role, unitId: null });

describe.each(engines)('nuancheng replay --from-store on %s', (engine) => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('replays a stored period hour by hour: the gale rises from Ⅳ to Ⅲ, warned and responded as a drill', async () => {
    const database = engine === 'sqlite' ? join(dir.path, 'stored.sqlite') : await freshPostgresUrl();
    let clock = new Date('2025-07-20T06:00:00+08:00');
    const ctx = await openContext({ databaseUrl: database, clock: () => clock });
    // The forecaster's judgement the observed gale routes ask for (the gale persists).
    await gradeSituation(ctx, person('dutyOfficer'), {
      at: '2025-07-20T06:00:00+08:00',
      units: [],
      stations: [],
      trends: { galePersisting: true },
    });
    clock = new Date('2025-07-20T08:05:00+08:00');
    const reports = (at: string, windMeanMs: number) =>
      ctx.geography.stations.map((station) => ({ json: { station: station.id, at, windMeanMs, tempC: 20 } }));
    await ingestObservations(ctx, person('ingest'), 'http', [
      ...reports('2025-07-20T07:00:00+08:00', 18),
      ...reports('2025-07-20T08:00:00+08:00', 25),
    ]);
    await ctx.store.close();

    const out = join(dir.path, `drill-${engine}`);
    const run = await runCliInProcess([
      'replay',
      '--from-store',
      '--from',
      '2025-07-20T06:00:00+08:00',
      '--to',
      '2025-07-20T08:00:00+08:00',
      '--database',
      database,
      '--out',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.name).toBe('实况回放 2025-07-20T06:00:00+08:00 至 2025-07-20T08:00:00+08:00');
    expect(report.events.map((e: { at: string; kind: string; level?: string }) => [e.at, e.kind, e.level])).toEqual([
      ['2025-07-20T07:00:00+08:00', 'warning.issued', 'IV'],
      ['2025-07-20T07:00:00+08:00', 'response.activated', 'IV'],
      ['2025-07-20T08:00:00+08:00', 'warning.updated', 'III'],
      ['2025-07-20T08:00:00+08:00', 'response.upgraded', 'III'],
    ]);
  });

  it('a scenario file and --from-store together, or --from-store without a period, exit 2 naming it', async () => {
    const out = join(dir.path, 'refused');
    const both = await runCliInProcess(['replay', 'x.json', '--from-store', '--from', 'a', '--to', 'b', '--out', out]);
    expect([both.status, both.stderr]).toEqual([2, '--from-store: 不能同时给出情景文件\n']);
    const noPeriod = await runCliInProcess(['replay', '--from-store', '--out', out]);
    expect([noPeriod.status, noPeriod.stderr]).toEqual([2, '--from-store: 需要 --from 和 --to\n']);
    const nothing = await runCliInProcess(['replay', '--out', out]);
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('scenario');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { userPrincipal, operatorPrincipal } from '../access/principal.ts';
import type { Actor } from '../access/roles.ts';
import { loadGeography } from '../catalog/geography.ts';
import type { Store } from '../store/database.ts';
import { replaceEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { auditTrail } from '../store/audit.repository.ts';
import { engines, freshPostgresUrl } from '../../test/support/engines.ts';
import { openContext } from '../startup/context.ts';
import { serverJobs } from '../scheduling/jobs.ts';
import { Scheduler } from '../scheduling/scheduler.ts';
import { gradeSituation, latestAssessmentFor } from './assessments.service.ts';
import type { ServiceContext } from './context.ts';
import type { ServiceEvent } from './events.ts';
import { backfillGradings, regradeFromObservations } from './live-grading.service.ts';
import { ingestObservations } from './observations.service.ts';

const geography = loadGeography();
const person = (role: Actor['role'], username: string): Actor => ({
  id: `${username}-id`,
  username,
  displayName: username,
  role,
  unitId: null,
});
const duty = userPrincipal(person('dutyOfficer', 'duty'));
const feeder = userPrincipal(person('ingest', 'feeder'));
const hour = Date.parse('2025-07-20T08:00:00+08:00');
const iso = (ms: number) => new Date(ms).toISOString();

/** Every Ordos station at one hour, with a wind of this strength (m/s). */
const windAt = (atMs: number, windMeanMs: number) =>
  geography.stations.map((station) => ({
    json: { station: station.id, at: iso(atMs), windMeanMs, windGustMs: windMeanMs + 2, tempC: 20 },
  }));

describe.each(engines)('continuous grading of stored observations on %s', (engine) => {
  let store: Store;
  let clock: Date;
  let ctx: ServiceContext;
  const events: ServiceEvent[] = [];

  async function open(): Promise<void> {
    clock = new Date(hour - 3 * 3_600_000);
    // The composition root: plan versions, divisions and member units in the store, as a server has them.
    ctx = await openContext({
      databaseUrl: engine === 'sqlite' ? ':memory:' : await freshPostgresUrl(),
      clock: () => clock,
    });
    store = ctx.store;
    events.length = 0;
    ctx.events.subscribe((event) => events.push(event));
    // The duty officers' phones come from the SMS endpoint's configuration (channels.json `dutyOfficers`).
    await replaceEndpointRoutes(
      store.db,
      [{ id: 'sms-gw', kind: 'sms', channels: [], reportsTo: [], addresses: ['13800000001', '13800000002'] }],
      clock,
    );
    // The forecaster's judgement the observed gale routes ask for (8.2.6: the gale persists).
    await gradeSituation(ctx, duty, {
      at: iso(clock.getTime()),
      units: [],
      stations: [],
      trends: { galePersisting: true },
    });
  }
  afterEach(async () => store?.close());

  const rows = async (table: 'assessments' | 'warning_drafts' | 'proposals' | 'outbox_payloads' | 'outbox_messages') =>
    store.db.selectFrom(table).selectAll().execute();
  const observationGradings = async () =>
    (await rows('assessments')).filter((row) => (row as { source: string }).source === 'observations');

  it('a gale in the observations: graded once as from observations, drafted, proposed and told to the duty officers once', async () => {
    await open();
    clock = new Date(hour + 60_000);
    await ingestObservations(ctx, feeder, 'http', windAt(hour, 18));
    clock = new Date(hour + 90_000);
    const first = await regradeFromObservations(ctx, clock);
    expect(first.state).toBe('graded');
    expect(first.gradings).toMatchObject([
      {
        at: '2025-07-20T08:00:00+08:00',
        overall: 'IV',
        hazards: { gale: 'IV', rainstorm: null },
        changes: [{ hazard: 'gale', kind: 'reached', from: null, to: 'IV', clause: '8.2.6(1)' }],
      },
    ]);
    const id = first.gradings[0]!.assessmentId;
    const latest = await latestAssessmentFor(ctx, duty);
    expect(latest).toMatchObject({ id, source: 'observations', at: '2025-07-20T08:00:00+08:00' });
    expect(latest.plan).toMatchObject({ id: 'meteo-2024', version: ctx.plans.meteo().version });
    expect(Object.keys(latest.result.hazards)).toHaveLength(9);
    expect(await auditTrail(store.db, 'assessment', id)).toMatchObject([
      {
        actor: 'system:observations.regrade',
        action: 'weather.assessment.created',
        payload: { source: 'observations' },
      },
      {
        actor: 'system:observations.regrade',
        action: 'weather.level.changed',
        payload: { changes: [{ hazard: 'gale', kind: 'reached' }], messages: 2 },
      },
    ]);

    // The draft and the proposal wait for a person; nothing is issued or signed.
    expect((await rows('warning_drafts')).map((d) => [d.hazard, d.level, d.state])).toEqual([['gale', 'IV', 'draft']]);
    expect((await rows('proposals')).map((p) => [p.to_level, p.status, p.decided_by])).toEqual([
      ['IV', 'pending', null],
    ]);
    expect(await store.db.selectFrom('warnings').selectAll().execute()).toEqual([]);
    const payloads = await rows('outbox_payloads');
    expect(payloads).toHaveLength(1);
    expect(payloads[0]).toMatchObject({ purpose: 'dutyNotice', kind: 'sms', endpoint_id: 'sms-gw' });
    expect(JSON.parse(payloads[0]!.content).segments.join('')).toContain('大风达到Ⅳ级');
    expect((await rows('outbox_messages')).map((m) => m.recipient).sort()).toEqual(['13800000001', '13800000002']);
    expect(events.filter((e) => e.type === 'assessment.levels')).toMatchObject([
      { assessmentId: id, at: '2025-07-20T08:00:00+08:00', changes: [{ hazard: 'gale', kind: 'reached' }] },
    ]);

    // Running again on the same data grades nothing (idempotent per hour and data version).
    clock = new Date(hour + 120_000);
    expect(await regradeFromObservations(ctx, clock)).toEqual({ state: 'unchanged', gradings: [] });
    expect(await observationGradings()).toHaveLength(1);
  });

  it('a burst gives one re-grading once it is quiet; a raised level notifies once, an unchanged one not again', async () => {
    await open();
    clock = new Date(hour + 60_000);
    await ingestObservations(ctx, feeder, 'http', windAt(hour, 18));
    await regradeFromObservations(ctx, new Date(hour + 90_000));
    // A stronger wind arrives station by station, a second apart.
    const burst = windAt(hour + 3_600_000, 25);
    const start = hour + 3_600_000 + 30_000;
    for (const [index, item] of burst.entries()) {
      clock = new Date(start + index * 1_000);
      await ingestObservations(ctx, feeder, 'mqtt', [item]);
      // The job runs during the burst: it waits.
      expect((await regradeFromObservations(ctx, clock)).state).toBe('settling');
    }
    const quiet = new Date(start + burst.length * 1_000 + 10_000);
    const graded = await regradeFromObservations(ctx, quiet);
    expect(graded.gradings).toMatchObject([
      {
        at: '2025-07-20T09:00:00+08:00',
        overall: 'III',
        changes: [{ hazard: 'gale', kind: 'raised', from: 'IV', to: 'III' }],
      },
    ]);
    expect(await observationGradings()).toHaveLength(2);
    expect((await regradeFromObservations(ctx, new Date(quiet.getTime() + 15_000))).state).toBe('unchanged');
    const notices = (await rows('outbox_payloads')).map((p) => JSON.parse(p.routing));
    expect(notices.map((n) => [n.hazard, n.change])).toEqual([
      ['gale', 'reached'],
      ['gale', 'raised'],
    ]);
    expect(await rows('outbox_messages')).toHaveLength(4);

    // The next hour comes with the same gale: graded (a new hour), nothing told.
    clock = new Date(hour + 2 * 3_600_000 + 20_000);
    await ingestObservations(ctx, feeder, 'http', windAt(hour + 2 * 3_600_000, 25));
    const next = await regradeFromObservations(ctx, new Date(hour + 2 * 3_600_000 + 60_000));
    expect(next.gradings).toMatchObject([{ at: '2025-07-20T10:00:00+08:00', overall: 'III', changes: [] }]);
    expect(await rows('outbox_payloads')).toHaveLength(2);
  });

  it('runs as the scheduled job observations.regrade: once per slot across servers', async () => {
    await open();
    clock = new Date(hour + 60_000);
    await ingestObservations(ctx, feeder, 'http', windAt(hour, 18));
    const job = serverJobs.find((candidate) => candidate.name === 'observations.regrade')!;
    const servers = ['server-1', 'server-2'].map((holder) => new Scheduler(ctx, { holder }).register(job));
    const at = new Date(hour + 90_000);
    expect([...(await servers[0]!.tick(at)), ...(await servers[1]!.tick(at))]).toEqual(['observations.regrade']);
    expect(await observationGradings()).toHaveLength(1);
  });

  it('a new complete hour is graded even without new observations; missing data ends nothing', async () => {
    await open();
    clock = new Date(hour + 60_000);
    await ingestObservations(ctx, feeder, 'http', windAt(hour, 18));
    await regradeFromObservations(ctx, new Date(hour + 90_000));
    const later = await regradeFromObservations(ctx, new Date(hour + 5 * 3_600_000 + 1_000));
    expect(later.gradings).toMatchObject([{ at: '2025-07-20T13:00:00+08:00', overall: null, changes: [] }]);
    expect(later.gradings[0]!.hazards.gale).toBeNull();
    expect(await rows('outbox_payloads')).toHaveLength(1);
  });

  it('backfill grades every complete hour of a stored period as backfill: no proposal, draft or notice', async () => {
    await open();
    clock = new Date(hour + 60_000);
    await ingestObservations(ctx, feeder, 'http', [...windAt(hour - 3_600_000, 18), ...windAt(hour, 25)]);
    clock = new Date(hour + 10 * 3_600_000);
    const summary = await backfillGradings(ctx, operatorPrincipal('root'), {
      from: '2025-07-20T06:00:00+08:00',
      to: '2025-07-20T08:00:00+08:00',
    });
    expect(summary).toMatchObject({ hours: 2, graded: 2, unchanged: 0 });
    expect(summary.gradings.map((g) => [g.at, g.hazards.gale])).toEqual([
      ['2025-07-20T07:00:00+08:00', 'IV'],
      ['2025-07-20T08:00:00+08:00', 'III'],
    ]);
    const stored = (await rows('assessments')).filter((row) => row.source === 'backfill');
    expect(stored).toHaveLength(2);
    expect(await rows('warning_drafts')).toEqual([]);
    expect(await rows('proposals')).toEqual([]);
    expect(await rows('outbox_payloads')).toEqual([]);
    // Again on the same data: nothing new; and a backfill is never "the latest" grading.
    expect(
      await backfillGradings(ctx, operatorPrincipal('root'), { from: '2025-07-20T06:00', to: '2025-07-20T08:00' }),
    ).toMatchObject({ graded: 0, unchanged: 2 });
    expect((await latestAssessmentFor(ctx, duty)).source).toBe('request');
  });

  it('backfill refuses a bad period by name and a principal the policy does not allow', async () => {
    await open();
    await expect(
      backfillGradings(ctx, operatorPrincipal('root'), { from: 'yesterday', to: '2025-07-20T08:00' }),
    ).rejects.toMatchObject({ path: 'from' });
    await expect(
      backfillGradings(ctx, operatorPrincipal('root'), { from: '2025-07-20T08:00', to: '2025-07-20T06:00' }),
    ).rejects.toMatchObject({ path: 'to' });
    await expect(
      backfillGradings(ctx, duty, { from: '2025-07-20T06:00', to: '2025-07-20T08:00' }),
    ).rejects.toMatchObject({ status: 403 });
    expect((await store.db.selectFrom('assessments').select('source').execute()).map((row) => row.source)).toEqual([
      'request',
    ]);
  });
});

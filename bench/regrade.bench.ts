// Continuous grading at national scale (issue #13): 70,000 stations report one hour in one burst, through the
// ingestion service in feed batches as MQTT/NATS deliver them; then the job `observations.regrade` runs as the
// scheduler would (here every second) until the re-grading is stored. Printed: the time from the last observation
// stored to the re-grading stored (the burst's quiet period, 10 s, is part of it), and the grading run alone.
import { systemPrincipal } from '../src/access/principal.ts';
import type { WeatherStation } from '../src/geo/types.ts';
import type { ServiceContext } from '../src/services/context.ts';
import { gradeSituation } from '../src/services/assessments.service.ts';
import { regradeFromObservations } from '../src/services/live-grading.service.ts';
import { ingestObservations } from '../src/services/observations.service.ts';
import { openStore, type Store } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { recordPlanVersions } from '../src/store/plans.repository.ts';
import { defaultRegradeTiming } from '../src/weather/live/regrade-hours.ts';
import { formatBeijing, HOUR_MS } from '../src/weather/observations/time.ts';
import { serviceContext } from '../test/support/services.ts';
import { random, report } from './support.ts';
import { withBenchDatabase } from './postgres.ts';

const STATIONS = Number(process.env.BENCH_OBSERVATION_STATIONS ?? 70_000);
const FEED_BATCH = 2000;
const TICK_MS = 1000;

async function nationalGrading(store: Store): Promise<ServiceContext> {
  await migrateToLatest(store.db);
  const base = serviceContext(store);
  await recordPlanVersions(
    store.db,
    base.plans.list().map((plan) => ({
      planId: plan.id,
      version: plan.version,
      contentHash: plan.contentHash,
      kind: plan.kind,
      content: plan.plan,
    })),
    new Date(),
  );
  const divisions = base.geography.divisions.map((division) => division.code);
  const stations: WeatherStation[] = Array.from({ length: STATIONS }, (_, i) => ({
    id: `N${i}`,
    name: `国家站${i}`,
    stationType: '一般站',
    lat: 39,
    lon: 109,
    altM: 1300,
    divisionCode: divisions[i % divisions.length]!,
  }));
  return { ...base, geography: { ...base.geography, stations } };
}

async function measure(engine: string, ctx: ServiceContext): Promise<void> {
  const principal = systemPrincipal('bench');
  const hour = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
  // The forecaster's judgement the observed routes ask for, so the burst reaches a level (and a notice is queued).
  await gradeSituation(ctx, principal, {
    at: formatBeijing(hour),
    units: [],
    stations: [],
    trends: { galePersisting: true, sandPersisting: true },
  });
  const next = random(STATIONS);
  const messages = ctx.geography.stations.map((station) => ({
    stationFromChannel: station.id,
    text: JSON.stringify({
      at: formatBeijing(hour),
      precipMm1h: Math.round(next() * 50) / 10,
      tempC: 20,
      windMeanMs: 17 + Math.round(next() * 80) / 10,
      windGustMs: 30,
      visibilityM: 9000,
    }),
  }));
  for (let i = 0; i < messages.length; i += FEED_BATCH)
    await ingestObservations(ctx, principal, 'nats', messages.slice(i, i + FEED_BATCH));
  const lastStored = performance.now();
  let runMs: number;
  let runs = 0;
  for (;;) {
    const started = performance.now();
    const outcome = await regradeFromObservations(ctx, new Date());
    runs++;
    if (outcome.state === 'graded') {
      runMs = performance.now() - started;
      const levels = outcome.gradings.map((grading) => `${grading.at} ${grading.overall ?? '—'}`).join(', ');
      report(
        `${engine}: last of ${STATIONS.toLocaleString('en')} observations → re-grading stored`,
        `${((performance.now() - lastStored) / 1000).toFixed(1)} s (quiet period ${defaultRegradeTiming.quietMs / 1000} s, job every ${TICK_MS / 1000} s here; ${levels})`,
      );
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  report(`${engine}: the grading run (read, derive, grade nine hazards, store, notify)`, `${runMs.toFixed(0)} ms`);
  report(`${engine}: job runs while the burst settled`, `${runs - 1} (graded nothing)`);
  const again = await regradeFromObservations(ctx, new Date());
  if (again.state !== 'unchanged') throw new Error(`a second run ${again.state}`);
}

async function onSqlite(): Promise<void> {
  const store = openStore(':memory:');
  try {
    await measure('SQLite', await nationalGrading(store));
  } finally {
    await store.close();
  }
}

async function onPostgres(): Promise<void> {
  await withBenchDatabase('regrade', async (url) => {
    const store = openStore(url);
    try {
      await measure('PostgreSQL', await nationalGrading(store));
    } finally {
      await store.close();
    }
  });
}

export async function run(): Promise<void> {
  await onSqlite();
  await onPostgres();
}

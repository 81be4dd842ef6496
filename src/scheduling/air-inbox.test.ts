import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { feedDay } from '../../test/support/air-feed-file.ts';
import { engines, freshPostgresUrl, openTestStore } from '../../test/support/engines.ts';
import { serviceContext } from '../../test/support/services.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import { noticedTargetRisks } from '../services/air-watch.service.ts';
import { auditTrail } from '../store/audit.repository.ts';
import { openStore, type Store } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { replaceEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { airTargetWatchJob, drainAirInbox, type AirInboxOptions } from './air-inbox.ts';
import { importAirFeed } from '../services/air.service.ts';
import { operatorPrincipal } from '../access/principal.ts';
import { readFeed, splitLines } from '../air/feed/index.ts';

const rule = { marginBadDays: 10 };

async function configureEcologyBureau(store: Store): Promise<void> {
  await replaceEndpointRoutes(
    store.db,
    [
      {
        id: 'ecology',
        kind: 'email',
        channels: [],
        reportsTo: [],
        addresses: ['sthjj@ordos.gov.cn'],
        notices: ['air-target-risk'],
      },
      { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
    ],
    new Date('2025-01-01T00:00:00Z'),
  );
}

async function outbox(store: Store) {
  return store.db
    .selectFrom('outbox_messages')
    .innerJoin('outbox_payloads', 'outbox_payloads.id', 'outbox_messages.payload_id')
    .select([
      'outbox_payloads.identifier',
      'outbox_payloads.purpose',
      'outbox_messages.endpoint_id',
      'recipient',
      'content',
    ])
    .execute();
}

describe.each(engines)('the air inbox on %s', (engine) => {
  const stores: Store[] = [];
  let inbox: ReturnType<typeof tempDir>;
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    inbox?.remove();
  });

  it('imports dropped files once, sets aside bad ones with their reason, and tells the ecology bureau once that a target is lost', async () => {
    const store = await openTestStore(engine);
    stores.push(store);
    await configureEcologyBureau(store);
    const ctx = serviceContext(store);
    inbox = tempDir('nuancheng-air-inbox-');
    const options: AirInboxOptions = { folder: inbox.path, rule, settleMs: 0 };
    const drop = (name: string, text: string) => writeFileSync(join(inbox.path, name), text);

    drop('china_sites_20250101.csv', feedDay('20250101', 160));
    drop('broken.csv', 'date,hr,type,1591A\n20250101,0,SO2,5\n');
    drop('.hidden.csv', feedDay('20250102', 20));
    drop('china_sites_20250102.csv.part', feedDay('20250102', 20));
    const first = await drainAirInbox(ctx, options);
    expect(first.files.map((f) => [f.file, f.outcome])).toEqual([
      ['broken.csv', 'rejected'],
      ['china_sites_20250101.csv', 'imported'],
    ]);
    expect(readFileSync(join(inbox.path, 'rejected', 'broken.csv.reason.txt'), 'utf8')).toBe(
      'broken.csv:1:2: the header must start with date,hour,type; found "hr"\n',
    );
    expect(readdirSync(join(inbox.path, 'done'))).toEqual(['china_sites_20250101.csv']);
    expect(readdirSync(inbox.path).sort()).toEqual([
      '.hidden.csv',
      'china_sites_20250102.csv.part',
      'done',
      'processing',
      'rejected',
    ]);

    // One heavily polluted day: the heavy-day ratio of 0 % (一(二) 表 3) can no longer be kept this year.
    expect(first.noticed.map((n) => [n.region, n.targetId, n.status, n.asOf, n.endpoints])).toEqual([
      ['ordos', 'city-heavy-day-ratio', 'lost', '2025-01-01', ['ecology']],
    ]);
    const queued = await outbox(store);
    expect(queued.map((m) => [m.identifier, m.purpose, m.endpoint_id, m.recipient])).toEqual([
      ['air-target-risk:2025:ordos:city-heavy-day-ratio:lost', 'notice', 'ecology', 'sthjj@ordos.gov.cn'],
    ]);
    expect(JSON.parse(queued[0]!.content).subject).toContain('已无法实现');
    const [audit] = await auditTrail(store.db, 'air-target', '2025/ordos/city-heavy-day-ratio');
    expect(audit).toMatchObject({ actor: 'system:air-watch', action: 'air.target.lost' });

    // The same file again, and a second heavy day: the file is stored once; the heavy-day ratio is not noticed
    // again, but two days at PM2.5 160 leave the rest of the year below the annual mean's 22: newly at risk.
    drop('china_sites_20250101.csv', feedDay('20250101', 160));
    drop('china_sites_20250102.csv', feedDay('20250102', 160));
    const second = await drainAirInbox(ctx, options);
    expect(second.files.map((f) => [f.file, f.outcome])).toEqual([
      ['china_sites_20250101.csv', 'unchanged'],
      ['china_sites_20250102.csv', 'imported'],
    ]);
    expect(second.noticed.map((n) => [n.targetId, n.status, n.reason])).toEqual([
      ['city-pm25-annual', 'at-risk', '至今 160µg/m³,全年剩余 363 天的均值须不高于 21.7µg/m³,低于目标值 22µg/m³'],
    ]);
    expect(await outbox(store)).toHaveLength(2);

    // A later day changes nothing that was noticed: nothing goes out again.
    drop('china_sites_20250103.csv', feedDay('20250103', 160));
    expect((await drainAirInbox(ctx, options)).noticed).toEqual([]);
    expect(await outbox(store)).toHaveLength(2);
    expect((await noticedTargetRisks(ctx, 2025)).map((n) => `${n.targetId} ${n.status}`).sort()).toEqual([
      'city-heavy-day-ratio lost',
      'city-pm25-annual at-risk',
    ]);
    expect(readdirSync(join(inbox.path, 'done')).sort()).toEqual([
      'china_sites_20250101.csv',
      'china_sites_20250101.csv.1',
      'china_sites_20250102.csv',
      'china_sites_20250103.csv',
    ]);
  });

  it('two servers draining the same inbox at once import each file exactly once', async () => {
    const url = engine === 'postgres' ? await freshPostgresUrl() : null;
    inbox = tempDir('nuancheng-air-inbox-');
    const sqlite = url ? null : await openTestStore('sqlite');
    for (let i = 0; i < 2; i++) {
      const store = sqlite ?? openStore(url!);
      if (url && i === 0) await migrateToLatest(store.db);
      stores.push(store);
    }
    const days = ['20250103', '20250104', '20250105', '20250106', '20250107', '20250108'];
    for (const day of days) writeFileSync(join(inbox.path, `china_sites_${day}.csv`), feedDay(day, 30));
    const options: AirInboxOptions = { folder: inbox.path, rule, settleMs: 0 };
    const runs = await Promise.all(stores.map((store) => drainAirInbox(serviceContext(store), options)));
    const imported = runs.flatMap((run) => run.files.map((f) => `${f.file} ${f.outcome}`)).sort();
    expect(imported).toEqual(days.map((day) => `china_sites_${day}.csv imported`));
    expect(readdirSync(join(inbox.path, 'done')).sort()).toEqual(days.map((day) => `china_sites_${day}.csv`));
    expect(existsSync(join(inbox.path, 'processing')) && readdirSync(join(inbox.path, 'processing'))).toEqual([]);
    const feeds = await stores[0]!.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'air.feed.imported')
      .execute();
    expect(feeds).toHaveLength(days.length);
  });

  it('data that came another way (air import, the console) is watched by the scheduled job: noticed once', async () => {
    const store = await openTestStore(engine);
    stores.push(store);
    await configureEcologyBureau(store);
    const ctx = serviceContext(store);
    const text = feedDay('20250101', 160);
    await importAirFeed(
      ctx,
      operatorPrincipal('ops'),
      readFeed(splitLines([text]), 'upload.csv'),
      'upload.csv',
      () => 'sha-of-upload',
    );
    const job = airTargetWatchJob(rule);
    // 2025-01-01 16:30 UTC is already 2025-01-02 in Beijing; 2024-12-31 16:30 UTC is 2025-01-01 00:30 there.
    expect(await job.run(ctx, new Date('2024-12-31T15:30:00Z'))).toEqual([]);
    const noticed = (await job.run(ctx, new Date('2024-12-31T16:30:00Z'))) as Array<{ targetId: string }>;
    expect(noticed.map((n) => n.targetId)).toEqual(['city-heavy-day-ratio']);
    expect(await job.run(ctx, new Date('2025-01-01T16:30:00Z'))).toEqual([]);
    expect(await outbox(store)).toHaveLength(1);
  });
});

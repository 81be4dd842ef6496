import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, openTestApp, personHeaders } from '../../../../test/support/app.ts';
import { auditTrail } from '../../../store/audit.repository.ts';
import { engines } from '../../../../test/support/engines.ts';
import { readFeed, splitLines } from '../../../air/feed/index.ts';
import { importFeed } from '../../../store/air-hourly.repository.ts';
import { saveAirStations } from '../../../store/air-stations.repository.ts';
import { loadAirStationList } from '../../../catalog/air-stations.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';

const days = ['china_sites_20190101.csv', 'china_sites_20190102.csv'];
const asset = (name: string) => new URL(`../../../../assets/air/${name}`, import.meta.url);

describe.each(engines)('/api/air on %s', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    await saveAirStations(ctx.store.db, await loadAirStationList());
    for (const name of days) {
      const digest = createHash('sha256')
        .update(readFileSync(asset(name)))
        .digest('hex');
      await importFeed(
        ctx.store.db,
        readFeed(splitLines(createReadStream(asset(name))), name),
        name,
        () => digest,
        new Date(),
      );
    }
  });
  afterAll(async () => close());

  it('GET /api/air/stations?city=鄂尔多斯: the five city stations with their positions', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/air/stations?city=${encodeURIComponent('鄂尔多斯')}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().stations.map((s: { code: string }) => s.code)).toEqual([
      '1591A',
      '1592A',
      '1593A',
      '1594A',
      '1595A',
    ]);
  });

  it("GET /api/air/hourly: a chart series whose AQI is the feed's own for the same hours", async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/air/hourly?station=1591A&from=2019-01-01&to=2019-01-01',
    });
    expect(response.statusCode).toBe(200);
    const { series } = response.json();
    expect(series.time.slice(0, 2)).toEqual(['2019-01-01T00:00:00+08:00', '2019-01-01T01:00:00+08:00']);
    // The feed's AQI row for 1591A, hours 0-2 of 1 January: 62, 65, 68.
    expect(series.aqi.slice(0, 3)).toEqual([62, 65, 68]);
    expect(series.category[0]).toBe('良');
    expect(series.primary[0]).toEqual(['PM10']);
    expect(series.pm25[0]).toBe(42);
    expect(series.time).toHaveLength(24);
  });

  it('GET /api/air/daily for the city region: HJ 663 region daily values and AQI', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/air/daily?region=ordos&from=2019-01-01&to=2019-01-02`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.subject).toBe('鄂尔多斯');
    expect(body.series.pm25).toEqual([62, 102]);
    expect(body.series.co).toEqual([1.2, 1.7]);
    // Day 1: PM2.5 62 → 50 + 50·27/40 = 83.75 → 84 (PM10 104 → 77); day 2: PM2.5 102 → 133.75 → 134 (PM10 172 → 111).
    expect(body.series.aqi).toEqual([84, 134]);
    expect(body.series.category).toEqual(['良', '轻度污染']);
    expect(body.series.primary).toEqual([['PM2.5'], ['PM2.5']]);
  });

  it("GET /api/air/evaluation equals the CLI's figures; a flagged dust day adds the dust-excluded figures", async () => {
    const before = (await app.inject({ method: 'GET', url: '/api/air/evaluation?year=2019' })).json();
    expect(before.regions['鄂尔多斯']).toMatchObject({
      validDays: 2,
      pm25: 82,
      so2: 30,
      coP95: 1.7,
      o3P90: 45,
      goodDayRatio: 50,
    });
    expect(Object.keys(before.stations)).toEqual(['1591A', '1592A', '1593A', '1594A', '1595A']);
    const all = (await app.inject({ method: 'GET', url: '/api/air/evaluation?year=2019&scope=all' })).json();
    expect(all.regions['鄂尔多斯']).toEqual(before.regions['鄂尔多斯']);
    expect(all.stations['1593A']).toEqual(before.stations['1593A']);
    expect(Object.keys(all.stations).length).toBeGreaterThan(1400);
    expect(before.regions['鄂尔多斯'].dustExcluded).toBeUndefined();

    const refused = await app.inject({
      method: 'POST',
      url: '/api/air/dust-days',
      payload: { date: '2019-01-02', region: '鄂尔多斯' },
    });
    expect(refused.statusCode).toBe(401);
    // 15.4: the evaluation is the ecology bureau's to change; the administrator and a liaison are refused.
    for (const others of [
      await adminHeaders(app),
      await personHeaders(app, { username: `liaison-${engine}`, role: 'unitLiaison', unitId: 'meteorological-bureau' }),
    ]) {
      const notTheirs = await app.inject({
        method: 'POST',
        url: '/api/air/dust-days',
        headers: others,
        payload: { date: '2019-01-02', region: '鄂尔多斯' },
      });
      expect(notTheirs.statusCode).toBe(403);
    }
    const headers = await personHeaders(app, { username: `ecology-${engine}`, role: 'ecologyOfficer' });
    const flagged = await app.inject({
      method: 'POST',
      url: '/api/air/dust-days',
      headers,
      payload: { date: '2019-01-02', region: '鄂尔多斯', note: '沙尘' },
    });
    expect(flagged.statusCode).toBe(201);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/air/dust-days',
      headers,
      payload: { date: '2019-01-02', region: '包头' },
    });
    expect(unknown.statusCode).toBe(400);

    const after = (await app.inject({ method: 'GET', url: '/api/air/evaluation?year=2019' })).json();
    expect(after.regions['鄂尔多斯']).toMatchObject({
      validDays: 2,
      pm25: 82,
      dustExcluded: { validDays: 1, pm25: 62, goodDayRatio: 100 },
    });
    expect(after.dustDays).toEqual([{ region: '鄂尔多斯', date: '2019-01-02' }]);
    expect((await app.inject({ method: 'GET', url: '/api/air/dust-days?year=2019' })).json().dustDays).toHaveLength(1);

    // 15.4: a flag is taken back with its reason, audited; the evaluation counts the day again.
    const unflag = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/air/dust-days/remove', headers, payload });
    expect((await unflag({ date: '2019-01-02', region: '鄂尔多斯', reason: '' })).statusCode).toBe(400);
    expect((await unflag({ date: '2019-01-03', region: '鄂尔多斯', reason: '误标' })).statusCode).toBe(404);
    const removed = await unflag({ date: '2019-01-02', region: '鄂尔多斯', reason: '误标:当日无沙尘' });
    expect(removed.statusCode).toBe(200);
    const again = (await app.inject({ method: 'GET', url: '/api/air/evaluation?year=2019' })).json();
    expect(again.regions['鄂尔多斯'].dustExcluded).toBeUndefined();
    expect(again.dustDays).toEqual([]);
    const trail = await auditTrail(ctx.store.db, 'air-dust-day', '鄂尔多斯 2019-01-02');
    expect(trail.map((entry) => [entry.action, entry.actor])).toEqual([
      ['air.dust-day.flagged', `ecologyOfficer:ecology-${engine}`],
      ['air.dust-day.unflagged', `ecologyOfficer:ecology-${engine}`],
    ]);
    expect(trail[1]!.payload).toMatchObject({ reason: '误标:当日无沙尘' });
  });

  it('GET /api/air/targets: each target so far and what the rest of the year must hold', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/air/targets?year=2019&asOf=2019-01-02' });
    expect(response.statusCode).toBe(200);
    const city = response.json().regions[0];
    expect(city.name).toBe('鄂尔多斯');
    const pm25 = city.targets.find((t: { id: string }) => t.id === 'city-pm25-annual');
    // 62 + 102 = 164 so far; 365 days ≤ 22.5 on average allow 8212 in all: 8048 left for 363 days → 22.1.
    expect(pm25).toMatchObject({ value: 82, met: false, remainingDays: 363, achievable: true, remainingMeanMax: 22.1 });
    const nox = city.targets.find((t: { id: string }) => t.id === 'city-nox-emission-reduction');
    expect(nox).toMatchObject({ value: null, met: null });
    expect(response.json().regions[1].targets[0]).toMatchObject({ value: null, met: null });
  });

  it('bad queries are 400 with the error shape naming the field', async () => {
    const badDate = await app.inject({
      method: 'GET',
      url: '/api/air/hourly?station=1591A&from=2019-02-30&to=2019-03-01',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error).toMatchObject({ code: 'invalid_request' });
    expect(badDate.json().error.message).toMatch(/from/);
    const reversed = await app.inject({
      method: 'GET',
      url: '/api/air/hourly?station=1591A&from=2019-03-01&to=2019-02-01',
    });
    expect(reversed.json().error).toMatchObject({ code: 'invalid_request', path: 'to' });
    const badYear = await app.inject({ method: 'GET', url: '/api/air/evaluation?year=twenty' });
    expect(badYear.statusCode).toBe(400);
    const neither = await app.inject({ method: 'GET', url: '/api/air/daily?from=2019-01-01&to=2019-01-02' });
    expect(neither.json().error).toMatchObject({ code: 'invalid_request', path: 'station' });
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../../test/support/app.ts';
import { engines } from '../../../../test/support/engines.ts';
import { asPeople } from '../../../../test/support/people.ts';
import type { App } from '../../app.ts';

const feed = readFileSync(new URL('../../../../assets/air/china_sites_20190101.csv', import.meta.url), 'utf8');

describe.each(engines)(
  'the ecology bureau imports a feed file over HTTP; the public reads the latest hour, on %s',
  (engine) => {
    let app: App;
    let close: () => Promise<void>;
    let people: ReturnType<typeof asPeople>;
    beforeAll(async () => {
      ({ app, close } = await openTestApp(engine));
      people = asPeople(app);
      await people.create([
        { username: 'sthj', role: 'ecologyOfficer' },
        { username: 'qxj', role: 'unitLiaison', unitId: 'meteorological-bureau' },
      ]);
    });
    afterAll(async () => close());

    it('a file with a bad row is refused whole, naming its line; nothing of it is stored', async () => {
      const lines = feed.split('\n');
      lines[5] = lines[5]!.replace(/^(\d+),/, 'not-a-date,');
      const { status, json } = await people.call(
        'sthj',
        'POST',
        '/api/air/imports?file=broken.csv',
        lines.join('\n'),
        'text/csv',
      );
      expect(status).toBe(200);
      expect(json).toMatchObject({ ok: false, file: 'broken.csv', line: 6 });
      const latest = await people.call(null, 'GET', '/api/air/latest');
      expect(latest.json.stations.every((s: { latest: unknown }) => s.latest === null)).toBe(true);
    });

    it('HJ 633: a day of the national feed is stored; each Ordos station has its latest hour with an AQI', async () => {
      const { json } = await people.call(
        'sthj',
        'POST',
        '/api/air/imports?file=china_sites_20190101.csv',
        feed,
        'text/csv',
      );
      expect(json).toMatchObject({ ok: true, newFile: true, firstHour: '2019-01-01T00', lastHour: '2019-01-01T23' });
      expect(json.stationHours).toBeGreaterThan(30_000);
      const again = await people.call(
        'sthj',
        'POST',
        '/api/air/imports?file=china_sites_20190101.csv',
        feed,
        'text/csv',
      );
      expect(again.json).toMatchObject({ ok: true, newFile: false });
      const latest = await people.call(null, 'GET', '/api/air/latest');
      expect(latest.json.stations.length).toBeGreaterThan(0);
      for (const station of latest.json.stations) {
        expect(station.latest.time).toBe('2019-01-01T23:00:00+08:00');
        expect(typeof station.latest.aqi).toBe('number');
      }
    });

    it('a member-unit liaison may not import: 403 with the reason', async () => {
      const { status, json } = await people.call('qxj', 'POST', '/api/air/imports?file=x.csv', feed, 'text/csv');
      expect(status).toBe(403);
      expect(json.error.message).toMatch(/导入空气质量数据/);
    });
  },
);

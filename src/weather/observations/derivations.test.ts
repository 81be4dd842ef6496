import { describe, expect, it } from 'vitest';
import { shippedPlan } from '../../../test/factories/situation.ts';
import { loadGeography } from '../../catalog/geography.ts';
import type { MeteoPlan } from '../../plans/meteo/index.ts';
import { Situation } from '../situation/situation.schema.ts';
import type { Observation } from './observation.ts';
import { observationReadings } from './plan-readings.ts';
import { screenSeries } from './quality.ts';
import { consecutiveHotDays, dailyMaxima, fogHours, sum24h, tminDrop24h, windForce } from './series.ts';
import { observedSituation } from './situation.ts';
import { HOUR_MS } from './time.ts';

const plan = shippedPlan() as MeteoPlan;
const readings = observationReadings(plan.grading);
const end = Date.parse('2025-07-20T00:00:00Z'); // 08:00 Beijing
const at = (hoursBefore: number) => end - hoursBefore * HOUR_MS;
const obs = (station: string, atMs: number, values: Partial<Observation> = {}): Observation => ({
  station,
  atMs,
  precipMm1h: null,
  snowMm1h: null,
  tempC: null,
  groundTempC: null,
  windMeanMs: null,
  windGustMs: null,
  visibilityM: null,
  phenomenon: null,
  ...values,
});
const hourly = (station: string, hours: number, values: (i: number) => Partial<Observation>) =>
  Array.from({ length: hours }, (_, i) => obs(station, at(hours - 1 - i), values(i)));

describe('what the plan gives the derivations (read from grading.json, not written in code)', () => {
  it('the hot-day threshold and days, the fog visibility and the wind-force table come from the plan', () => {
    const hot = plan.grading.hazards.find((h) => h.hazard === 'highTemperature')!;
    expect(readings.hotDayC).toBe(35);
    expect(readings.pastDays).toBe(5);
    expect(readings.fogBelowM).toBe(500);
    expect(readings.windForceBounds).toBe(plan.grading.windForce.lowerBounds);
    const changed = structuredClone(plan.grading);
    (
      changed.hazards.find((h) => h.hazard === 'highTemperature')!.levels[0]!.routes[0]!.when as {
        all: { value: number }[];
      }
    ).all[0]!.value = 33;
    expect(observationReadings(changed).hotDayC).toBe(33);
    expect(hot).toBeDefined();
  });
});

describe('24-hour sums', () => {
  it('sums the 24 hourly values ending at the hour', () => {
    expect(
      sum24h(
        hourly('a', 24, () => ({ precipMm1h: 2.1 })),
        'precipMm1h',
        end,
      ),
    ).toBe(50.4);
  });
  it('is null when fewer than 24 hourly values were received, or one hour is not measured', () => {
    expect(
      sum24h(
        hourly('a', 23, () => ({ precipMm1h: 5 })),
        'precipMm1h',
        end,
      ),
    ).toBeNull();
    expect(
      sum24h(
        hourly('a', 24, (i) => ({ precipMm1h: i === 3 ? null : 5 })),
        'precipMm1h',
        end,
      ),
    ).toBeNull();
  });
  it('ignores sub-hourly reports and values after the hour', () => {
    const series = [
      ...hourly('a', 24, () => ({ snowMm1h: 1 })),
      obs('a', end - 1_800_000, { snowMm1h: 40 }),
      obs('a', at(-1), { snowMm1h: 40 }),
    ];
    expect(sum24h(series, 'snowMm1h', end)).toBe(24);
  });
});

describe('daily maxima and hot days (Beijing days)', () => {
  it('cuts days at Beijing midnight; the 00:00 report belongs to the day before', () => {
    // end = 08:00 Beijing on 07-20; 9 hours back is 23:00 on 07-19, 8 hours back is 00:00 (still 07-19).
    const series = [obs('a', at(9), { tempC: 30 }), obs('a', at(8), { tempC: 31 }), obs('a', at(7), { tempC: 20 })];
    expect(dailyMaxima(series, end, 2)).toEqual([
      { day: '2025-07-19', maxC: 31 },
      { day: '2025-07-20', maxC: 20 },
    ]);
  });
  it('counts the latest days in a row at or above the threshold; a day without data ends the run', () => {
    const days = (values: (number | null)[]) => values.map((maxC, i) => ({ day: String(i), maxC }));
    expect(consecutiveHotDays(days([36, 34, 35, 35.5, 37]), 35)).toBe(3);
    expect(consecutiveHotDays(days([36, null, 36]), 35)).toBe(1);
    expect(consecutiveHotDays(days([36, 36, 34.9]), 35)).toBe(0);
  });
});

describe('fog duration, minimum-temperature drop, wind force', () => {
  it('counts the hours in a row with fog below the visibility, ending at the hour', () => {
    const series = hourly('a', 6, (i) => ({ phenomenon: i === 1 ? 'dust' : 'fog', visibilityM: i === 5 ? 100 : 300 }));
    expect(fogHours(series, end, 500)).toBe(4);
    expect(fogHours(series, end, 200)).toBe(1);
  });
  it('the drop is the lowest of the 24 h before minus the lowest of the last 24 h; null unless both are complete', () => {
    const series = hourly('a', 48, (i) => ({ tempC: i < 24 ? 10 - (i % 5) : -8 + (i % 3) }));
    expect(tminDrop24h(series, end)).toBe(14);
    expect(tminDrop24h(series.slice(1), end)).toBeNull();
  });
  it('wind force from the plan table: the highest force whose lower bound is reached', () => {
    const bounds = plan.grading.windForce.lowerBounds;
    expect(windForce(17.2, bounds)).toBe(8);
    expect(windForce(17.1, bounds)).toBe(7);
    expect(windForce(5, bounds)).toBeNull();
    expect(windForce(null, bounds)).toBeNull();
  });
});

describe('stale and suspicious data is flagged and left out', () => {
  it('a station with no report in the last two intervals is stale', () => {
    expect(screenSeries('a', [obs('a', at(2))], end).stale).toBe(true);
    expect(screenSeries('a', [obs('a', at(1))], end).stale).toBe(false);
    expect(screenSeries('a', [], end).flags[0]).toMatchObject({ code: 'stale' });
  });
  it('a spike against both neighbours is removed with a flag; a steady rise is kept', () => {
    const spiky = hourly('a', 3, (i) => ({ tempC: i === 1 ? 45 : 20 }));
    const screened = screenSeries('a', spiky, end);
    expect(screened.series[1]!.tempC).toBeNull();
    expect(screened.flags).toEqual([expect.objectContaining({ code: 'spike', field: 'tempC' })]);
    const rising = hourly('a', 3, (i) => ({ tempC: 10 + i * 12 }));
    expect(screenSeries('a', rising, end).flags).toEqual([]);
  });
  it('a stored value outside the physical range is flagged and not used', () => {
    const screened = screenSeries('a', [obs('a', end, { windMeanMs: 300 })], end);
    expect(screened.series[0]!.windMeanMs).toBeNull();
    expect(screened.flags[0]).toMatchObject({ code: 'out-of-range', field: 'windMeanMs' });
  });
});

describe('the observed situation (contracts/observations.md "Out")', () => {
  const geography = loadGeography();
  const [first, second] = geography.stations;
  const sameDivision = geography.stations.filter((s) => s.divisionCode === first!.divisionCode);

  it('is a valid situation: stations with 24-hour sums (null below 24 hours), divisions with observed blocks', () => {
    const byStation = new Map([
      [
        first!.id,
        hourly(first!.id, 24, (i) => ({
          precipMm1h: 3,
          windMeanMs: 18,
          windGustMs: 25,
          tempC: 30,
          visibilityM: i === 23 ? 300 : 9000,
          phenomenon: i === 23 ? 'fog' : null,
        })),
      ],
      [second!.id, hourly(second!.id, 12, () => ({ precipMm1h: 3 }))],
    ] as const);
    const { situation, evidence } = observedSituation(geography, byStation, end, readings);
    expect(Situation.safeParse(situation).success).toBe(true);
    expect(situation.at).toBe('2025-07-20T08:00:00+08:00');
    expect(situation.stations).toContainEqual({ id: first!.id, precipMm: 72, snowMm: null });
    expect(situation.stations).toContainEqual({ id: second!.id, precipMm: null, snowMm: null });
    const unit = situation.units.find((u) => u.id === first!.divisionCode)!;
    expect(unit.observed).toMatchObject({
      windMeanMs: 18,
      windGustMs: 25,
      fogVisibilityM: 300,
      sandVisibilityM: null,
      tmaxPastDaysC: [30, 30],
    });
    const derived = evidence.stations.find((s) => s.station === first!.id)!;
    expect(derived).toMatchObject({ windForce: 8, gustForce: 10, fogHours: 1, stale: false });
    expect(evidence.divisions.find((d) => d.division === first!.divisionCode)!.stations).toContain(first!.id);
    expect(sameDivision.length).toBeGreaterThan(0);
  });

  it('leaves a stale station out of its division and says so in the evidence', () => {
    const byStation = new Map([[first!.id, [obs(first!.id, at(3), { windMeanMs: 30, windGustMs: 40 })]]]);
    const { situation, evidence } = observedSituation(geography, byStation, end, readings);
    expect(situation.units.find((u) => u.id === first!.divisionCode)!.observed).toMatchObject({ windMeanMs: null });
    expect(evidence.divisions.find((d) => d.division === first!.divisionCode)!.leftOut).toContain(first!.id);
    expect(evidence.flags).toContainEqual(expect.objectContaining({ station: first!.id, code: 'stale' }));
  });
});

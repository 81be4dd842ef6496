import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultPlansDir, loadPlanFolder } from '../../catalog/plan-files.ts';
import type { MeteoGrading } from '../../plans/meteo/grading.schema.ts';
import type { MeteoPlan } from '../../plans/registry.ts';
import { forecastUnits, grade, shippedPlan } from '../../../test/factories/situation.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';

// The engine holds no number of the plan: a revised grading.json changes the grading with no code change.
describe('a revised plan file changes the grading without a code change', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  let copies = 0;

  function revised(change: (grading: MeteoGrading) => void): { plan: MeteoPlan; version: string } {
    const folder = join(dir.path, `meteo-${copies++}`);
    cpSync(join(defaultPlansDir, 'meteo-2024'), folder, { recursive: true });
    const file = join(folder, 'grading.json');
    const grading = JSON.parse(readFileSync(file, 'utf8')) as MeteoGrading;
    change(grading);
    writeFileSync(file, JSON.stringify(grading, null, 2));
    const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as { version: string };
    meta.version = '2025.1-test';
    writeFileSync(join(folder, 'meta.json'), JSON.stringify(meta, null, 2));
    const loaded = loadPlanFolder(folder);
    return { plan: loaded.plan as MeteoPlan, version: loaded.version };
  }

  const rainstorm = (grading: MeteoGrading) => grading.hazards.find((h) => h.hazard === 'rainstorm')!;
  const fortyPercentAt = (precipMm: number) => ({ units: forecastUnits([40, { precipMm }], [60, { precipMm: 0 }]) });

  it('8.2.2(1) raised from 50 to 60 mm: 55 mm on 40% of area is Ⅳ under the shipped plan, nothing under the revision', () => {
    const { plan, version } = revised((grading) => {
      for (const level of rainstorm(grading).levels.slice(0, 2)) {
        for (const route of level.routes) (route.when as { value: number }).value = 60;
      }
    });
    expect(grade(fortyPercentAt(55)).hazards.rainstorm.level).toBe('IV');
    const result = grade(fortyPercentAt(55), plan);
    expect(result.hazards.rainstorm.level).toBeNull();
    expect(result.hazards.rainstorm.evidence[0]).toMatchObject({ threshold: 60, share: 0 });
    expect(result.plan).toEqual({ id: 'meteo-2024', version });
  });

  it('8.2.2(1) share raised from 40% to 45%: 40% of area is no longer Ⅳ', () => {
    const { plan } = revised((grading) => {
      rainstorm(grading).levels[0]!.routes[0]!.share = 0.45;
    });
    expect(grade(fortyPercentAt(55), plan).hazards.rainstorm).toMatchObject({
      level: null,
      closest: { share: 0.4, needed: 0.45 },
    });
  });

  it('the coverage minimum lowered to 0.3: a route covering 40% of the area is used', () => {
    const input = { units: forecastUnits([40, { precipMm: 120 }], [60, {}]) };
    expect(grade(input).hazards.rainstorm.status).toBe('insufficient-data');
    const { plan } = revised((grading) => {
      grading.coverageMinimum.share = 0.3;
    });
    expect(grade(input, plan).hazards.rainstorm).toMatchObject({ level: 'I', status: 'graded' });
  });

  it('8.2.4 frost season moved: 1 July is in season under the revision', () => {
    const input = {
      at: '2025-07-01T08:00:00+08:00',
      units: forecastUnits([100, { groundTminC: -6 }]),
      trends: { frostExpectedDays: 5 },
    };
    expect(grade(input).hazards.frost.level).toBeNull();
    const { plan } = revised((grading) => {
      for (const level of grading.hazards.find((h) => h.hazard === 'frost')!.levels)
        level.season!.windows[0]!.to = '07-15';
    });
    expect(grade(input, plan).hazards.frost.level).toBe('III');
  });

  it('8.2.6: the wind-force table is data too: force 8 at 20 m/s makes 18 m/s no gale', () => {
    const input = { units: forecastUnits([100, { windMeanMs: 18 }]) };
    expect(grade(input).hazards.gale.level).toBe('IV');
    const { plan } = revised((grading) => {
      grading.windForce.lowerBounds['8'] = 20;
    });
    expect(grade(input, plan).hazards.gale.level).toBeNull();
  });

  it('8.2.5(1) rewritten with a nested condition (mean wind ≥ force 6 or gust ≥ force 8) grades unit by unit', () => {
    const input = {
      units: forecastUnits(
        [70, { tminDropC: 15, windMeanMs: 5, windGustMs: 18, tminC: -2 }],
        [30, { tminDropC: 1, windMeanMs: 1, windGustMs: 2, tminC: 5 }],
      ),
    };
    expect(grade(input).hazards.coldWave.level).toBeNull();
    const { plan } = revised((grading) => {
      const route = grading.hazards.find((h) => h.hazard === 'coldWave')!.levels[0]!.routes[0]!;
      const [drop, wind, minimum] = (route.when as { all: object[] }).all;
      route.when = {
        all: [drop, { any: [wind, { field: 'forecast.windGustMs', op: '>=', force: 8 }] }, minimum],
      } as typeof route.when;
    });
    const result = grade(input, plan).hazards.coldWave;
    expect(result).toMatchObject({ level: 'IV', clause: '8.2.5(1)' });
    expect(result.evidence[0]).toMatchObject({ share: 0.7, met: { count: 1, ids: ['u0'] } });
    expect(result.evidence[0]!.thresholds.map((t) => t.field)).toEqual([
      'forecast.tminDropC',
      'forecast.windMeanMs',
      'forecast.windGustMs',
      'forecast.tminC',
    ]);
  });

  it('the shipped plan is what the other tests grade by', () => {
    expect(shippedPlan().meta.version).toBe('2024.2');
  });
});

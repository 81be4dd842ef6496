// Deterministic synthetic weather for the grading bench: the same seed gives the same inputs on every run.
import type { GridCells, GridSpec } from '../../src/geo/grid.ts';
import type { Geography } from '../../src/geo/types.ts';
import { droughtGrades } from '../../src/plans/meteo/situation-fields.ts';
import type { DaySeries, MeasureTable } from '../../src/weather/grading/measure-table.ts';
import type { GriddedForecast, GridValues } from '../../src/weather/grid/grid-units.ts';
import { divisionUnits } from '../../src/weather/situation/division-units.ts';
import type { SituationInput } from '../../src/weather/situation/situation.schema.ts';
import { random } from '../support.ts';

/** A weather field that crosses the plan's thresholds somewhere: a smooth bump plus noise. */
interface Weather {
  precipMm: number;
  snowMm: number;
  groundTminC: number;
  tminC: number;
  tminDropC: number;
  windMeanMs: number;
  windGustMs: number;
  sandVisibilityM: number | null;
  fogVisibilityM: number | null;
  tmaxNext3dC: number[];
  tmaxPastDaysC: number[];
  droughtGrade: (typeof droughtGrades)[number];
  obsWindMeanMs: number;
  obsWindGustMs: number;
}

function weatherAt(x: number, y: number, next: () => number): Weather {
  const bump = Math.exp(-((x - 0.6) ** 2 + (y - 0.4) ** 2) * 6);
  const noise = () => next() - 0.5;
  const hot = 33 + 6 * bump + 2 * noise();
  return {
    precipMm: Math.max(0, 110 * bump + 20 * noise()),
    snowMm: Math.max(0, 22 * bump + 4 * noise()),
    groundTminC: -6 * bump + 2 * noise(),
    tminC: 2 - 4 * bump,
    tminDropC: 10 + 9 * bump + noise(),
    windMeanMs: 8 + 12 * bump + 2 * noise(),
    windGustMs: 14 + 20 * bump + 3 * noise(),
    sandVisibilityM: bump > 0.5 ? 300 + 900 * next() : null,
    fogVisibilityM: bump < 0.2 ? 100 + 600 * next() : null,
    tmaxNext3dC: [hot, hot + 0.5, hot - 0.5],
    tmaxPastDaysC: [hot - 1, hot, hot + 1, hot, hot + 0.5],
    droughtGrade: droughtGrades[Math.min(4, Math.floor(5 * (1 - bump) * next() + 2 * (1 - bump)))]!,
    obsWindMeanMs: 7 + 11 * bump + 2 * noise(),
    obsWindGustMs: 13 + 19 * bump + 3 * noise(),
  };
}

const trends = {
  rainContinuing: true,
  rainExpanding: true,
  snowContinuing: true,
  snowExpanding: false,
  galePersisting: true,
  sandPersisting: true,
  fogExpectedHours: 30,
  frostExpectedDays: 3,
  droughtPersisting: true,
};

function stationsAt(count: number, next: () => number): NonNullable<SituationInput['stations']> {
  return Array.from({ length: count }, (_, i) => {
    const w = weatherAt(next(), next(), next);
    return { id: `S${String(i).padStart(6, '0')}`, precipMm: w.precipMm, snowMm: w.snowMm };
  });
}

/** The nine divisions (areas from the geography) and the city's eleven stations, in the contract's form. */
export function divisionSituation(geography: Geography, seed = 1): SituationInput {
  const next = random(seed);
  const [lonMin, latMin, lonMax, latMax] = [106.48, 37.62, 111.47, 40.88];
  const values = Object.fromEntries(
    geography.divisions.map((division) => {
      const ring = division.geometry[0]![0]!;
      const lon = ring.reduce((sum, p) => sum + p[0], 0) / ring.length;
      const lat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
      const w = weatherAt((lon - lonMin) / (lonMax - lonMin), (lat - latMin) / (latMax - latMin), next);
      return [
        division.code,
        {
          agriAreaKm2: division.areaKm2 * 0.4,
          forecast: {
            precipMm: w.precipMm,
            snowMm: w.snowMm,
            groundTminC: w.groundTminC,
            tminC: w.tminC,
            tminDropC: w.tminDropC,
            windMeanMs: w.windMeanMs,
            windGustMs: w.windGustMs,
            sandVisibilityM: w.sandVisibilityM,
            fogVisibilityM: w.fogVisibilityM,
            tmaxNext3dC: w.tmaxNext3dC,
          },
          observed: {
            windMeanMs: w.obsWindMeanMs,
            windGustMs: w.obsWindGustMs,
            sandVisibilityM: w.sandVisibilityM,
            fogVisibilityM: w.fogVisibilityM,
            tmaxPastDaysC: w.tmaxPastDaysC,
            droughtGrade: w.droughtGrade,
          },
        },
      ];
    }),
  );
  const stations = geography.stations.map((station, i) => ({ ...stationsAt(1, random(seed + i))[0]!, id: station.id }));
  return { at: '2025-05-20T08:00:00+08:00', units: divisionUnits(geography, values), stations, trends };
}

export function manyStations(count: number, seed: number): NonNullable<SituationInput['stations']> {
  return stationsAt(count, random(seed));
}

export { trends as benchTrends };

/** 0.01° over the city's bounding box: about 160,000 cells, about 90,000 of them inside the city. */
export const ordosGrid: GridSpec = { lon0: 106.48, lat0: 37.62, dLon: 0.01, dLat: 0.01, cols: 500, rows: 326 };

/** A gridded forecast over the whole spec; a null visibility is written as Infinity (no fog or sand there). */
export function griddedForecast(spec: GridSpec, seed = 2): GriddedForecast {
  const next = random(seed);
  const grid = () => Array.from({ length: spec.rows }, () => new Float64Array(spec.cols));
  const names = [
    'precipMm',
    'snowMm',
    'groundTminC',
    'tminC',
    'tminDropC',
    'windMeanMs',
    'windGustMs',
    'sandVisibilityM',
    'fogVisibilityM',
    'obsWindMeanMs',
    'obsWindGustMs',
  ] as const;
  const g = Object.fromEntries(names.map((name) => [name, grid()])) as Record<(typeof names)[number], Float64Array[]>;
  const drought: Array<Array<string>> = Array.from({ length: spec.rows }, () => new Array<string>(spec.cols));
  const next3 = [grid(), grid(), grid()];
  const past5 = [grid(), grid(), grid(), grid(), grid()];
  for (let r = 0; r < spec.rows; r++) {
    for (let c = 0; c < spec.cols; c++) {
      const w = weatherAt(c / spec.cols, r / spec.rows, next);
      for (const name of names) {
        const value = name === 'obsWindMeanMs' ? w.obsWindMeanMs : name === 'obsWindGustMs' ? w.obsWindGustMs : w[name];
        g[name][r]![c] = value ?? Number.POSITIVE_INFINITY;
      }
      drought[r]![c] = w.droughtGrade;
      w.tmaxNext3dC.forEach((t, d) => {
        next3[d]![r]![c] = t;
      });
      w.tmaxPastDaysC.forEach((t, d) => {
        past5[d]![r]![c] = t;
      });
    }
  }
  return {
    fields: {
      'forecast.precipMm': g.precipMm,
      'forecast.snowMm': g.snowMm,
      'forecast.groundTminC': g.groundTminC,
      'forecast.tminC': g.tminC,
      'forecast.tminDropC': g.tminDropC,
      'forecast.windMeanMs': g.windMeanMs,
      'forecast.windGustMs': g.windGustMs,
      'forecast.sandVisibilityM': g.sandVisibilityM,
      'forecast.fogVisibilityM': g.fogVisibilityM,
      'observed.windMeanMs': g.obsWindMeanMs,
      'observed.windGustMs': g.obsWindGustMs,
      'observed.sandVisibilityM': g.sandVisibilityM,
      'observed.fogVisibilityM': g.fogVisibilityM,
      'observed.droughtGrade': drought as GridValues,
    },
    days: { 'forecast.tmaxNext3dC': next3, 'observed.tmaxPastDaysC': past5 },
    agriShare: Array.from({ length: spec.rows }, () => new Float64Array(spec.cols).fill(0.4)),
  };
}

/** `count` synthetic area units straight in the engine's column form, as a national grid would give them. */
export function syntheticUnits(count: number, seed = 3): MeasureTable {
  const next = random(seed);
  const cols = Math.ceil(Math.sqrt(count));
  const column = () => new Float64Array(count);
  const numbers = new Map<string, Float64Array>();
  const fields = [
    'forecast.precipMm',
    'forecast.snowMm',
    'forecast.groundTminC',
    'forecast.tminC',
    'forecast.tminDropC',
    'forecast.windMeanMs',
    'forecast.windGustMs',
    'forecast.sandVisibilityM',
    'forecast.fogVisibilityM',
    'observed.windMeanMs',
    'observed.windGustMs',
    'observed.sandVisibilityM',
    'observed.fogVisibilityM',
    'observed.droughtGrade',
  ];
  for (const field of fields) numbers.set(field, column());
  const series = (days: number): DaySeries => ({
    offsets: Int32Array.from({ length: count + 1 }, (_, i) => i * days),
    values: new Float64Array(count * days),
  });
  const next3 = series(3);
  const past5 = series(5);
  const area = column();
  const agriArea = column();
  for (let i = 0; i < count; i++) {
    const w = weatherAt((i % cols) / cols, Math.floor(i / cols) / cols, next);
    const set = (field: string, value: number | null) => {
      numbers.get(field)![i] = value ?? Number.POSITIVE_INFINITY;
    };
    set('forecast.precipMm', w.precipMm);
    set('forecast.snowMm', w.snowMm);
    set('forecast.groundTminC', w.groundTminC);
    set('forecast.tminC', w.tminC);
    set('forecast.tminDropC', w.tminDropC);
    set('forecast.windMeanMs', w.windMeanMs);
    set('forecast.windGustMs', w.windGustMs);
    set('forecast.sandVisibilityM', w.sandVisibilityM);
    set('forecast.fogVisibilityM', w.fogVisibilityM);
    set('observed.windMeanMs', w.obsWindMeanMs);
    set('observed.windGustMs', w.obsWindGustMs);
    set('observed.sandVisibilityM', w.sandVisibilityM);
    set('observed.fogVisibilityM', w.fogVisibilityM);
    set('observed.droughtGrade', droughtGrades.indexOf(w.droughtGrade));
    next3.values.set(w.tmaxNext3dC, i * 3);
    past5.values.set(w.tmaxPastDaysC, i * 5);
    area[i] = Math.round((20 + 10 * next()) * 1e6);
    agriArea[i] = Math.round(area[i]! * 0.4);
  }
  return {
    size: count,
    idOf: (i) => `n${i}`,
    numbers,
    days: new Map([
      ['forecast.tmaxNext3dC', next3],
      ['observed.tmaxPastDaysC', past5],
    ]),
    weights: { area, agriArea },
  };
}

export type { GridCells };

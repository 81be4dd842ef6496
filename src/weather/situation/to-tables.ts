import {
  stationFields,
  trendFields,
  unitFields,
  type FieldInfo,
  type TrendField,
} from '../../plans/meteo/situation-fields.ts';
import type { GradingInput, Trends } from '../grading/grading-input.ts';
import type { DaySeries, MeasureTable } from '../grading/measure-table.ts';
import { squareMetres, storedValue } from '../grading/measure-table.ts';
import { parseInstant, type CalendarDate } from './instant.ts';
import type { Situation } from './situation.schema.ts';

type Row = Record<string, unknown>;

/** `forecast.precipMm` → the unit's `forecast` object and `precipMm`; a station field is read from the row itself. */
function read(row: Row, field: string): unknown {
  const dot = field.indexOf('.');
  if (dot < 0) return row[field];
  const section = row[field.slice(0, dot)] as Row | null | undefined;
  return section?.[field.slice(dot + 1)];
}

function scalarColumn(rows: Row[], field: string, info: FieldInfo): Float64Array {
  const column = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) column[i] = storedValue(read(rows[i]!, field), info.kind, info.scale);
  return column;
}

function dayColumn(rows: Row[], field: string): DaySeries {
  const offsets = new Int32Array(rows.length + 1);
  const lists = rows.map((row) => read(row, field));
  let length = 0;
  lists.forEach((list, i) => {
    offsets[i] = length;
    if (Array.isArray(list)) length += list.length;
  });
  offsets[rows.length] = length;
  const values = new Float64Array(length);
  lists.forEach((list, i) => {
    if (Array.isArray(list)) values.set(list as number[], offsets[i]!);
  });
  return { offsets, values };
}

function table(
  rows: Row[],
  ids: string[],
  fields: Record<string, FieldInfo>,
  weights: MeasureTable['weights'],
): MeasureTable {
  const numbers = new Map<string, Float64Array>();
  const days = new Map<string, DaySeries>();
  for (const [field, info] of Object.entries(fields)) {
    if (info.kind === 'past-days' || info.kind === 'next-days') days.set(field, dayColumn(rows, field));
    else numbers.set(field, scalarColumn(rows, field, info));
  }
  return { size: rows.length, idOf: (index) => ids[index]!, numbers, days, weights };
}

export function resolveTrends(trends: Situation['trends']): Trends {
  const given = (trends ?? {}) as Partial<Record<TrendField, boolean | number | null>>;
  const out = {} as Trends;
  for (const [name, kind] of Object.entries(trendFields) as Array<[TrendField, 'boolean' | 'number']>) {
    out[name] = given[name] ?? (kind === 'boolean' ? false : 0);
  }
  return out;
}

/** Stations (contracts/assess.md) as a table; each counts 1 toward a station share. */
export function stationsTable(stations: Situation['stations']): MeasureTable {
  return table(
    stations as unknown as Row[],
    stations.map((station) => station.id),
    stationFields,
    {
      stationCount: new Float64Array(stations.length).fill(1),
    },
  );
}

export function shanghaiDateOf(at: string): CalendarDate {
  const parsed = parseInstant(at);
  if (!parsed) throw new RangeError(`at: not a valid ISO 8601 date and time: ${at}`);
  return parsed.shanghaiDate;
}

/** A situation (contracts/assess.md) in the form the grading reads. */
export function situationTables(situation: Situation): GradingInput {
  const units = situation.units as unknown as Row[];
  const area = new Float64Array(units.length);
  const agriArea = new Float64Array(units.length);
  situation.units.forEach((unit, i) => {
    area[i] = squareMetres(unit.areaKm2);
    agriArea[i] = squareMetres(unit.agriAreaKm2);
  });
  return {
    units: table(
      units,
      situation.units.map((unit) => unit.id),
      unitFields,
      { area, agriArea },
    ),
    stations: stationsTable(situation.stations),
    trends: resolveTrends(situation.trends),
    date: shanghaiDateOf(situation.at),
  };
}

import type { TrendField } from '../../plans/meteo/situation-fields.ts';
import type { CalendarDate } from '../situation/instant.ts';
import type { MeasureTable } from './measure-table.ts';

/** The forecaster's judgements with their defaults applied (absent booleans false, numbers 0). */
export type Trends = Record<TrendField, boolean | number>;

/** A situation in the engine's form: columns of area units and of stations, the trends, the Shanghai date. */
export interface GradingInput {
  units: MeasureTable;
  stations: MeasureTable;
  trends: Trends;
  /** The date of `at` in Asia/Shanghai, for season windows. */
  date: CalendarDate;
}

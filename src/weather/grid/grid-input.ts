import type { GridCells } from '../../geo/grid.ts';
import type { GradingInput } from '../grading/grading-input.ts';
import { resolveTrends, shanghaiDateOf, stationsTable } from '../situation/to-tables.ts';
import type { Situation } from '../situation/situation.schema.ts';
import { gridUnits, type GriddedForecast } from './grid-units.ts';

/** A gridded situation: the forecast on grid cells, with station observations and trends as in the contract. */
export interface GridSituation {
  at: string;
  cells: GridCells;
  forecast: GriddedForecast;
  stations?: Situation['stations'];
  trends?: Situation['trends'];
}

/** The grading input of a gridded situation: one area unit per grid cell inside the city. */
export function gridGradingInput(situation: GridSituation): GradingInput {
  return {
    units: gridUnits(situation.cells, situation.forecast),
    stations: stationsTable(situation.stations ?? []),
    trends: resolveTrends(situation.trends),
    date: shanghaiDateOf(situation.at),
  };
}

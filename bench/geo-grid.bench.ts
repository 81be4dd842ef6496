// Grid cells clipped to the Ordos divisions: what the weather grading's first call for a new grid pays.
import { loadGeography } from '../src/catalog/geography.ts';
import { clipGridToDivisions, type GridSpec } from '../src/geo/grid.ts';
import { formatTiming, report, time } from './support.ts';

export async function run(): Promise<void> {
  const geography = loadGeography();
  const cityKm2 = geography.divisions.reduce((sum, division) => sum + division.areaKm2, 0);
  for (const step of [0.05, 0.01, 0.005]) {
    const spec: GridSpec = {
      lon0: 106.4,
      lat0: 37.6,
      dLon: step,
      dLat: step,
      cols: Math.ceil(5.2 / step),
      rows: Math.ceil(3.4 / step),
    };
    const cells = clipGridToDivisions(spec, geography.divisions);
    const sum = cells.areaKm2.reduce((a, b) => a + b, 0);
    report(
      `clip ${step}° grid (${spec.cols}×${spec.rows})`,
      formatTiming(time(() => clipGridToDivisions(spec, geography.divisions), 11, 3)),
    );
    report(
      `  cells inside the city`,
      `${cells.count} (area sum ${sum.toFixed(1)} km², divisions ${cityKm2.toFixed(1)} km²)`,
    );
  }
}

import { loadGeography } from '../../src/catalog/geography.ts';

/** One step: 24 h forecast precipitation (mm) per division code; divisions not named get none. */
type Rain = Record<string, number>;

function situation(rain: Rain) {
  return {
    units: loadGeography().divisions.map((division) => ({
      id: division.code,
      areaKm2: Math.round(division.areaKm2 * 10) / 10,
      forecast: { precipMm: rain[division.code] ?? 0 },
    })),
  };
}

/**
 * A rainstorm over western Ordos that rises, peaks and clears (8.2.2 on the forecast route, by area):
 * 鄂托克旗 and 杭锦旗 are about 45% of the city, with 乌审旗 about 58%.
 * 08:00 Ⅳ (≥ 50 mm on 45%) → 20:00 Ⅱ (≥ 100 mm on 45%) → next 08:00 Ⅲ (≥ 50 mm on 58%) → 20:00 clear.
 */
export function stormScenario() {
  return {
    name: '2025-07 强降雨演练',
    steps: [
      { at: '2025-07-20T08:00:00+08:00', situation: situation({ 150624: 62, 150625: 58 }) },
      { at: '2025-07-20T20:00:00+08:00', situation: situation({ 150624: 130, 150625: 112, 150626: 60 }) },
      { at: '2025-07-21T08:00:00+08:00', situation: situation({ 150624: 70, 150625: 66, 150626: 55 }) },
      { at: '2025-07-21T20:00:00+08:00', situation: situation({}) },
    ],
  };
}

import { GeoDataError } from './data-error.ts';
import type { Division, Geography, WeatherStation } from './types.ts';

/** Puts a city's divisions and stations together, refusing a station whose division the city does not have. */
export function assembleGeography(
  city: { code: string; name: string },
  divisions: Division[],
  stations: WeatherStation[],
): Geography {
  const codes = new Set(divisions.map((division) => division.code));
  for (const station of stations) {
    if (!codes.has(station.divisionCode)) {
      throw new GeoDataError(
        `station ${station.id}`,
        `division ${station.divisionCode} is not one of ${city.name}'s: ${[...codes].join(', ')}`,
      );
    }
  }
  return { cityCode: city.code, cityName: city.name, divisions, stations };
}

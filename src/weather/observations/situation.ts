import type { Geography } from '../../geo/types.ts';
import { divisionUnits, type DivisionValues } from '../situation/division-units.ts';
import type { SituationInput } from '../situation/situation.schema.ts';
import type { Observation } from './observation.ts';
import type { ObservationReadings } from './plan-readings.ts';
import { screenSeries, type QualityFlag } from './quality.ts';
import {
  consecutiveHotDays,
  dailyMaxima,
  fogHours,
  latestConsecutiveMaxima,
  sum24h,
  tminDrop24h,
  windForce,
  type DailyMaximum,
} from './series.ts';
import { formatBeijing, HOUR_MS } from './time.ts';

export interface StationDerivation {
  station: string;
  division: string;
  stale: boolean;
  precipMm24h: number | null;
  snowMm24h: number | null;
  dailyMaxima: DailyMaximum[];
  hotDays: number | null;
  fogHours: number | null;
  tminDropC: number | null;
  /** The values at the hour asked (null when not reported then, flagged, or the station is stale). */
  windMeanMs: number | null;
  windGustMs: number | null;
  windForce: number | null;
  gustForce: number | null;
  visibilityM: number | null;
  phenomenon: 'fog' | 'dust' | null;
}

export interface DivisionDerivation {
  division: string;
  /** Stations whose latest values the division's block uses, and those left out (stale). */
  stations: string[];
  leftOut: string[];
  hotDays: number | null;
  fogHours: number | null;
  tminDropC: number | null;
  windForce: number | null;
  gustForce: number | null;
}

export interface ObservedSituation {
  situation: SituationInput;
  evidence: { at: string; stations: StationDerivation[]; divisions: DivisionDerivation[]; flags: QualityFlag[] };
}

/** How far back the derivations read before the hour asked: the past days' maxima, or 48 h for the drop. */
export function seriesWindowStart(atMs: number, readings: ObservationReadings): number {
  return atMs - Math.max(48, (readings.pastDays + 1) * 24) * HOUR_MS;
}

function deriveStation(
  station: string,
  division: string,
  observations: readonly Observation[],
  atMs: number,
  readings: ObservationReadings,
): { derivation: StationDerivation; flags: QualityFlag[] } {
  const { series, flags, stale } = screenSeries(station, observations, atMs);
  const now = stale ? undefined : series.find((o) => o.atMs === atMs);
  const maxima = dailyMaxima(series, atMs, readings.pastDays);
  const derivation: StationDerivation = {
    station,
    division,
    stale,
    precipMm24h: sum24h(series, 'precipMm1h', atMs),
    snowMm24h: sum24h(series, 'snowMm1h', atMs),
    dailyMaxima: maxima,
    hotDays: readings.hotDayC === null ? null : consecutiveHotDays(maxima, readings.hotDayC),
    fogHours: readings.fogBelowM === null ? null : fogHours(series, atMs, readings.fogBelowM),
    tminDropC: tminDrop24h(series, atMs),
    windMeanMs: now?.windMeanMs ?? null,
    windGustMs: now?.windGustMs ?? null,
    windForce: windForce(now?.windMeanMs ?? null, readings.windForceBounds),
    gustForce: windForce(now?.windGustMs ?? null, readings.windForceBounds),
    visibilityM: now?.visibilityM ?? null,
    phenomenon: now?.phenomenon ?? null,
  };
  return { derivation, flags };
}

const maxOf = (values: (number | null)[]): number | null => {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 ? Math.max(...known) : null;
};
const minOf = (values: (number | null)[]): number | null => {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 ? Math.min(...known) : null;
};

/**
 * The division's observed block: the strongest wind and gust and the lowest fog or dust visibility of its stations
 * at the hour (the worst place in the division is what the plan warns for), and per Beijing day the highest of
 * its stations' maxima, the latest consecutive days with data, oldest first.
 */
function divisionBlock(stations: StationDerivation[]): DivisionValues['observed'] {
  const visibility = (phenomenon: 'fog' | 'dust') =>
    minOf(stations.filter((s) => s.phenomenon === phenomenon).map((s) => s.visibilityM));
  const days = stations[0]?.dailyMaxima.map((d) => d.day) ?? [];
  const maxima = days.map((day, i) => ({ day, maxC: maxOf(stations.map((s) => s.dailyMaxima[i]!.maxC)) }));
  const past = latestConsecutiveMaxima(maxima);
  return {
    windMeanMs: maxOf(stations.map((s) => s.windMeanMs)),
    windGustMs: maxOf(stations.map((s) => s.windGustMs)),
    fogVisibilityM: visibility('fog'),
    sandVisibilityM: visibility('dust'),
    tmaxPastDaysC: past.length > 0 ? past : null,
    droughtGrade: null,
  };
}

/**
 * The situation the stored observations give at a whole hour, in the input format of contracts/assess.md:
 * stations with their 24-hour sums, the city's divisions with the observed block, and the evidence behind it
 * (every station's derivations and every value or station left out, and why).
 */
export function observedSituation(
  geography: Geography,
  observationsByStation: ReadonlyMap<string, readonly Observation[]>,
  atMs: number,
  readings: ObservationReadings,
): ObservedSituation {
  const flags: QualityFlag[] = [];
  const stations = geography.stations.map((station) => {
    const derived = deriveStation(
      station.id,
      station.divisionCode,
      observationsByStation.get(station.id) ?? [],
      atMs,
      readings,
    );
    flags.push(...derived.flags);
    return derived.derivation;
  });
  const values: Record<string, DivisionValues> = {};
  const divisions = geography.divisions.map((division): DivisionDerivation => {
    const inDivision = stations.filter((s) => s.division === division.code);
    const used = inDivision.filter((s) => !s.stale);
    values[division.code] = { observed: divisionBlock(used) };
    return {
      division: division.code,
      stations: used.map((s) => s.station),
      leftOut: inDivision.filter((s) => s.stale).map((s) => s.station),
      hotDays: maxOf(used.map((s) => s.hotDays)),
      fogHours: maxOf(used.map((s) => s.fogHours)),
      tminDropC: maxOf(used.map((s) => s.tminDropC)),
      windForce: maxOf(used.map((s) => s.windForce)),
      gustForce: maxOf(used.map((s) => s.gustForce)),
    };
  });
  return {
    situation: {
      at: formatBeijing(atMs),
      units: divisionUnits(geography, values),
      stations: stations.map((s) => ({ id: s.station, precipMm: s.precipMm24h, snowMm: s.snowMm24h })),
    },
    evidence: { at: formatBeijing(atMs), stations, divisions, flags },
  };
}

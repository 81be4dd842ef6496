import {
  CO,
  NO2,
  O3,
  PM10,
  PM25,
  POLLUTANT_COUNT,
  SO2,
  toMilli,
  MILLI,
  type Pollutant,
  POLLUTANTS,
} from '../pollutants.ts';
import { roundHalfEvenRatio } from '../rounding.ts';
import { StationIndex } from '../station-index.ts';
import { BREAKPOINTS_MILLI } from './breakpoints.ts';
import { categoryOf, PRIMARY_ABOVE, primaryNames, type Category } from './category.ts';
import { ABOVE_TABLE, iaqiMilli } from './iaqi.ts';

/**
 * The tables the national real-time feed uses for an hour: the 1-hour tables of SO2, NO2, O3 and CO, and the
 * 24-hour tables for the 1-hour PM10 and PM2.5 values (HJ 633 has no 1-hour PM table); O3 8 h is not used.
 */
const HOURLY_TABLES: Int32Array[] = [];
HOURLY_TABLES[PM25] = BREAKPOINTS_MILLI.pm25_24h;
HOURLY_TABLES[PM10] = BREAKPOINTS_MILLI.pm10_24h;
HOURLY_TABLES[SO2] = BREAKPOINTS_MILLI.so2_1h;
HOURLY_TABLES[NO2] = BREAKPOINTS_MILLI.no2_1h;
HOURLY_TABLES[O3] = BREAKPOINTS_MILLI.o3_1h;
HOURLY_TABLES[CO] = BREAKPOINTS_MILLI.co_1h;

/** GB 3095-2012 表 4: a 24-hour mean needs 20 valid hours; the trailing SO2 mean of note 2 follows it. */
const TRAILING_HOURS_NEEDED = 20;

/** An hour of the feed for the AQI: concentrations station-major, NaN where missing. */
export interface HourValues {
  /** Hours since 1970-01-01 00:00 of the hour's label, to find the trailing 24 hours across files. */
  hourStamp: number;
  stations: readonly string[];
  values: Float64Array;
}

/**
 * Hourly AQI per HJ 633-2012 as the national real-time feed computes it. It keeps the last 24 hourly SO2
 * values of every station because an SO2 hour above 800 µg/m³ is reported by the IAQI of its trailing 24-hour
 * mean (HJ 633 表 1 note 2); that mean needs 20 valid hours, and without it SO2 gives no IAQI that hour.
 */
export class HourlyAqiCalculator {
  private readonly index = new StationIndex();
  private so2 = new Int32Array(0);
  private stamps = new Float64Array(0);

  /** Writes each station's AQI (-1 when it has no pollutant) and its primary pollutants as a bit set. */
  compute(hour: HourValues, aqiOut: Int16Array, primaryOut: Uint8Array): void {
    const { values, hourStamp } = hour;
    const ids = this.globalIds(hour.stations);
    const slot = ((hourStamp % 24) + 24) % 24;
    for (let s = 0; s < ids.length; s++) {
      const base = s * POLLUTANT_COUNT;
      const ring = ids[s]! * 24;
      let aqi = -1;
      let mask = 0;
      for (let p = 0; p < POLLUTANT_COUNT; p++) {
        const value = values[base + p]!;
        if (p === SO2) {
          this.so2[ring + slot] = value === value ? toMilli(value) : -1;
          this.stamps[ring + slot] = hourStamp;
        }
        if (value !== value) continue;
        let iaqi = iaqiMilli(HOURLY_TABLES[p]!, toMilli(value));
        if (iaqi === ABOVE_TABLE) iaqi = this.trailingSo2Iaqi(ring, hourStamp);
        if (iaqi < 0) continue;
        if (iaqi > aqi) {
          aqi = iaqi;
          mask = 1 << p;
        } else if (iaqi === aqi) {
          mask |= 1 << p;
        }
      }
      aqiOut[s] = aqi;
      primaryOut[s] = aqi > PRIMARY_ABOVE ? mask : 0;
    }
  }

  private trailingSo2Iaqi(ring: number, hourStamp: number): number {
    let sum = 0;
    let count = 0;
    for (let k = 0; k < 24; k++) {
      const stamp = this.stamps[ring + k]!;
      const value = this.so2[ring + k]!;
      if (stamp > hourStamp - 24 && stamp <= hourStamp && value >= 0) {
        sum += value;
        count++;
      }
    }
    if (count < TRAILING_HOURS_NEEDED) return -1;
    const mean = roundHalfEvenRatio(sum, count * MILLI) * MILLI;
    return iaqiMilli(BREAKPOINTS_MILLI.so2_24h, mean);
  }

  private globalIds(stations: readonly string[]): Int32Array {
    const ids = this.index.idsOf(stations);
    if (this.index.size * 24 > this.so2.length) this.grow(this.index.size);
    return ids;
  }

  private grow(stationCount: number): void {
    const size = Math.max(stationCount, (this.so2.length / 24) * 2) * 24;
    const so2 = new Int32Array(size).fill(-1);
    so2.set(this.so2);
    const stamps = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
    stamps.set(this.stamps);
    this.so2 = so2;
    this.stamps = stamps;
  }
}

export interface HourlyAqi {
  aqi: number;
  category: Category;
  primary: Pollutant[];
}

/**
 * One station-hour, for callers that hold a handful of values rather than a feed block. For an SO2 hour above
 * 800 the caller gives the trailing 24-hour mean it knows; without one SO2 gives no IAQI, as in the block path.
 */
export function hourlyAqiOf(values: Partial<Record<Pollutant, number>>, so2Trailing24hMean?: number): HourlyAqi | null {
  let aqi = -1;
  let mask = 0;
  POLLUTANTS.forEach((name, p) => {
    const value = values[name];
    if (value === undefined || Number.isNaN(value)) return;
    let iaqi = iaqiMilli(HOURLY_TABLES[p]!, toMilli(value));
    if (iaqi === ABOVE_TABLE) {
      iaqi = so2Trailing24hMean === undefined ? -1 : iaqiMilli(BREAKPOINTS_MILLI.so2_24h, toMilli(so2Trailing24hMean));
    }
    if (iaqi < 0) return;
    if (iaqi > aqi) {
      aqi = iaqi;
      mask = 1 << p;
    } else if (iaqi === aqi) {
      mask |= 1 << p;
    }
  });
  if (aqi < 0) return null;
  return { aqi, category: categoryOf(aqi), primary: aqi > PRIMARY_ABOVE ? primaryNames(mask) : [] };
}

// A deterministic synthetic year of the national hourly feed: 1,700 stations, every hour, six pollutants,
// held compactly (Uint16, whole µg/m³ and CO in 0.1 mg/m³, 0xFFFF = missing): ~180 MB for a leap year
// instead of ~720 MB as doubles. An hour is decoded into the Float64Array the feed parser would give.
import { POLLUTANT_COUNT } from '../../src/air/pollutants.ts';
import { random } from '../support.ts';

export const MISSING = 0xffff;

export interface SyntheticYear {
  year: number;
  hours: number;
  stations: string[];
  /** `data[(hour * stations + station) * POLLUTANT_COUNT + pollutant]`. */
  data: Uint16Array;
  /** The feed date and hour of hour index h (hour 0 = 1 January 00:00). */
  label(h: number): { date: string; hour: number; hourStamp: number };
  /** Writes hour h into `out` as the parser would give it. */
  decode(h: number, out: Float64Array): void;
}

export function syntheticYear(year: number, stationCount: number, seed = 20250101): SyntheticYear {
  const first = Date.UTC(year, 0, 1) / 3_600_000;
  // Hours 0 of 1 January to 0 of 1 January of the next year: the last one is 24:00 of 31 December.
  const hours = Date.UTC(year + 1, 0, 1) / 3_600_000 - first + 1;
  const stations = Array.from({ length: stationCount }, (_, i) => `${1001 + i}A`);
  const data = new Uint16Array(hours * stationCount * POLLUTANT_COUNT);
  const next = random(seed);
  // Each station has its own level; a day's weather scales every pollutant; hours follow a daily cycle.
  const level = Float64Array.from({ length: stationCount }, () => 0.5 + next() * 1.5);
  let dayFactor = 1;
  for (let h = 0; h < hours; h++) {
    const hourOfDay = h % 24;
    if (hourOfDay === 0) dayFactor = 0.3 + next() * next() * 4;
    const traffic = 1 + 0.4 * Math.sin(((hourOfDay - 8) / 24) * 2 * Math.PI);
    const sun = Math.max(0, Math.sin(((hourOfDay - 6) / 24) * 2 * Math.PI));
    for (let s = 0; s < stationCount; s++) {
      const base = (h * stationCount + s) * POLLUTANT_COUNT;
      const k = level[s]! * dayFactor;
      const noise = 0.7 + next() * 0.6;
      data[base] = Math.round(30 * k * traffic * noise);
      data[base + 1] = Math.round(60 * k * traffic * (0.8 + next() * 0.4));
      // A rare SO2 spike above 800 µg/m³ exercises the 24-hour switch of HJ 633 note 2.
      data[base + 2] = next() < 0.0002 ? 900 + Math.round(next() * 400) : Math.round(15 * level[s]! * noise);
      data[base + 3] = Math.round(35 * k * traffic * noise);
      data[base + 4] = Math.round((20 + 160 * sun) * (0.7 + next() * 0.6));
      data[base + 5] = Math.round(8 * k * noise);
      // 2 % of station-hours miss a value, 0.5 % miss all of them.
      if (next() < 0.02) data[base + Math.floor(next() * POLLUTANT_COUNT)] = MISSING;
      if (next() < 0.005) data.fill(MISSING, base, base + POLLUTANT_COUNT);
    }
  }
  return {
    year,
    hours,
    stations,
    data,
    label(h) {
      const ms = (first + h) * 3_600_000;
      const date = new Date(ms).toISOString();
      return {
        date: `${date.slice(0, 4)}${date.slice(5, 7)}${date.slice(8, 10)}`,
        hour: Number(date.slice(11, 13)),
        hourStamp: first + h,
      };
    },
    decode(h, out) {
      const from = h * stationCount * POLLUTANT_COUNT;
      for (let i = 0; i < stationCount * POLLUTANT_COUNT; i++) {
        const value = data[from + i]!;
        out[i] = value === MISSING ? Number.NaN : i % POLLUTANT_COUNT === 5 ? value / 10 : value;
      }
    },
  };
}

/** One day of the feed as CSV text (all 15 types, the derived ones as copies), for the parser's speed. */
export function syntheticDayCsv(year: SyntheticYear, day: number): string {
  const types = [
    'AQI',
    'PM2.5',
    'PM2.5_24h',
    'PM10',
    'PM10_24h',
    'SO2',
    'SO2_24h',
    'NO2',
    'NO2_24h',
    'O3',
    'O3_24h',
    'O3_8h',
    'O3_8h_24h',
    'CO',
    'CO_24h',
  ];
  const source = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5];
  const lines = [`date,hour,type,${year.stations.join(',')}`];
  const block = new Float64Array(year.stations.length * POLLUTANT_COUNT);
  for (let hour = 0; hour < 24; hour++) {
    const h = day * 24 + hour;
    if (h >= year.hours) break;
    year.decode(h, block);
    const { date } = year.label(h);
    types.forEach((type, t) => {
      const cells = year.stations.map((_, s) => {
        const value = block[s * POLLUTANT_COUNT + source[t]!]!;
        return Number.isNaN(value) ? '' : String(value);
      });
      lines.push(`${date},${hour},${type},${cells.join(',')}`);
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}

import { dayAndSlot, daysInYear, epochDay, feedDateToEpochDay } from '../calendar.ts';
import { DAILY_COUNT } from '../daily-values.ts';
import { POLLUTANT_COUNT, toMilli } from '../pollutants.ts';
import { StationIndex } from '../station-index.ts';
import { STATION_DAY_SIZE, stationDailyValues } from './station-day.ts';

/** An hour of concentrations, as the feed parser (or a store query) gives it. */
export interface HourInput {
  /** YYYYMMDD, as the feed writes it. */
  date: string;
  hour: number;
  stations: readonly string[];
  /** Station-major, `POLLUTANT_COUNT` per station, NaN where missing. */
  values: Float64Array;
}

/** The daily values of a year: per station, `DAILY_COUNT` values per day of the year (see `daily-values.ts`). */
export interface YearDays {
  year: number;
  dayCount: number;
  stations: Map<string, Float64Array>;
  /** Every station that had at least one value in the input, in the year or not. */
  seen: Set<string>;
  /** The last day of the year (0-based) on which any station had an hour, -1 when none. */
  lastDay: number;
}

/** An hour that arrived after its day was already closed: the input is not in time order. */
export class HourOutOfOrderError extends Error {
  constructor(
    readonly date: string,
    readonly hour: number,
  ) {
    super(`hour ${hour} of ${date} comes after later days; give the hours in time order`);
    this.name = 'HourOutOfOrderError';
  }
}

interface OpenDay {
  hours: Int32Array;
  hasData: Uint8Array;
}

export function emptyDays(dayCount: number): Float64Array {
  return new Float64Array(dayCount * DAILY_COUNT).fill(Number.NaN);
}

/**
 * Turns a stream of hours into the daily values of one year while holding only the days still open: a day
 * closes once hours two days later arrive, so a year of all stations needs a few days of hours at a time.
 * Hour 0 of 1 January of the next year is 24:00 of 31 December, so it belongs to this year.
 */
export class YearAccumulator {
  private readonly firstDay: number;
  private readonly dayCount: number;
  private readonly index = new StationIndex();
  private readonly open = new Map<number, OpenDay>();
  private readonly stations = new Map<string, Float64Array>();
  /** By station id: 1 once the station has had a value (a Set of codes per station-hour costs more than the rest). */
  private seenIds = new Uint8Array(0);
  private capacity = 0;
  private lastDay = -1;
  private closedBefore = Number.NEGATIVE_INFINITY;

  constructor(readonly year: number) {
    this.firstDay = epochDay(year, 1, 1);
    this.dayCount = daysInYear(year);
  }

  add(input: HourInput): void {
    const date = feedDateToEpochDay(input.date);
    const { day, slot } = dayAndSlot(date, input.hour);
    if (day < this.closedBefore) throw new HourOutOfOrderError(input.date, input.hour);
    const ids = this.globalIds(input.stations);
    const dayIndex = day - this.firstDay;
    const inYear = dayIndex >= 0 && dayIndex < this.dayCount;
    const target = inYear ? this.openDay(dayIndex) : null;
    const { values } = input;
    for (let s = 0; s < ids.length; s++) {
      const base = s * POLLUTANT_COUNT;
      const at = ids[s]! * STATION_DAY_SIZE + slot * POLLUTANT_COUNT;
      let any = false;
      for (let p = 0; p < POLLUTANT_COUNT; p++) {
        const value = values[base + p]!;
        const present = value === value;
        any ||= present;
        if (target) target.hours[at + p] = present ? toMilli(value) : -1;
      }
      if (any) {
        this.seenIds[ids[s]!] = 1;
        if (target) target.hasData[ids[s]!] = 1;
      }
    }
    this.closeBefore(day - 1);
  }

  finish(): YearDays {
    this.closeBefore(Number.POSITIVE_INFINITY);
    const seen = new Set(this.index.codes.filter((_, id) => this.seenIds[id] === 1));
    return { year: this.year, dayCount: this.dayCount, stations: this.stations, seen, lastDay: this.lastDay };
  }

  private openDay(dayIndex: number): OpenDay {
    let open = this.open.get(dayIndex);
    if (!open) {
      open = {
        hours: new Int32Array(this.capacity * STATION_DAY_SIZE).fill(-1),
        hasData: new Uint8Array(this.capacity),
      };
      this.open.set(dayIndex, open);
    }
    return open;
  }

  private closeBefore(day: number): void {
    if (day <= this.closedBefore) return;
    for (const [dayIndex, open] of this.open) {
      if (dayIndex + this.firstDay >= day) continue;
      for (let id = 0; id < open.hasData.length; id++) {
        if (open.hasData[id] !== 1) continue;
        this.lastDay = Math.max(this.lastDay, dayIndex);
        const code = this.index.codes[id]!;
        let days = this.stations.get(code);
        if (!days) {
          days = emptyDays(this.dayCount);
          this.stations.set(code, days);
        }
        stationDailyValues(open.hours, id * STATION_DAY_SIZE, days, dayIndex * DAILY_COUNT);
      }
      this.open.delete(dayIndex);
    }
    this.closedBefore = day;
  }

  private globalIds(stations: readonly string[]): Int32Array {
    const ids = this.index.idsOf(stations);
    if (this.index.size > this.capacity) this.grow(this.index.size);
    return ids;
  }

  private grow(stationCount: number): void {
    for (const open of this.open.values()) {
      const hours = new Int32Array(stationCount * STATION_DAY_SIZE).fill(-1);
      hours.set(open.hours);
      const hasData = new Uint8Array(stationCount);
      hasData.set(open.hasData);
      open.hours = hours;
      open.hasData = hasData;
    }
    const seenIds = new Uint8Array(stationCount);
    seenIds.set(this.seenIds);
    this.seenIds = seenIds;
    this.capacity = stationCount;
  }
}

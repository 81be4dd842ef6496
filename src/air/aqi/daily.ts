import {
  D_CO,
  D_NO2,
  D_O3_1H,
  D_O3_8H,
  D_PM10,
  D_PM25,
  D_SO2,
  DAILY_COUNT,
  DAILY_UNIT_MILLI,
  isValidDay,
} from '../daily-values.ts';
import { O3 } from '../pollutants.ts';
import { BREAKPOINTS_MILLI } from './breakpoints.ts';
import { PRIMARY_ABOVE } from './category.ts';
import { ABOVE_TABLE, iaqiMilli } from './iaqi.ts';

/** HJ 633-2012 5.1: the daily AQI's tables, by daily value (see `daily-values.ts`). */
const DAILY_TABLES: Int32Array[] = [];
DAILY_TABLES[D_PM25] = BREAKPOINTS_MILLI.pm25_24h;
DAILY_TABLES[D_PM10] = BREAKPOINTS_MILLI.pm10_24h;
DAILY_TABLES[D_SO2] = BREAKPOINTS_MILLI.so2_24h;
DAILY_TABLES[D_NO2] = BREAKPOINTS_MILLI.no2_24h;
DAILY_TABLES[D_O3_8H] = BREAKPOINTS_MILLI.o3_8h;
DAILY_TABLES[D_CO] = BREAKPOINTS_MILLI.co_24h;
DAILY_TABLES[D_O3_1H] = BREAKPOINTS_MILLI.o3_1h;

/** Both O3 values name O3 as the primary pollutant; the others are their own pollutant. */
const PRIMARY_BIT = [1, 2, 4, 8, 1 << O3, 32, 1 << O3];

export interface DailyAqi {
  aqi: number;
  /** Primary pollutants as a bit set over `POLLUTANTS`, empty when AQI ≤ 50. */
  primary: number;
}

/**
 * The daily AQI of a valid day (-1 for a day that is not valid): the largest IAQI of the five 24-hour means,
 * the O3 daily maximum 8-hour mean and the O3 daily maximum 1-hour value. An 8-hour O3 above 800 µg/m³ has no
 * IAQI of its own; the 1-hour value stands for it (HJ 633 表 1 note 3).
 */
export function dailyAqi(days: Float64Array, day: number): DailyAqi {
  if (!isValidDay(days, day)) return { aqi: -1, primary: 0 };
  const base = day * DAILY_COUNT;
  let aqi = -1;
  let primary = 0;
  for (let index = 0; index < DAILY_COUNT; index++) {
    const value = days[base + index]!;
    if (Number.isNaN(value)) continue;
    const iaqi = iaqiMilli(DAILY_TABLES[index]!, value * DAILY_UNIT_MILLI[index]!);
    if (iaqi === ABOVE_TABLE) continue;
    if (iaqi > aqi) {
      aqi = iaqi;
      primary = PRIMARY_BIT[index]!;
    } else if (iaqi === aqi) {
      primary |= PRIMARY_BIT[index]!;
    }
  }
  return { aqi, primary: aqi > PRIMARY_ABOVE ? primary : 0 };
}

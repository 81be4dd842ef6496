import { CO, NO2, O3, PM10, PM25, SO2 } from '../pollutants.ts';

/** Every row type of the national hourly feed (`china_sites_YYYYMMDD.csv`), in the order the feed writes them. */
export const FEED_TYPES = [
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
] as const;

/**
 * The row types that are measurements; the others (AQI, trailing means, O3 8 h) are the feed's own derived
 * figures, checked for form but never used: every figure is computed here from the hourly values.
 */
export const INPUT_TYPE_POLLUTANT: Readonly<Record<string, number>> = {
  'PM2.5': PM25,
  PM10,
  SO2,
  NO2,
  O3,
  CO,
};

export const HEADER_LEAD = ['date', 'hour', 'type'] as const;

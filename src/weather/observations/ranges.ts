/**
 * The measured fields of an observation, their units and the physically possible range of each. These are limits
 * of nature and instruments (world records with margin), not plan thresholds: a value outside is a broken sensor
 * or a unit mix-up (°F, km/h, km), never weather.
 */
export const measuredFields = {
  precipMm1h: { unit: 'mm', zh: '小时降水量', min: 0, max: 400 },
  snowMm1h: { unit: 'mm', zh: '小时降雪量(水当量)', min: 0, max: 200 },
  tempC: { unit: '℃', zh: '气温', min: -80, max: 60 },
  groundTempC: { unit: '℃', zh: '地面温度', min: -90, max: 90 },
  windMeanMs: { unit: 'm/s', zh: '10 分钟平均风速', min: 0, max: 120 },
  windGustMs: { unit: 'm/s', zh: '阵风风速', min: 0, max: 150 },
  visibilityM: { unit: 'm', zh: '能见度', min: 0, max: 100_000 },
} as const;

export type MeasuredField = keyof typeof measuredFields;
export const measuredFieldNames = Object.keys(measuredFields) as MeasuredField[];

/** How a sender may spell each unit when it declares its units; anything else is refused as a wrong unit. */
export const unitSpellings: Record<string, readonly string[]> = {
  mm: ['mm'],
  '℃': ['℃', '°C', 'C', 'degC', 'celsius'],
  'm/s': ['m/s', 'm s-1', 'ms-1', 'm·s-1'],
  m: ['m'],
};

/**
 * Hour-to-hour changes no weather makes at one station: a value that departs from both neighbours by more than
 * this, and in the same direction, is a spike (a glitch), flagged and left out.
 */
export const spikeLimits: Partial<Record<MeasuredField, number>> = {
  tempC: 15,
  groundTempC: 25,
  windMeanMs: 25,
};

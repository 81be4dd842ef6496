/**
 * The quantities a grading rule may read, named as a weather situation names them (contracts/assess.md).
 * This is the input's vocabulary, not the plan's: the plan data says which of them a clause reads and with
 * what threshold; the grading schema refuses a rule that names anything else.
 *
 * - `number`: a plain measurement; absent or null means no valid value.
 * - `visibility`: absent means no valid value, but null is a valid "no sand/dust (fog) here", never below a threshold.
 * - `past-days`: observed daily values, oldest first, today last; a rule reads the latest `days` of them.
 * - `next-days`: forecast daily values for the coming days; a rule reads the first `days` of them.
 * - `grade`: an ordinal word, compared by its place on `scale`.
 */
export type FieldKind = 'number' | 'visibility' | 'past-days' | 'next-days' | 'grade';

export interface FieldInfo {
  kind: FieldKind;
  unit: string;
  /** Amounts, wind speeds and visibilities cannot be negative; the input is refused if one is. */
  nonNegative?: boolean;
  /** A list of days with a fixed number of entries. */
  length?: number;
  scale?: readonly string[];
}

/** The drought grades of the input, mildest first (无/轻旱/中旱/重旱/特旱). */
export const droughtGrades = ['none', 'light', 'moderate', 'severe', 'extreme'] as const;

export const unitFields = {
  'forecast.precipMm': { kind: 'number', nonNegative: true, unit: 'mm' },
  'forecast.snowMm': { kind: 'number', nonNegative: true, unit: 'mm' },
  'forecast.groundTminC': { kind: 'number', unit: '℃' },
  'forecast.tminC': { kind: 'number', unit: '℃' },
  'forecast.tminDropC': { kind: 'number', unit: '℃' },
  'forecast.windMeanMs': { kind: 'number', nonNegative: true, unit: 'm/s' },
  'forecast.windGustMs': { kind: 'number', nonNegative: true, unit: 'm/s' },
  'forecast.sandVisibilityM': { kind: 'visibility', nonNegative: true, unit: 'm' },
  'forecast.fogVisibilityM': { kind: 'visibility', nonNegative: true, unit: 'm' },
  'forecast.tmaxNext3dC': { kind: 'next-days', length: 3, unit: '℃' },
  'observed.windMeanMs': { kind: 'number', nonNegative: true, unit: 'm/s' },
  'observed.windGustMs': { kind: 'number', nonNegative: true, unit: 'm/s' },
  'observed.sandVisibilityM': { kind: 'visibility', nonNegative: true, unit: 'm' },
  'observed.fogVisibilityM': { kind: 'visibility', nonNegative: true, unit: 'm' },
  'observed.tmaxPastDaysC': { kind: 'past-days', unit: '℃' },
  'observed.droughtGrade': { kind: 'grade', unit: '', scale: droughtGrades },
} as const satisfies Record<string, FieldInfo>;
export type UnitField = keyof typeof unitFields;

export const stationFields = {
  precipMm: { kind: 'number', nonNegative: true, unit: 'mm' },
  snowMm: { kind: 'number', nonNegative: true, unit: 'mm' },
} as const satisfies Record<string, FieldInfo>;
export type StationField = keyof typeof stationFields;

/** The forecaster's judgements (`trends`); absent booleans are false, absent numbers 0. */
export const trendFields = {
  rainContinuing: 'boolean',
  rainExpanding: 'boolean',
  snowContinuing: 'boolean',
  snowExpanding: 'boolean',
  galePersisting: 'boolean',
  sandPersisting: 'boolean',
  fogExpectedHours: 'number',
  frostExpectedDays: 'number',
  droughtPersisting: 'boolean',
} as const satisfies Record<string, 'boolean' | 'number'>;
export type TrendField = keyof typeof trendFields;

export function fieldInfo(field: string): FieldInfo | undefined {
  if (Object.hasOwn(unitFields, field)) return unitFields[field as UnitField];
  if (Object.hasOwn(stationFields, field)) return stationFields[field as StationField];
  return undefined;
}

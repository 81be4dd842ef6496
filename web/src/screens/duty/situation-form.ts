/**
 * The fields the duty officer's form asks per division, in the assess contract's words. The contract is the
 * API's (`POST /api/assessments`); the labels are the screen's. Empty cells are sent as "no value".
 */
export const forecastFields = [
  { key: 'precipMm', label: '预报24小时降水量', unit: '毫米' },
  { key: 'snowMm', label: '预报24小时降雪量', unit: '毫米' },
  { key: 'windMeanMs', label: '预报平均风速', unit: '米/秒' },
  { key: 'windGustMs', label: '预报阵风风速', unit: '米/秒' },
  { key: 'tminC', label: '预报最低气温', unit: '℃' },
  { key: 'tminDropC', label: '预报24小时降温幅度', unit: '℃' },
  { key: 'groundTminC', label: '预报地面最低温度', unit: '℃' },
  { key: 'sandVisibilityM', label: '预报沙尘能见度', unit: '米' },
  { key: 'fogVisibilityM', label: '预报雾能见度', unit: '米' },
] as const;

export type ForecastKey = (typeof forecastFields)[number]['key'];

export const trendFields = [
  { key: 'rainContinuing', label: '降雨仍将持续' },
  { key: 'rainExpanding', label: '降雨范围仍在扩大' },
  { key: 'snowContinuing', label: '降雪仍将持续' },
  { key: 'snowExpanding', label: '降雪范围仍在扩大' },
  { key: 'galePersisting', label: '大风仍将持续' },
  { key: 'sandPersisting', label: '沙尘仍将持续' },
  { key: 'droughtPersisting', label: '干旱仍将持续' },
] as const;

export type TrendKey = (typeof trendFields)[number]['key'];

export interface DivisionRow {
  code: string;
  name: string;
  areaKm2: number;
  values: Partial<Record<ForecastKey, number | null>>;
}

/** The form's content as the assess contract's situation. */
export function situationOf(
  at: string,
  rows: DivisionRow[],
  trends: Partial<Record<TrendKey, boolean>>,
  hours: { fogExpectedHours: number; frostExpectedDays: number },
) {
  return {
    at,
    units: rows.map((row) => ({
      id: row.code,
      areaKm2: row.areaKm2,
      forecast: Object.fromEntries(forecastFields.map((field) => [field.key, row.values[field.key] ?? null])) as Record<
        ForecastKey,
        number | null
      >,
    })),
    trends: { ...trends, ...hours },
  };
}

/** "2025-07-20T08:00" (a datetime-local value, Beijing time) → "2025-07-20T08:00:00+08:00". */
export function beijingIso(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+08:00`;
}

/** A moment (now by default) in Beijing time as a datetime-local value: "2025-07-20T08:00". */
export function beijingNowLocal(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
}

/** How the evidence names the contract's quantities and routes, in the words of the form. */
const quantityZh: Record<string, string> = {
  ...Object.fromEntries(forecastFields.map((field) => [`forecast.${field.key}`, field.label])),
  'forecast.tmaxNext3dC': '预报未来3天最高气温',
  'observed.windMeanMs': '实况平均风速',
  'observed.windGustMs': '实况阵风风速',
  'observed.sandVisibilityM': '实况沙尘能见度',
  'observed.fogVisibilityM': '实况雾能见度',
  'observed.tmaxPastDaysC': '实况逐日最高气温',
  'observed.droughtGrade': '实况干旱等级',
  precipMm: '站点24小时降水量',
  snowMm: '站点24小时降雪量',
};

const routeZh: Record<string, string> = {
  'forecast-area': '预报(按面积)',
  'observed-area': '实况(按面积)',
  'observed-and-forecast-area': '实况与预报(按面积)',
  stations: '站点实况(按站数)',
};

const trendZh: Record<string, string> = {
  ...Object.fromEntries(trendFields.map((field) => [field.key, field.label])),
  fogExpectedHours: '大雾预计持续小时数',
  frostExpectedDays: '霜冻预计持续天数',
};

export const nameOfQuantity = (field: string) => quantityZh[field] ?? field;
export const nameOfRoute = (route: string) => routeZh[route] ?? route;
export const nameOfTrend = (trend: string) => trendZh[trend] ?? trend;

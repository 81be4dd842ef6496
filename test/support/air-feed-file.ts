/** The Ordos city stations of the air plan's region `ordos` (plans/air-2024/regions.json). */
export const CITY_STATIONS = ['1591A', '1592A', '1593A', '1594A', '1595A'];

/**
 * A national hourly feed file (`china_sites_YYYYMMDD.csv`) of one day at the city stations: 24 hours of every
 * measured type, PM2.5 at `pm25` µg/m³ and the rest clean (a day of PM2.5 160 is heavily polluted, AQI 210).
 */
export function feedDay(date: string, pm25: number, stations = CITY_STATIONS): string {
  const values: Record<string, number> = { 'PM2.5': pm25, PM10: 50, SO2: 10, NO2: 20, O3: 80, CO: 0.6 };
  const lines = [`date,hour,type,${stations.join(',')}`];
  for (let hour = 0; hour < 24; hour++)
    for (const [type, value] of Object.entries(values))
      lines.push([date, hour, type, ...stations.map(() => value)].join(','));
  return `${lines.join('\r\n')}\r\n`;
}

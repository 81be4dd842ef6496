/**
 * The units a NetCDF forecast may declare for each field and how each becomes the situation's unit (mm, ℃, m/s,
 * m). Spellings follow CF / UDUNITS as forecast centres write them; anything else is refused as a wrong unit, never
 * guessed. A temperature difference (`tminDropC`) converts K and ℃ alike: only the offset differs.
 */
type Convert = (value: number) => number;
const same: Convert = (v) => v;
const celsius = ['degC', 'degree_Celsius', 'degrees_Celsius', 'celsius', 'Celsius', '°C', '℃', 'C'];
const kelvin = ['K', 'kelvin', 'Kelvin', 'degK'];

const amount: Record<string, Convert> = {
  ...Object.fromEntries(['mm', 'kg m-2', 'kg m**-2', 'kg/m2', 'kg/m^2'].map((u) => [u, same])),
  m: (v) => v * 1000,
};
const temperature: Record<string, Convert> = {
  ...Object.fromEntries(celsius.map((u) => [u, same])),
  ...Object.fromEntries(kelvin.map((u) => [u, (v: number) => v - 273.15])),
};
const difference: Record<string, Convert> = Object.fromEntries([...celsius, ...kelvin].map((u) => [u, same]));
const speed: Record<string, Convert> = {
  ...Object.fromEntries(['m/s', 'm s-1', 'm s**-1', 'ms-1', 'm.s-1'].map((u) => [u, same])),
  'km/h': (v) => v / 3.6,
  'km h-1': (v) => v / 3.6,
};
const distance: Record<string, Convert> = { m: same, km: (v) => v * 1000 };

export const forecastUnits: Record<string, { unit: string; accepts: Record<string, Convert> }> = {
  precipMm: { unit: 'mm', accepts: amount },
  snowMm: { unit: 'mm', accepts: amount },
  groundTminC: { unit: '℃', accepts: temperature },
  tminC: { unit: '℃', accepts: temperature },
  tminDropC: { unit: '℃', accepts: difference },
  windMeanMs: { unit: 'm/s', accepts: speed },
  windGustMs: { unit: 'm/s', accepts: speed },
  sandVisibilityM: { unit: 'm', accepts: distance },
  fogVisibilityM: { unit: 'm', accepts: distance },
  tmaxNext3dC: { unit: '℃', accepts: temperature },
};

/** The conversion of a declared unit to the field's own, or undefined for a unit the field does not take. */
export function unitConversion(field: string, declared: string): Convert | undefined {
  const accepts = forecastUnits[field]?.accepts;
  return accepts && Object.hasOwn(accepts, declared.trim()) ? accepts[declared.trim()] : undefined;
}

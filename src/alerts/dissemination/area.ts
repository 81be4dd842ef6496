/**
 * Which subscribers a warning's area reaches. GB/T 2260 codes have six digits (province, city, county, two
 * each); a code ending in 00 names a whole city (0000 a province), so it covers every county code below it.
 */
export interface AreaFilter {
  /** County codes matched exactly. */
  codes: string[];
  /** Prefixes of the cities (4 digits) or provinces (2 digits) named by the area. */
  prefixes: string[];
}

export function areaFilter(areaCodes: readonly string[]): AreaFilter {
  const codes = new Set<string>();
  const prefixes = new Set<string>();
  for (const code of areaCodes) {
    if (/^\d{2}0000$/.test(code)) prefixes.add(code.slice(0, 2));
    else if (/^\d{4}00$/.test(code)) prefixes.add(code.slice(0, 4));
    else codes.add(code);
  }
  return { codes: [...codes].sort(), prefixes: [...prefixes].sort() };
}

export function areaCovers(filter: AreaFilter, divisionCode: string): boolean {
  return filter.codes.includes(divisionCode) || filter.prefixes.some((prefix) => divisionCode.startsWith(prefix));
}

/**
 * Where China's national profile of CAP fills what CAP leaves open, and how we write it.
 *
 * - Identifiers (GB/T 35965.1-2018 A.1.1): `ZZZZZZDDDUUUXX_YYYYMMDDhhmmss_N`: the issuing unit's code (6-digit
 *   GB/T 2260 area code, 3-digit GB/T 4657 organ code, 3-digit inner unit "000", 2-digit extension "00"), the
 *   entry time in Beijing time, and N, 0–9, the sequence of the unit's messages entered in the same second.
 * - The organ code of the meteorological service is 416 (as in CMA's own CAP messages, e.g. Baoding's
 *   `13060041600000_…`).
 * - `eventCode`: the GB/T 35561-2017 code of the event type (11B03 rainstorm …), under the valueName below.
 * - `geocode`: the GB/T 2260 code of each division, under the valueName the replay contract fixes.
 * - Headlines end in `[Ⅲ级/较重]`: the level and its national grade word, as CMA writes them.
 */
export const chinaCapProfile = {
  organCodeMeteorological: '416',
  innerUnitCode: '000',
  extensionCode: '00',
  eventCodeValueName: 'GB/T 35561',
  geocodeValueName: 'GB/T 2260',
  /** zh first: the public's language; en for receivers abroad (WMO's alert hub) and for the English feed. */
  languages: ['zh-CN', 'en-US'] as const,
} as const;

/** The 14-digit issuing unit code of GB/T 35965.1 A.1.2 for the meteorological service of a division. */
export function issuingUnitCode(areaCode: string): string {
  if (!/^\d{6}$/.test(areaCode)) throw new RangeError(`"${areaCode}" is not a 6-digit GB/T 2260 code`);
  const { organCodeMeteorological, innerUnitCode, extensionCode } = chinaCapProfile;
  return `${areaCode}${organCodeMeteorological}${innerUnitCode}${extensionCode}`;
}

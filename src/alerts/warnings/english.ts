import type { Level } from '../../plans/common.schema.ts';
import type { HazardKey } from '../../plans/meteo/hazards.schema.ts';

/**
 * English words for the CAP `en-US` block. The plan is written in Chinese only; these are translations for
 * receivers abroad, not plan data: every rule still comes from the plan, and the zh-CN block is the one of record.
 */
export const hazardEnglish: Record<HazardKey, string> = {
  drought: 'agricultural and pastoral drought',
  rainstorm: 'rainstorm',
  snowstorm: 'snowstorm',
  frost: 'frost',
  coldWave: 'cold wave',
  gale: 'gale',
  sandstorm: 'sandstorm',
  highTemperature: 'high temperature',
  fog: 'heavy fog',
};

/** The national grade words (一般/较重/严重/特别严重) as CMA's own English CAP blocks render them. */
export const gradeEnglish: Record<Level, string> = {
  IV: 'General',
  III: 'Heavy',
  II: 'Severe',
  I: 'Particularly Severe',
};

/** Romanised names of the city and its divisions (GB/T 2260 codes), as the divisions name themselves in English. */
export const placeEnglish: Readonly<Record<string, string>> = {
  150600: 'Ordos',
  150602: 'Dongsheng District',
  150603: 'Kangbashi District',
  150621: 'Dalad Banner',
  150622: 'Jungar Banner',
  150623: 'Otog Front Banner',
  150624: 'Otog Banner',
  150625: 'Hanggin Banner',
  150626: 'Uxin Banner',
  150627: 'Ejin Horo Banner',
};

export function placeNameEnglish(code: string, fallback: string): string {
  return placeEnglish[code] ?? fallback;
}

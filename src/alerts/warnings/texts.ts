import type { Level } from '../../plans/common.schema.ts';
import type { HazardKey } from '../../plans/meteo/hazards.schema.ts';
import type { MeteoPlan } from '../../plans/meteo/index.ts';
import { formatCapDateTime } from '../cap/datetime.ts';
import { gradeEnglish, hazardEnglish } from './english.ts';
import type { UpdateReason } from './lifecycle.ts';

export type WarningPlan = Pick<MeteoPlan, 'meta' | 'hazards' | 'levels' | 'warnings' | 'command'>;

export interface WarningWords {
  hazardZh: string;
  hazardEn: string;
  eventCode: string;
  /** "蓝色预警[Ⅳ级/一般]": colour, level and the national grade word (GB/T 35561), as CMA's headlines end. */
  gradeZh: string;
  gradeEn: string;
  capSeverity: 'Minor' | 'Moderate' | 'Severe' | 'Extreme';
}

export function warningWords(plan: WarningPlan, hazard: HazardKey, level: Level): WarningWords {
  const entry = plan.hazards.hazards.find((h) => h.key === hazard);
  const grade = plan.levels.levels.find((l) => l.level === level);
  if (!entry || !grade) throw new Error(`the plan has no ${entry ? `level ${level}` : `hazard ${hazard}`}`);
  return {
    hazardZh: entry.zh,
    hazardEn: hazardEnglish[hazard],
    eventCode: entry.eventCode,
    gradeZh: `${grade.colorZh}预警[${grade.zh}/${grade.severityZh}]`,
    gradeEn: `${grade.color} warning [Level ${level}/${gradeEnglish[level]}]`,
    capSeverity: grade.capSeverity,
  };
}

/** "2025年07月20日08时00分", Beijing time, as CMA's descriptions write times. */
export function timeZh(instant: Date): string {
  const t = formatCapDateTime(instant);
  return `${t.slice(0, 4)}年${t.slice(5, 7)}月${t.slice(8, 10)}日${t.slice(11, 13)}时${t.slice(14, 16)}分`;
}

/** "2025-07-20 08:00 (Beijing time)". */
export function timeEn(instant: Date): string {
  const t = formatCapDateTime(instant);
  return `${t.slice(0, 10)} ${t.slice(11, 16)} (Beijing time)`;
}

const reasonZh: Record<UpdateReason, string> = { level: '预警级别', area: '可能影响范围', validity: '预警时效' };
const reasonEn: Record<UpdateReason, string> = { level: 'level', area: 'area', validity: 'validity' };

export interface MessageFacts {
  msgType: 'Alert' | 'Update' | 'Cancel';
  sent: Date;
  onset: Date;
  expires: Date | null;
  areaZh: string;
  areaEn: string;
  words: WarningWords;
  previous?: WarningWords;
  reasons: readonly UpdateReason[];
  basisZh: string;
  basisEn: string;
}

const verbZh = { Alert: '发布', Update: '更新', Cancel: '解除' } as const;
const verbEn = { Alert: 'issues', Update: 'updates', Cancel: 'lifts' } as const;

export function headlines(issuer: { nameZh: string; nameEn: string }, facts: MessageFacts): { zh: string; en: string } {
  const { words, msgType } = facts;
  return {
    zh: `${issuer.nameZh}${verbZh[msgType]}${words.hazardZh}${words.gradeZh}`,
    en: `${issuer.nameEn} ${verbEn[msgType]} ${words.hazardEn} ${words.gradeEn}`,
  };
}

/**
 * The description carries what 3.3.3 asks of each message: for an issue or update the issuer, issue time,
 * hazard, level, start, area and validity (and for an update what changed); for a cancellation the issuer,
 * hazard, level and the time it ends.
 */
export function descriptions(
  issuer: { nameZh: string; nameEn: string },
  facts: MessageFacts,
): { zh: string; en: string } {
  const { words, msgType, sent } = facts;
  if (msgType === 'Cancel') {
    return {
      zh: `${issuer.nameZh}于${timeZh(sent)}解除${words.hazardZh}${words.gradeZh}。${facts.basisZh}`,
      en: `${issuer.nameEn} lifted the ${words.hazardEn} ${words.gradeEn} at ${timeEn(sent)}. ${facts.basisEn}`,
    };
  }
  const hours = facts.expires ? Math.round((facts.expires.getTime() - facts.onset.getTime()) / 36e5) : null;
  const validityZh = facts.expires ? `预警时效${hours}小时(至${timeZh(facts.expires)})` : '预警时效至解除为止';
  const validityEn = facts.expires ? `valid for ${hours} hours (until ${timeEn(facts.expires)})` : 'valid until lifted';
  const changeZh =
    msgType === 'Update' && facts.reasons.length > 0
      ? `变更内容:${facts.reasons.map((r) => reasonZh[r]).join('、')}${facts.previous && facts.reasons.includes('level') ? `(原${facts.previous.gradeZh})` : ''}。`
      : '';
  const changeEn =
    msgType === 'Update' && facts.reasons.length > 0
      ? ` Changed: ${facts.reasons.map((r) => reasonEn[r]).join(', ')}${facts.previous && facts.reasons.includes('level') ? ` (was ${facts.previous.gradeEn})` : ''}.`
      : '';
  return {
    zh:
      `${issuer.nameZh}${timeZh(sent)}${verbZh[msgType]}${words.hazardZh}${words.gradeZh}:预计自${timeZh(facts.onset)}起,` +
      `${facts.areaZh}可能出现${words.hazardZh}灾害,${validityZh}。${changeZh}${facts.basisZh}`,
    en:
      `${issuer.nameEn} ${verbEn[msgType]} a ${words.hazardEn} ${words.gradeEn} at ${timeEn(sent)}: ${words.hazardEn} is expected in ` +
      `${facts.areaEn} from ${timeEn(facts.onset)}, ${validityEn}.${changeEn} ${facts.basisEn}`,
  };
}

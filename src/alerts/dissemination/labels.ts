import type { MeteoPlan } from '../../plans/meteo/index.ts';
import type { LevelColor } from '../../plans/meteo/levels.schema.ts';
import { beijingFull, beijingShort } from './beijing-time.ts';
import type { WarningForDissemination } from './warning.ts';

/** The words every channel's text is built from, all read from the plan (hazard and level names, colours). */
export interface WarningLabels {
  hazardZh: string;
  levelZh: string;
  color: LevelColor;
  colorZh: string;
  severityZh: string;
  capSeverity: string;
  /** "暴雨橙色预警", "暴雨橙色预警(更新)", "解除暴雨橙色预警". */
  title: string;
  sentFull: string;
  expiresShort: string | null;
  expiresFull: string | null;
  /** "全市", or the division names (codes where a name is unknown). */
  areaZh: string;
}

/**
 * `areaNames` maps the GB/T 2260 code of every division of the city to its name (the store's divisions): an
 * area that names them all, or names the city itself, reads "全市".
 */
export function warningLabels(
  warning: WarningForDissemination,
  plan: MeteoPlan,
  areaNames: ReadonlyMap<string, string>,
): WarningLabels {
  const hazard = plan.hazards.hazards.find((entry) => entry.key === warning.hazard);
  const level = plan.levels.levels.find((entry) => entry.level === warning.level);
  if (!hazard || !level) throw new Error(`the plan has no hazard "${warning.hazard}" or no level "${warning.level}"`);
  const name = `${hazard.zh}${level.colorZh}预警`;
  const title = warning.msgType === 'Cancel' ? `解除${name}` : warning.msgType === 'Update' ? `${name}(更新)` : name;
  return {
    hazardZh: hazard.zh,
    levelZh: level.zh,
    color: level.color,
    colorZh: level.colorZh,
    severityZh: level.severityZh,
    capSeverity: level.capSeverity,
    title,
    sentFull: beijingFull(warning.sent),
    expiresShort: warning.expires ? beijingShort(warning.expires) : null,
    expiresFull: warning.expires ? beijingFull(warning.expires) : null,
    areaZh: areaText(warning.areaCodes, areaNames),
  };
}

function areaText(codes: readonly string[], names: ReadonlyMap<string, string>): string {
  if (codes.length === 0) return '';
  const known = [...names.keys()];
  const wholeCity =
    codes.some((code) => /^\d{4}00$/.test(code)) || (known.length > 0 && known.every((code) => codes.includes(code)));
  if (wholeCity) return '全市';
  return codes.map((code) => names.get(code) ?? code).join('、');
}

/** Ends a Chinese sentence with "。" unless it already ends with punctuation. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return /[。!?!?;;…」』”)]$/.test(trimmed) ? trimmed : `${trimmed}。`;
}

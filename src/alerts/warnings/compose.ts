import type { Level } from '../../plans/common.schema.ts';
import type { HazardKey } from '../../plans/meteo/hazards.schema.ts';
import type { Division } from '../../geo/types.ts';
import { formatCapDateTime } from '../cap/datetime.ts';
import type { CapAlert, CapArea, CapCertainty, CapInfo, CapReference, CapUrgency } from '../cap/model.ts';
import { toCapPolygon } from '../cap/polygon.ts';
import { chinaCapProfile } from '../cap/profile.ts';
import { placeNameEnglish } from './english.ts';
import type { Issuer } from './issuer.ts';
import type { UpdateReason } from './lifecycle.ts';
import { descriptions, headlines, warningWords, type MessageFacts, type WarningPlan } from './texts.ts';

export interface WarningMessageInput {
  msgType: 'Alert' | 'Update' | 'Cancel';
  status: 'Actual' | 'Exercise';
  identifier: string;
  sent: Date;
  hazard: HazardKey;
  /** For a cancellation, the level of the warning it ends (3.3.3: 气象灾害预警等级). */
  level: Level;
  areaCodes: readonly string[];
  onset: Date;
  expires: Date | null;
  references: CapReference[];
  /** The clause that made the level (8.2.x(n)), or that ended it. */
  clause: string;
  route?: string;
  previousLevel?: Level;
  reasons?: readonly UpdateReason[];
  note?: string;
}

export interface WarningSetting {
  plan: WarningPlan;
  divisions: readonly Pick<Division, 'code' | 'name' | 'geometry'>[];
  issuer: Issuer;
}

export interface ComposedWarning {
  alert: CapAlert;
  headlineZh: string;
  descriptionZh: string;
}

/** Observed routes describe what is happening now; forecast routes what is expected. */
function urgencyAndCertainty(
  msgType: WarningMessageInput['msgType'],
  route: string | undefined,
): { urgency: CapUrgency; certainty: CapCertainty } {
  if (msgType === 'Cancel') return { urgency: 'Past', certainty: 'Observed' };
  if (route && route !== 'forecast-area') return { urgency: 'Immediate', certainty: 'Observed' };
  return { urgency: 'Expected', certainty: 'Likely' };
}

function areaNames(
  codes: readonly string[],
  setting: WarningSetting,
): { zh: string; en: string; areas: { zh: CapArea[]; en: CapArea[] } } {
  const divisions = codes.map((code) => {
    const division = setting.divisions.find((d) => d.code === code);
    if (!division) throw new Error(`no division ${code} in the city's geography`);
    return division;
  });
  const whole = setting.divisions.every((d) => codes.includes(d.code));
  const area = (desc: string, division: (typeof divisions)[number]): CapArea => ({
    areaDesc: desc,
    polygons: division.geometry.map((polygon) => toCapPolygon(polygon[0]!)),
    circles: [],
    geocodes: [{ valueName: chinaCapProfile.geocodeValueName, value: division.code }],
  });
  return {
    zh: whole ? `全市(${setting.issuer.cityNameZh})` : divisions.map((d) => d.name).join('、'),
    en: whole
      ? `the whole city of ${placeNameEnglish(setting.issuer.cityCode, setting.issuer.cityCode)}`
      : divisions.map((d) => placeNameEnglish(d.code, d.name)).join(', '),
    areas: {
      zh: divisions.map((d) => area(d.name, d)),
      en: divisions.map((d) => area(placeNameEnglish(d.code, d.name), d)),
    },
  };
}

/**
 * One warning message as CAP 1.2 in China's profile: a zh-CN block and an en-US block, the GB/T 35561 event
 * code, severity from the plan's levels, each division with its GB/T 2260 code and WGS84 outline, the plan's
 * version and clause as parameters, and for an update or a cancellation the message it follows.
 */
export function composeWarning(input: WarningMessageInput, setting: WarningSetting): ComposedWarning {
  const { plan, issuer } = setting;
  if (input.msgType !== 'Alert' && input.references.length === 0)
    throw new Error(`an ${input.msgType} must reference the message it follows`);
  const words = warningWords(plan, input.hazard, input.level);
  const places = areaNames(input.areaCodes, setting);
  const basisZh = `依据:《${plan.meta.title}》${input.clause}。`;
  const basisEn = `Basis: ${plan.meta.id} (version ${plan.meta.version}), clause ${input.clause}.`;
  const facts: MessageFacts = {
    msgType: input.msgType,
    sent: input.sent,
    onset: input.onset,
    expires: input.expires,
    areaZh: places.zh,
    areaEn: places.en,
    words,
    ...(input.previousLevel ? { previous: warningWords(plan, input.hazard, input.previousLevel) } : {}),
    reasons: input.reasons ?? [],
    basisZh,
    basisEn,
  };
  const headline = headlines(issuer, facts);
  const description = descriptions(issuer, facts);
  const { urgency, certainty } = urgencyAndCertainty(input.msgType, input.route);
  const times =
    input.msgType === 'Cancel'
      ? {}
      : {
          effective: formatCapDateTime(input.sent),
          onset: formatCapDateTime(input.onset),
          ...(input.expires ? { expires: formatCapDateTime(input.expires) } : {}),
        };
  const info = (
    language: string,
    event: string,
    senderName: string,
    text: { headline: string; description: string },
    areas: CapArea[],
  ): CapInfo => ({
    language,
    categories: ['Met'],
    event,
    responseTypes: [input.msgType === 'Cancel' ? 'AllClear' : 'Prepare'],
    urgency,
    severity: words.capSeverity,
    certainty,
    eventCodes: [{ valueName: chinaCapProfile.eventCodeValueName, value: words.eventCode }],
    ...times,
    senderName,
    headline: text.headline,
    description: text.description,
    parameters: [
      { valueName: 'plan', value: `${plan.meta.id} ${plan.meta.version}` },
      { valueName: 'clause', value: input.clause },
    ],
    resources: [],
    areas,
  });
  const alert: CapAlert = {
    identifier: input.identifier,
    sender: issuer.unitCode,
    sent: formatCapDateTime(input.sent),
    status: input.status,
    msgType: input.msgType,
    scope: 'Public',
    codes: [],
    ...(input.note ? { note: input.note } : {}),
    references: input.references,
    infos: [
      info(
        'zh-CN',
        words.hazardZh,
        issuer.nameZh,
        { headline: headline.zh, description: description.zh },
        places.areas.zh,
      ),
      info(
        'en-US',
        words.hazardEn,
        issuer.nameEn,
        { headline: headline.en, description: description.en },
        places.areas.en,
      ),
    ],
  };
  return { alert, headlineZh: headline.zh, descriptionZh: description.zh };
}

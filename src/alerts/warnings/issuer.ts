import type { MeteoPlan } from '../../plans/meteo/index.ts';
import { issuingUnitCode } from '../cap/profile.ts';
import { placeNameEnglish } from './english.ts';

/** Who issues the city's warnings, as a CAP sender and as a name people read. */
export interface Issuer {
  /** The GB/T 35965.1 issuing unit code, also the CAP `sender`. */
  unitCode: string;
  nameZh: string;
  nameEn: string;
  cityCode: string;
  cityNameZh: string;
}

/**
 * 3.3.2: warnings are made and issued by the meteorological service (由各级气象主管部门负责制作并按预警级别分级发布);
 * in this plan that is the member unit 市气象局, whose 2.2.2 duties are 监测、预报、预警. The plan writes it as
 * 市…; a message names it in full with the city.
 */
const issuingUnitId = 'meteorological-bureau';

export function meteorologicalIssuer(plan: Pick<MeteoPlan, 'command'>, city: { code: string; name: string }): Issuer {
  const unit = plan.command.memberUnits.find((entry) => entry.id === issuingUnitId);
  if (!unit) throw new Error(`the plan has no member unit "${issuingUnitId}" to issue warnings`);
  return {
    unitCode: issuingUnitCode(city.code),
    nameZh: `${city.name}${unit.name.replace(/^市/, '')}`,
    nameEn: `${placeNameEnglish(city.code, city.code)} Meteorological Bureau`,
    cityCode: city.code,
    cityNameZh: city.name,
  };
}

import type { Level } from '../../plans/common.schema.ts';
import type { HazardKey } from '../../plans/meteo/hazards.schema.ts';

/** What dissemination needs of a committed warning (one CAP message). */
export interface WarningForDissemination {
  /** The store's id of the warning message. */
  id: string;
  /** The CAP identifier: unique per message, so an Update or Cancel gets keys of its own. */
  identifier: string;
  msgType: 'Alert' | 'Update' | 'Cancel';
  status: 'Actual' | 'Exercise';
  hazard: HazardKey;
  level: Level;
  headlineZh: string;
  descriptionZh: string;
  /** GB/T 2260 codes: the divisions (county level) or the whole city (150600). */
  areaCodes: string[];
  /** ISO 8601 times. */
  sent: string;
  expires: string | null;
  capXml: string;
  /** Set by a duty officer after consultation (会商研判): "可能引起重大影响" (3.3.4). */
  majorImpact?: boolean;
}

/** The transports the messaging adapter speaks. */
export const channelKinds = ['webhook', 'email', 'sms', 'wecom'] as const;
export type ChannelKind = (typeof channelKinds)[number];

/** A first report to the bodies of 3.3.2, or the public dissemination of 3.3.4. */
export type Purpose = 'firstReport' | 'public';

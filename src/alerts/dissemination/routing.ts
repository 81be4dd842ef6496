import type { Level } from '../../plans/common.schema.ts';
import type { MeteoPlan } from '../../plans/meteo/index.ts';
import { areaFilter, type AreaFilter } from './area.ts';
import type { EndpointRoute } from './endpoints.ts';
import type { ChannelKind, Purpose, WarningForDissemination } from './warning.ts';

export interface FirstReportRoute {
  to: string[];
  text: string;
  clause: string;
}

/** 3.3.2: the bodies a warning of this level is reported to first. */
export function firstReportRoute(level: Level, plan: MeteoPlan): FirstReportRoute {
  const route = plan.warnings.firstReport.find((entry) => entry.levels.includes(level));
  // The plan schema refuses a plan that leaves a level unrouted, so this only fires on an unchecked plan.
  if (!route) throw new Error(`the plan routes no first report for level ${level}`);
  return { to: route.to, text: route.text, clause: route.clause };
}

export type FullNetworkSms =
  { send: true; reason: 'hazard' | 'majorImpact'; clause: string } | { send: false; clause: string };

/**
 * 3.3.4: full-network SMS for the hazards the plan names (暴雨、暴雪、大风), or for any warning judged of major
 * impact after consultation. The plan names no level, so the rule holds at every level, and for an update or a
 * cancellation as for the first alert: the public that was told must hear the change and the all-clear.
 */
export function fullNetworkSms(warning: WarningForDissemination, plan: MeteoPlan): FullNetworkSms {
  const rule = plan.warnings.dissemination.fullNetworkSms;
  if (rule.hazards.includes(warning.hazard)) return { send: true, reason: 'hazard', clause: rule.clause };
  if (warning.majorImpact === true) return { send: true, reason: 'majorImpact', clause: rule.clause };
  return { send: false, clause: rule.clause };
}

export interface Delivery {
  endpointId: string;
  kind: ChannelKind;
  purpose: Purpose;
  /** Email addresses, or [''] for an endpoint with one destination. */
  recipients: string[];
  clause: string;
}

export interface DisseminationPlan {
  deliveries: Delivery[];
  /** The SMS gateway and the area its subscribers are picked from, when the full-network rule applies. */
  sms: { endpointId: string; area: AreaFilter; reason: 'hazard' | 'majorImpact'; clause: string } | null;
  firstReport: FirstReportRoute;
}

/**
 * Where one warning goes. An endpoint that reaches a body the level must be reported to gets the first report
 * (3.3.2), else one that carries a public channel gets the public text (3.3.4); one that reaches neither gets
 * nothing. Each endpoint gets one message per warning.
 * An exercise (演练) goes nowhere: drills and replays must never reach a real channel.
 */
export function planDissemination(
  warning: WarningForDissemination,
  plan: MeteoPlan,
  endpoints: readonly EndpointRoute[],
): DisseminationPlan {
  const firstReport = firstReportRoute(warning.level, plan);
  if (warning.status === 'Exercise') return { deliveries: [], sms: null, firstReport };
  const deliveries: Delivery[] = [];
  let sms: DisseminationPlan['sms'] = null;
  const rule = fullNetworkSms(warning, plan);
  for (const endpoint of endpoints) {
    if (endpoint.kind === 'sms') {
      if (rule.send)
        sms = {
          endpointId: endpoint.id,
          area: areaFilter(warning.areaCodes),
          reason: rule.reason,
          clause: rule.clause,
        };
      continue;
    }
    const recipients = endpoint.kind === 'email' ? [...new Set(endpoint.addresses)] : [''];
    if (endpoint.reportsTo.some((body) => firstReport.to.includes(body))) {
      deliveries.push({
        endpointId: endpoint.id,
        kind: endpoint.kind,
        purpose: 'firstReport',
        recipients,
        clause: firstReport.clause,
      });
    } else if (endpoint.channels.length > 0) {
      deliveries.push({
        endpointId: endpoint.id,
        kind: endpoint.kind,
        purpose: 'public',
        recipients,
        clause: plan.warnings.dissemination.clause,
      });
    }
  }
  return { deliveries, sms, firstReport };
}

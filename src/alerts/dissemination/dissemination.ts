import type { MeteoPlan } from '../../plans/meteo/index.ts';
import type { AreaFilter } from './area.ts';
import { messageContent, type MessageContent } from './channel-texts.ts';
import type { EndpointRoute } from './endpoints.ts';
import { warningLabels } from './labels.ts';
import { fullNetworkSms, planDissemination, type FirstReportRoute, type FullNetworkSms } from './routing.ts';
import type { ChannelKind, Purpose, WarningForDissemination } from './warning.ts';

/** What one endpoint is sent for one warning: one text, to one or more recipients. */
export interface EndpointDelivery {
  endpointId: string;
  kind: ChannelKind;
  purpose: Purpose;
  clause: string;
  content: MessageContent;
  /** Email addresses, or [''] for an endpoint with one destination. */
  recipients: string[];
}

/** Everything the outbox writes for one warning; SMS recipients are picked by the store from the area. */
export interface Dissemination {
  deliveries: EndpointDelivery[];
  /** The full-network SMS: one text to every subscriber in the area (2.3 million for the whole city). */
  sms: {
    endpointId: string;
    content: MessageContent;
    area: AreaFilter;
    reason: 'hazard' | 'majorImpact';
    clause: string;
  } | null;
  firstReport: FirstReportRoute;
  fullNetworkSms: FullNetworkSms;
}

export function disseminationFor(
  warning: WarningForDissemination,
  plan: MeteoPlan,
  endpoints: readonly EndpointRoute[],
  areaNames: ReadonlyMap<string, string>,
): Dissemination {
  const routes = planDissemination(warning, plan, endpoints);
  const sms = fullNetworkSms(warning, plan);
  const labels = warningLabels(warning, plan, areaNames);
  const texts = new Map<string, MessageContent>();
  const contentFor = (kind: ChannelKind, purpose: Purpose): MessageContent => {
    const key = `${kind}:${purpose}`;
    if (!texts.has(key))
      texts.set(key, messageContent(kind, { warning, labels, purpose, firstReport: routes.firstReport, sms }));
    return texts.get(key)!;
  };
  return {
    deliveries: routes.deliveries.map((delivery) => ({
      ...delivery,
      content: contentFor(delivery.kind, delivery.purpose),
    })),
    sms: routes.sms ? { ...routes.sms, content: contentFor('sms', 'public') } : null,
    firstReport: routes.firstReport,
    fullNetworkSms: sms,
  };
}

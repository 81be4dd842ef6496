import type { MeteoPlan } from '../../plans/meteo/index.ts';
import type { ChannelKey } from '../../plans/meteo/warnings.schema.ts';
import type { ChannelKind } from './warning.ts';

/** Notices an endpoint may receive besides warnings: the air plan's targets at risk, for the ecology bureau. */
export const NOTICE_KINDS = ['air-target-risk'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What routing needs to know of a configured endpoint (its address and secrets stay with the adapter). */
export interface EndpointRoute {
  /** [a-z0-9-]: part of every idempotency key. */
  id: string;
  kind: ChannelKind;
  /** The 3.3.4 public channels this endpoint carries (a website, a WeChat account, a screen network …). */
  channels: ChannelKey[];
  /** The 3.3.2 bodies this endpoint reaches, as the plan names them (市委, 市人民政府 …). */
  reportsTo: string[];
  /**
   * Email endpoints: one message per address. SMS endpoints: the duty officers' phones, told of a level the
   * continuous grading reached or changed (never the public's list). Empty for the other kinds.
   */
  addresses: string[];
  /** The notices it receives besides warnings (none when absent). */
  notices?: NoticeKind[];
}

/** Every body a first report may go to, as written in the plan's 3.3.2 routes. */
export function firstReportBodies(plan: MeteoPlan): string[] {
  return [...new Set(plan.warnings.firstReport.flatMap((route) => route.to))];
}

/**
 * Problems with a set of endpoints, as "path: reason", checked against the plan so a misspelt body or channel
 * stops the start instead of silently routing nothing.
 */
export function endpointProblems(endpoints: readonly EndpointRoute[], plan: MeteoPlan): string[] {
  const problems: string[] = [];
  const bodies = firstReportBodies(plan);
  const channels = plan.warnings.dissemination.channels.map((channel) => channel.key);
  const seen = new Set<string>();
  endpoints.forEach((endpoint, index) => {
    const at = `endpoints[${index}]`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(endpoint.id)) problems.push(`${at}.id: use lower-case letters, digits and "-"`);
    if (seen.has(endpoint.id)) problems.push(`${at}.id: "${endpoint.id}" is used twice`);
    seen.add(endpoint.id);
    endpoint.reportsTo.forEach((body, i) => {
      if (!bodies.includes(body))
        problems.push(`${at}.reportsTo[${i}]: "${body}" is not a 3.3.2 first-report body (${bodies.join(', ')})`);
    });
    endpoint.channels.forEach((channel, i) => {
      if (!channels.includes(channel))
        problems.push(`${at}.channels[${i}]: "${channel}" is not a 3.3.4 channel of the plan`);
      // Public SMS is the full-network rule's alone (3.3.4): it goes to the subscribers through the gateway.
      if (channel === 'sms')
        problems.push(
          `${at}.channels[${i}]: SMS reaches the public through the sms gateway under the full-network rule`,
        );
    });
    const notices = endpoint.notices ?? [];
    if (endpoint.kind === 'sms') {
      if (endpoint.channels.length > 0 || endpoint.reportsTo.length > 0 || notices.length > 0)
        problems.push(`${at}: the sms gateway serves the full-network rule only`);
    } else if (endpoint.channels.length === 0 && endpoint.reportsTo.length === 0 && notices.length === 0) {
      problems.push(`${at}: give channels (3.3.4), reportsTo (3.3.2) or notices, or the endpoint receives nothing`);
    }
    if (endpoint.kind === 'email' && endpoint.addresses.length === 0)
      problems.push(`${at}.to: an email endpoint needs an address`);
  });
  if (endpoints.filter((endpoint) => endpoint.kind === 'sms').length > 1)
    problems.push('endpoints: one sms gateway at most');
  return problems;
}

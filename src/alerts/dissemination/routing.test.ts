import { describe, expect, it } from 'vitest';
import { meteoPlan, sampleWarning } from '../../../test/support/dissemination.ts';
import type { EndpointRoute } from './endpoints.ts';
import { endpointProblems } from './endpoints.ts';
import { firstReportRoute, fullNetworkSms, planDissemination } from './routing.ts';

const plan = meteoPlan();
const endpoints: EndpointRoute[] = [
  { id: 'sms-gateway', kind: 'sms', channels: [], reportsTo: [], addresses: [] },
  { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
  {
    id: 'party-office',
    kind: 'email',
    channels: [],
    reportsTo: ['市委'],
    addresses: ['a@ordos.example', 'b@ordos.example', 'a@ordos.example'],
  },
  { id: 'disaster-committee', kind: 'wecom', channels: [], reportsTo: ['市防灾减灾救灾委员会'], addresses: [] },
  { id: 'gov-bot', kind: 'wecom', channels: ['wechat'], reportsTo: ['市人民政府'], addresses: [] },
];

describe('3.3.4 full-network SMS', () => {
  it('3.3.4: rainstorm, snowstorm and gale warnings go to every phone, at every level', () => {
    for (const hazard of ['rainstorm', 'snowstorm', 'gale'] as const) {
      for (const level of ['IV', 'III', 'II', 'I'] as const) {
        expect(fullNetworkSms(sampleWarning({ hazard, level }), plan)).toEqual({
          send: true,
          reason: 'hazard',
          clause: '3.3.4',
        });
      }
    }
  });

  it('3.3.4: another hazard goes full-network only when judged of major impact (会商研判)', () => {
    expect(fullNetworkSms(sampleWarning({ hazard: 'fog' }), plan)).toEqual({ send: false, clause: '3.3.4' });
    expect(fullNetworkSms(sampleWarning({ hazard: 'fog', majorImpact: true }), plan)).toEqual({
      send: true,
      reason: 'majorImpact',
      clause: '3.3.4',
    });
  });

  it('3.3.4: the hazards come from the plan data, not the code', () => {
    const revised = meteoPlan();
    revised.warnings.dissemination.fullNetworkSms.hazards = ['fog'];
    expect(fullNetworkSms(sampleWarning({ hazard: 'fog' }), revised).send).toBe(true);
    expect(fullNetworkSms(sampleWarning({ hazard: 'rainstorm' }), revised).send).toBe(false);
  });

  it('3.3.4: the SMS gateway is given the warning area', () => {
    const routed = planDissemination(sampleWarning({ areaCodes: ['150602', '150600'] }), plan, endpoints);
    expect(routed.sms).toEqual({
      endpointId: 'sms-gateway',
      area: { codes: ['150602'], prefixes: ['1506'] },
      reason: 'hazard',
      clause: '3.3.4',
    });
    expect(planDissemination(sampleWarning({ hazard: 'highTemperature' }), plan, endpoints).sms).toBeNull();
  });
});

describe('3.3.2 first report', () => {
  it('3.3.2: Ⅱ and Ⅰ go first to 市委 and 市人民政府, Ⅳ and Ⅲ to 市防灾减灾救灾委员会', () => {
    expect(firstReportRoute('I', plan).to).toEqual(['市委', '市人民政府']);
    expect(firstReportRoute('II', plan).to).toEqual(['市委', '市人民政府']);
    expect(firstReportRoute('III', plan).to).toEqual(['市防灾减灾救灾委员会']);
    expect(firstReportRoute('IV', plan).to).toEqual(['市防灾减灾救灾委员会']);
  });

  it('3.3.2: a Ⅱ warning reaches the 市委 and 市人民政府 endpoints as a first report, the website as public', () => {
    const routed = planDissemination(sampleWarning({ level: 'II' }), plan, endpoints);
    expect(routed.deliveries.map((d) => [d.endpointId, d.purpose, d.recipients])).toEqual([
      ['website', 'public', ['']],
      ['party-office', 'firstReport', ['a@ordos.example', 'b@ordos.example']],
      ['gov-bot', 'firstReport', ['']],
    ]);
  });

  it('3.3.2: a Ⅳ warning reaches 市防灾减灾救灾委员会 first; an endpoint that only reports to 市委 gets nothing', () => {
    const routed = planDissemination(sampleWarning({ level: 'IV' }), plan, endpoints);
    expect(routed.deliveries.map((d) => [d.endpointId, d.purpose])).toEqual([
      ['website', 'public'],
      ['disaster-committee', 'firstReport'],
      ['gov-bot', 'public'],
    ]);
  });

  it('3.3.2: the routes come from the plan data', () => {
    const revised = meteoPlan();
    revised.warnings.firstReport = [
      {
        levels: ['I', 'II', 'III', 'IV'],
        to: ['市防灾减灾救灾委员会'],
        text: '一律报市防灾减灾救灾委员会',
        clause: '3.3.2',
      },
    ];
    const routed = planDissemination(sampleWarning({ level: 'I' }), revised, endpoints);
    expect(routed.deliveries.filter((d) => d.purpose === 'firstReport').map((d) => d.endpointId)).toEqual([
      'disaster-committee',
    ]);
  });
});

describe('exercises', () => {
  it('7.1: an Exercise warning is routed nowhere, not even by the SMS rule', () => {
    const routed = planDissemination(sampleWarning({ status: 'Exercise' }), plan, endpoints);
    expect(routed.deliveries).toEqual([]);
    expect(routed.sms).toBeNull();
  });
});

describe('endpoint configuration', () => {
  it('refuses bodies and channels the plan does not name, a public SMS endpoint, and twice-used ids', () => {
    const problems = endpointProblems(
      [
        { id: 'a', kind: 'email', channels: [], reportsTo: ['市政府'], addresses: ['x@ordos.example'] },
        { id: 'a', kind: 'webhook', channels: ['sms'], reportsTo: [], addresses: [] },
        { id: 'B', kind: 'wecom', channels: [], reportsTo: [], addresses: [] },
      ],
      plan,
    );
    expect(problems).toEqual([
      'endpoints[0].reportsTo[0]: "市政府" is not a 3.3.2 first-report body (市委, 市人民政府, 市防灾减灾救灾委员会)',
      'endpoints[1].id: "a" is used twice',
      'endpoints[1].channels[0]: SMS reaches the public through the sms gateway under the full-network rule',
      'endpoints[2].id: use lower-case letters, digits and "-"',
      'endpoints[2]: give channels (3.3.4), reportsTo (3.3.2) or notices, or the endpoint receives nothing',
    ]);
    expect(endpointProblems(endpoints, plan)).toEqual([]);
  });
});

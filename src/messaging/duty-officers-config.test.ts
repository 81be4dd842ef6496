import { describe, expect, it } from 'vitest';
import { endpointRoutes, loadChannels } from './channels-config.ts';

const sms = (extra: object) =>
  JSON.stringify({ endpoints: [{ id: 'sms-gw', kind: 'sms', url: 'https://sms.example/send', ...extra }] });
const load = (json: string) => loadChannels({ NUANCHENG_CHANNELS: json }, '/nonexistent');

describe("the duty officers' phones on an SMS endpoint (continuous grading notices)", () => {
  it('are routed as the endpoint addresses; none configured is an empty list', () => {
    const { config } = load(sms({ dutyOfficers: ['13800000001', '+8613800000002'] }));
    expect(endpointRoutes(config)).toMatchObject([{ id: 'sms-gw', addresses: ['13800000001', '+8613800000002'] }]);
    expect(endpointRoutes(load(sms({})).config)).toMatchObject([{ id: 'sms-gw', addresses: [] }]);
  });

  it('a number that is not a phone stops the start, naming where it is', () => {
    expect(() => load(sms({ dutyOfficers: ['13800000001', 'duty-officer'] }))).toThrow(
      'NUANCHENG_CHANNELS: endpoints[0].dutyOfficers[1]: a phone number: 5 to 15 digits, optionally after "+"',
    );
  });
});

/** Valid inputs the fuzzers start from and edit: one of each kind of entry point's input. */

export const situationSample = {
  at: '2025-07-20T08:00:00+08:00',
  units: [
    {
      id: 'u0',
      areaKm2: 120,
      agriAreaKm2: 30,
      forecast: {
        precipMm: 120,
        snowMm: 0,
        tminC: 18,
        tminDropC: 2,
        windMeanMs: 14,
        windGustMs: 25,
        fogVisibilityM: 150,
        tmaxNext3dC: [36, 37, 38],
      },
      observed: { windGustMs: 21, sandVisibilityM: null, tmaxPastDaysC: [35, 36, 37], droughtGrade: 'moderate' },
    },
    { id: 'u1', areaKm2: 80, forecast: { precipMm: 55, groundTminC: -1 }, observed: null },
  ],
  stations: [
    { id: 's1', precipMm: 60, snowMm: null },
    { id: 's2', precipMm: 110 },
  ],
  trends: { rainContinuing: true, galePersisting: false, fogExpectedHours: 12, frostExpectedDays: 2 },
};

export const scenarioSample = {
  name: '暴雨演练',
  steps: [
    { at: '2025-07-20T08:00:00+08:00', situation: { units: situationSample.units } },
    { at: '2025-07-20T14:00:00+08:00', situation: { units: [{ id: 'u0', areaKm2: 120, forecast: { precipMm: 10 } }] } },
  ],
};

export const channelsSample = {
  endpoints: [
    { id: 'sms-gateway', kind: 'sms', url: 'http://127.0.0.1:9/send', token: { env: 'SMS_TOKEN' }, batchSize: 100 },
    {
      id: 'city-website',
      kind: 'webhook',
      url: 'http://127.0.0.1:9/hook',
      secret: 'hook-secret',
      channels: ['website'],
    },
    { id: 'gov-office', kind: 'email', to: ['office@ordos.example'], reportsTo: ['市人民政府'] },
    { id: 'party-bot', kind: 'wecom', url: 'http://127.0.0.1:9/bot', reportsTo: ['市委'] },
  ],
  smtp: { host: '127.0.0.1', port: 2525, from: 'warnings@ordos.example' },
  retry: { baseMs: 2000, maxMs: 600000, maxAttempts: 8 },
  leaseMs: 60000,
};

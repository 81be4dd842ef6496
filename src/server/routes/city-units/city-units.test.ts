import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../../test/support/app.ts';
import type { App } from '../../app.ts';

describe('/api/city/units: the unit registry as the console reads it', () => {
  let app: App;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ app, close } = await openTestApp('sqlite'));
  });
  afterAll(async () => close());

  it('names each unit by id with its short forms, and each plan ledger’s coordinator', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/city/units' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      units: Array<{ id: string; name: string; aliases: string[] }>;
      coordinators: Array<{ planId: string; unit: string; roles: string[] }>;
    };
    expect(body.units.find((unit) => unit.id === 'market-regulation-bureau')).toEqual({
      id: 'market-regulation-bureau',
      name: '市市场监督管理局',
      aliases: ['市市场监管局'],
    });
    expect(body.coordinators.find((entry) => entry.planId === 'quality-2024')).toMatchObject({
      unit: '市市场监督管理局',
      roles: [],
    });
    expect(body.coordinators.find((entry) => entry.planId === 'meteo-2024')?.roles).toContain('dutyOfficer');
  });
});

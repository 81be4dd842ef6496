import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('defaults to port 8080 and an SQLite file under ./data', () => {
    const config = readConfig({});
    expect(config.port).toBe(8080);
    expect(config.dataDir).toBe(resolve('./data'));
    expect(config.databaseUrl).toBe(join(resolve('./data'), 'nuancheng.sqlite'));
  });

  it('takes PORT, NUANCHENG_DATA_DIR and DATABASE_URL', () => {
    const config = readConfig({ PORT: '9090', NUANCHENG_DATA_DIR: '/tmp/nc', DATABASE_URL: 'postgres://x@h/db' });
    expect(config).toMatchObject({ port: 9090, dataDir: '/tmp/nc', databaseUrl: 'postgres://x@h/db' });
  });

  it('refuses a PORT that is not a port number, naming the variable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/^PORT: expected a port number/);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('the air inbox is off unless NUANCHENG_AIR_INBOX names a folder; the at-risk margin is configuration', () => {
    expect(readConfig({})).toMatchObject({ airInbox: null, airRiskMarginDays: 10 });
    expect(readConfig({ NUANCHENG_AIR_INBOX: '/srv/air/inbox', NUANCHENG_AIR_RISK_MARGIN_DAYS: '5' })).toMatchObject({
      airInbox: '/srv/air/inbox',
      airRiskMarginDays: 5,
    });
    expect(() => readConfig({ NUANCHENG_AIR_RISK_MARGIN_DAYS: 'ten' })).toThrow(
      'NUANCHENG_AIR_RISK_MARGIN_DAYS: expected a number of days from 0 to 366, got "ten"',
    );
  });
});

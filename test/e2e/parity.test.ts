import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userPrincipal } from '../../src/access/principal.ts';
import type { Role } from '../../src/access/roles.ts';
import { buildApp, type App } from '../../src/server/app.ts';
import type { AppContext } from '../../src/server/context.ts';
import { propose } from '../../src/services/response-orders.service.ts';
import { assignIndicatorUnit } from '../../src/store/ledger-indicators.repository.ts';
import { activeResponse } from '../../src/store/response.repository.ts';
import { findUserByUsername, issueCredential } from '../../src/store/users.repository.ts';
import { ensureAdmin } from '../../src/services/users.service.ts';
import { openContext } from '../../src/startup/context.ts';
import { TEST_ADMIN_PASSWORD, TEST_PASSWORD } from '../support/app.ts';
import { runCliInProcess } from '../support/cli-in-process.ts';
import { engines, freshPostgresUrl } from '../support/engines.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Who asks: every role of the plan, and a token that was revoked. */
const askers = [
  'commander',
  'deputyCommander',
  'dutyOfficer',
  'unitLiaison',
  'ecologyOfficer',
  'admin',
  'ingest',
  'revoked',
] as const;
type Asker = (typeof askers)[number];

interface Outcome {
  ok: boolean;
  code: string | null;
}

/**
 * 10.2: the command line and the HTTP API give the same answer for the same token. Every role runs every operation
 * both edges offer, through both, and the outcomes (allowed, or the refusal's code) and what each shows must agree
 * — and agree with who the plan says may.
 */
describe.each(engines)('HTTP and CLI decide alike for every role and operation, on %s', (engine) => {
  const dir = tempDir();
  let app: App;
  let ctx: AppContext;
  let databaseUrl: string;
  const tokens = new Map<Asker, string>();

  beforeAll(async () => {
    databaseUrl = engine === 'sqlite' ? join(dir.path, 'parity.sqlite') : await freshPostgresUrl();
    ctx = await openContext({ databaseUrl });
    await ensureAdmin(ctx, TEST_ADMIN_PASSWORD);
    app = await buildApp(ctx);
    const admin = await login('admin', TEST_ADMIN_PASSWORD);
    for (const asker of askers) {
      if (asker === 'admin') {
        tokens.set(asker, await apiToken(admin));
        continue;
      }
      const role: Role = asker === 'revoked' ? 'dutyOfficer' : asker;
      const created = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { authorization: `Bearer ${admin}` },
        payload: {
          username: asker.toLowerCase(),
          displayName: asker,
          role,
          password: TEST_PASSWORD,
          ...(role === 'unitLiaison' ? { unitId: 'meteorological-bureau' } : {}),
        },
      });
      expect(created.statusCode).toBe(201);
      tokens.set(asker, await apiToken(await login(asker.toLowerCase(), TEST_PASSWORD)));
    }
    const revoked = tokens.get('revoked')!;
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${revoked}` } });
    // A response in force at Ⅳ, with its member units' tasks and reports, so reads have something to scope.
    const { proposal } = await propose(ctx, userPrincipal((await findUserByUsername(ctx.store.db, 'dutyofficer'))!), {
      targetLevel: 'IV',
      hazards: ['rainstorm'],
      basis: { source: 'assessment', justification: '会商研判' },
    });
    const signed = await http('deputyCommander', 'POST', `/api/proposals/${proposal.id}/sign`);
    expect(signed.ok).toBe(true);
  });
  afterAll(async () => {
    await app.close();
    await ctx.store.close();
    dir.remove();
  });

  async function login(username: string, password: string): Promise<string> {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    return response.json().token as string;
  }
  async function apiToken(session: string): Promise<string> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: { authorization: `Bearer ${session}` },
      payload: { label: 'parity' },
    });
    return response.json().token as string;
  }

  async function http(asker: Asker, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${tokens.get(asker)}` },
      ...(payload ? { payload } : {}),
    });
    const json = response.body ? response.json() : null;
    return {
      ok: response.statusCode < 300,
      code: response.statusCode < 300 ? null : (json.error.code as string),
      json,
    };
  }

  async function cli(asker: Asker, ...args: string[]) {
    const result = await runCliInProcess([...args, '--token', tokens.get(asker)!, '--database', databaseUrl, '--json']);
    return {
      ok: result.status === 0,
      code: result.status === 0 ? null : result.stderr.split(':')[0]!.trim(),
      json: result.status === 0 ? JSON.parse(result.stdout) : null,
    };
  }

  const outcome = ({ ok, code }: Outcome): Outcome => ({ ok, code });
  const allowedBy = (results: Map<Asker, Outcome>) => askers.filter((asker) => results.get(asker)!.ok).join(' ');

  it('response.read: everyone signed in; a liaison sees its own unit and no proposals or reports', async () => {
    const viaHttp = new Map<Asker, Outcome>();
    for (const asker of askers) {
      const [web, command] = [await http(asker, 'GET', '/api/response'), await cli(asker, 'response', 'status')];
      expect(outcome(command), asker).toEqual(outcome(web));
      viaHttp.set(asker, web);
      if (!web.ok) continue;
      const seen = (json: typeof web.json) => ({
        units: [...new Set(json.tasks.map((task: { unitId: string }) => task.unitId))].sort(),
        reports: json.reports.length,
        pending: json.pending.length,
      });
      expect(seen(command.json), asker).toEqual(seen(web.json));
      if (asker === 'unitLiaison')
        expect(seen(web.json)).toEqual({ units: ['meteorological-bureau'], reports: 0, pending: 0 });
    }
    expect(allowedBy(viaHttp)).toBe('commander deputyCommander dutyOfficer unitLiaison ecologyOfficer admin');
    expect(viaHttp.get('revoked')!.code).toBe('invalid_credentials');
  });

  it('proposals.create: the duty officer only (4.3)', async () => {
    const results = new Map<Asker, Outcome>();
    for (const asker of askers) {
      const web = await http(asker, 'POST', '/api/proposals', {
        source: 'assessment',
        targetLevel: 'II',
        hazards: ['rainstorm'],
        justification: '会商研判',
      });
      const command = await cli(
        asker,
        'response',
        'propose',
        '--level',
        'II',
        '--hazard',
        'rainstorm',
        '--justification',
        '会商研判',
      );
      expect(outcome(command), asker).toEqual(outcome(web));
      results.set(asker, web);
    }
    expect(allowedBy(results)).toBe('dutyOfficer');
    expect(results.get('commander')!.code).toBe('forbidden');
  });

  it('proposals.sign and proposals.reject: the role 4.3/4.8 names for the level (Ⅳ↔Ⅲ: the deputy commander)', async () => {
    /** A pending proposal from the level in force to the other of Ⅳ and Ⅲ: a deputy commander's to decide either way. */
    const pending = async () => {
      const current = await activeResponse(ctx.store.db);
      const duty = (await findUserByUsername(ctx.store.db, 'dutyofficer'))!;
      const { proposal } = await propose(ctx, userPrincipal(duty), {
        targetLevel: current?.level === 'IV' ? 'III' : 'IV',
        hazards: ['rainstorm'],
        basis: { source: 'assessment', justification: '会商研判' },
      });
      return proposal.id;
    };
    const signs = new Map<Asker, Outcome>();
    const rejects = new Map<Asker, Outcome>();
    for (const asker of askers) {
      const web = await http(asker, 'POST', `/api/proposals/${await pending()}/sign`);
      const command = await cli(asker, 'response', 'sign', await pending());
      expect(outcome(command), asker).toEqual(outcome(web));
      signs.set(asker, web);
      const webReject = await http(asker, 'POST', `/api/proposals/${await pending()}/reject`, { reason: '暂缓' });
      const commandReject = await cli(asker, 'response', 'reject', await pending(), '--reason', '暂缓');
      expect(outcome(commandReject), asker).toEqual(outcome(webReject));
      rejects.set(asker, webReject);
    }
    expect(allowedBy(signs)).toBe('deputyCommander');
    expect(allowedBy(rejects)).toBe('deputyCommander');
    expect(signs.get('commander')!.code).toBe('wrong_signer');
    expect(signs.get('dutyOfficer')!.code).toBe('forbidden');
  });

  it('ledger.scorecards.read and ledger.indicators.read: everyone signed in, the same ranking and targets', async () => {
    const reads = new Map<Asker, Outcome>();
    for (const asker of askers) {
      const web = await http(asker, 'GET', '/api/ledger/scorecards?year=2025');
      const command = await cli(asker, 'ledger', 'scorecards', '--year', '2025');
      expect(outcome(command), asker).toEqual(outcome(web));
      if (web.ok) expect(command.json.scorecards, asker).toEqual(web.json.scorecards);
      const webList = await http(asker, 'GET', '/api/ledger/indicators?plan=air-2024');
      const commandList = await cli(asker, 'ledger', 'indicator', 'list', '--plan', 'air-2024');
      expect(outcome(commandList), asker).toEqual(outcome(webList));
      if (webList.ok) expect(commandList.json.indicators.length, asker).toBe(webList.json.indicators.length);
      reads.set(asker, web);
    }
    expect(allowedBy(reads)).toBe('commander deputyCommander dutyOfficer unitLiaison ecologyOfficer admin');
  });

  it("ledger.indicators.assign: the plan's coordinator (air: 市生态环境局's officers); report: the target's own unit", async () => {
    const assigns = new Map<Asker, Outcome>();
    const url = '/api/ledger/indicators/air-2024/city-pm25-annual/unit';
    for (const asker of askers) {
      const web = await http(asker, 'PUT', url, { unit: '市生态环境局' });
      const command = await cli(
        asker,
        'ledger',
        'indicator',
        'assign',
        'air-2024',
        'city-pm25-annual',
        '--unit',
        '市生态环境局',
      );
      expect(outcome(command), asker).toEqual(outcome(web));
      assigns.set(asker, web);
    }
    expect(allowedBy(assigns)).toBe('ecologyOfficer');
    expect(assigns.get('unitLiaison')!.code).toBe('not_coordinator');
    expect(assigns.get('dutyOfficer')!.code).toBe('not_coordinator');
    expect(assigns.get('commander')!.code).toBe('not_coordinator');
    expect(assigns.get('admin')!.code).toBe('forbidden');

    await assignIndicatorUnit(ctx.store.db, {
      planId: 'quality-2024',
      targetId: '2026-geographical-indications',
      unit: '市气象局',
      assignedAt: new Date().toISOString(),
      assignedBy: 'test',
    });
    const reports = new Map<Asker, Outcome>();
    const value = { period: '2025年', periodEnd: '2025-12-31', value: 9, source: '统计', evidence: '文号' };
    for (const asker of askers) {
      const web = await http(
        asker,
        'POST',
        '/api/ledger/indicators/quality-2024/2026-geographical-indications/values',
        value,
      );
      const command = await cli(
        asker,
        'ledger',
        'indicator',
        'report',
        'quality-2024',
        '2026-geographical-indications',
        ...[
          '--period',
          '2025年',
          '--period-end',
          '2025-12-31',
          '--value',
          '9',
          '--source',
          '统计',
          '--evidence',
          '文号',
        ],
      );
      expect(outcome(command), asker).toEqual(outcome(web));
      reports.set(asker, web);
    }
    expect(allowedBy(reports)).toBe('unitLiaison');
  });

  it("ledger.contacts.read: the plans' coordinators' roles and the administrator; manage: the administrator", async () => {
    const sets = new Map<Asker, Outcome>();
    const reads = new Map<Asker, Outcome>();
    for (const asker of askers) {
      const name = `联络员${asker}`;
      const web = await http(asker, 'PUT', `/api/ledger/contacts/市气象局/liaison/${encodeURIComponent(name)}`, {
        phone: '13800138000',
      });
      const command = await cli(
        asker,
        'ledger',
        'contacts',
        'set',
        '市气象局',
        'liaison',
        name,
        '--phone',
        '13800138000',
      );
      expect(outcome(command), asker).toEqual(outcome(web));
      sets.set(asker, web);
      const webList = await http(asker, 'GET', '/api/ledger/contacts?unit=meteorological-bureau');
      const commandList = await cli(asker, 'ledger', 'contacts', 'list', '--unit', 'meteorological-bureau');
      expect(outcome(commandList), asker).toEqual(outcome(webList));
      if (webList.ok) expect(commandList.json.contacts, asker).toEqual(webList.json.contacts);
      reads.set(asker, webList);
    }
    expect(allowedBy(sets)).toBe('admin');
    expect(allowedBy(reads)).toBe('commander deputyCommander dutyOfficer unitLiaison ecologyOfficer admin');
  });

  it("tokens.list and tokens.revoke: one's own; the administrator anyone's", async () => {
    const admin = (await findUserByUsername(ctx.store.db, 'admin'))!;
    const lists = new Map<Asker, Outcome>();
    const revokes = new Map<Asker, Outcome>();
    for (const asker of askers) {
      const web = await http(asker, 'GET', '/api/auth/tokens');
      const command = await cli(asker, 'tokens', 'list');
      expect(outcome(command), asker).toEqual(outcome(web));
      if (web.ok) {
        const ids = (json: typeof web.json) => json.tokens.map((token: { id: string }) => token.id).sort();
        expect(ids(command.json), asker).toEqual(ids(web.json));
      }
      lists.set(asker, web);
      const target = async () =>
        (await issueCredential(ctx.store.db, admin.id, 'api-token', new Date(), { label: 't', ttlMs: 3600_000 })).id;
      const webRevoke = await http(asker, 'DELETE', `/api/auth/tokens/${await target()}`);
      const commandRevoke = await cli(asker, 'tokens', 'revoke', await target());
      expect(outcome(commandRevoke), asker).toEqual(outcome(webRevoke));
      revokes.set(asker, webRevoke);
    }
    expect(allowedBy(lists)).toBe('commander deputyCommander dutyOfficer unitLiaison ecologyOfficer admin ingest');
    expect(allowedBy(revokes)).toBe('admin');
    expect(revokes.get('dutyOfficer')!.code).toBe('not_owner');
  });
  it('observations.ingest: the duty officer, the administrator and the ingest role; the rejected list: every person (not the machine)', async () => {
    const station = ctx.geography.stations[0]!.id;
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
    const ingests = new Map<Asker, Outcome>();
    const lists = new Map<Asker, Outcome>();
    for (const [i, asker] of askers.entries()) {
      const at = (k: number) => new Date(hour - (2 * i + k) * 3_600_000).toISOString();
      const web = await http(asker, 'POST', '/api/observations', {
        observations: [
          { station, at: at(0), tempC: 20 },
          { station: '00000', at: at(0) },
        ],
      });
      const file = join(dir.path, `observations-${asker}.json`);
      writeFileSync(
        file,
        JSON.stringify({
          observations: [
            { station, at: at(1), tempC: 20 },
            { station: '00000', at: at(1) },
          ],
        }),
      );
      const command = await cli(asker, 'observations', 'ingest', file);
      expect(outcome(command), asker).toEqual(outcome(web));
      if (web.ok) expect({ ...command.json, stored: undefined }, asker).toEqual({ ...web.json, stored: undefined });
      ingests.set(asker, web);
      const [webList, commandList] = [
        await http(asker, 'GET', '/api/observations/rejected?limit=3'),
        await cli(asker, 'observations', 'rejected', '--limit', '3'),
      ];
      expect(outcome(commandList), asker).toEqual(outcome(webList));
      if (webList.ok) expect(commandList.json, asker).toEqual(webList.json);
      lists.set(asker, webList);
    }
    expect(allowedBy(ingests)).toBe('dutyOfficer admin ingest');
    expect(ingests.get('commander')!.code).toBe('forbidden');
    expect(allowedBy(lists)).toBe('commander deputyCommander dutyOfficer unitLiaison ecologyOfficer admin');
  });

  it('ledger.read and ledger.import (issue #12): everyone reads the ledger; only a coordinator (or the admin) seeds it', async () => {
    const reads = new Map<Asker, Outcome>();
    const seeds = new Map<Asker, Outcome>();
    for (const asker of askers) {
      const web = await http(asker, 'GET', '/api/ledger/tasks?plan=quality-2024&year=2025');
      const command = await cli(asker, 'ledger', 'list', '--plan', 'quality-2024', '--year', '2025');
      expect(outcome(command), asker).toEqual(outcome(web));
      if (web.ok) expect(command.json.tasks.length, asker).toBe(web.json.tasks.length);
      reads.set(asker, web);
      const webSeed = await http(asker, 'POST', '/api/ledger/seed', { plan: 'quality-2024', year: 2025 });
      const commandSeed = await cli(asker, 'ledger', 'seed', '--plan', 'quality-2024', '--year', '2025');
      expect(outcome(commandSeed), asker).toEqual(outcome(webSeed));
      seeds.set(asker, webSeed);
    }
    expect(allowedBy(reads)).toBe('commander deputyCommander dutyOfficer unitLiaison ecologyOfficer admin');
    expect(allowedBy(seeds)).toBe('admin');
    expect(seeds.get('dutyOfficer')!.code).toBe('not_coordinator');
    expect(reads.get('revoked')!.code).toBe('invalid_credentials');
  });
  it('forecasts.ingest: the duty officer, the administrator and the ingest role', async () => {
    const ingests = new Map<Asker, Outcome>();
    for (const [i, asker] of askers.entries()) {
      const grid = (k: number) => ({
        source: 'parity',
        issuedAt: new Date(Date.UTC(2025, 6, 20, 2 * i + k)).toISOString(),
        validTimes: ['2025-07-21T00:00:00Z'],
        grid: { lon0: 109, lat0: 39, dLon: 0.5, dLat: 0.5, cols: 2, rows: 1 },
        fields: { precipMm: [[12.5, null]] },
      });
      const web = await http(asker, 'POST', '/api/forecasts', grid(0));
      const file = join(dir.path, `forecast-${asker}.json`);
      writeFileSync(file, JSON.stringify(grid(1)));
      const command = await cli(asker, 'forecasts', 'ingest', file);
      expect(outcome(command), asker).toEqual(outcome(web));
      if (web.ok) expect({ ...command.json, issuedAt: 0 }, asker).toEqual({ ...web.json, issuedAt: 0 });
      ingests.set(asker, web);
    }
    expect(allowedBy(ingests)).toBe('dutyOfficer admin ingest');
    expect(ingests.get('commander')!.code).toBe('forbidden');
  });
});

import { describe, expect, it } from 'vitest';
import { PlanCatalog } from '../catalog/plan-files.ts';
import { decide, operations, operationsFor, type Operation } from './policy.ts';
import { operatorPrincipal, systemPrincipal, userPrincipal, anonymous, type Principal } from './principal.ts';
import type { Actor, Role } from './roles.ts';

const plan = PlanCatalog.load().meteo().plan;
const person = (role: Role, unitId: string | null = null): Actor => ({
  id: `${role}-id`,
  username: role,
  displayName: role,
  role,
  unitId,
});
const principals: Record<string, Principal> = {
  anon: anonymous,
  cmd: userPrincipal(person('commander')),
  dep: userPrincipal(person('deputyCommander')),
  duty: userPrincipal(person('dutyOfficer')),
  liaison: userPrincipal(person('unitLiaison', 'meteorological-bureau')),
  eco: userPrincipal(person('ecologyOfficer')),
  admin: userPrincipal(person('admin')),
  ingest: userPrincipal(person('ingest')),
  op: operatorPrincipal('root'),
  sys: systemPrincipal(),
};

// Who may attempt each operation, written out from the plans (not derived from the policy under test).
const everyone = 'anon cmd dep duty liaison eco admin ingest op sys';
// A machine's account (ingest) is not a person: it reads nothing, and keeps only its session and tokens.
const signedIn = 'cmd dep duty liaison eco admin';
const signedInAndMachines = `${signedIn} ingest`;
const command = 'cmd dep duty admin';
const expected: Record<Operation, string> = {
  'health.read': everyone,
  'plans.read': everyone,
  'geo.read': everyone,
  'units.read': everyone,
  'air.read': everyone,
  'warnings.read': everyone,
  'session.start': everyone,
  'session.read': everyone,
  'me.read': signedInAndMachines,
  'session.end': signedInAndMachines,
  'tokens.issue': signedInAndMachines,
  'tokens.list': `${signedInAndMachines} op`,
  'tokens.revoke': `${signedInAndMachines} op`,
  'users.list': 'admin op',
  'users.create': 'admin',
  'users.resetPassword': 'admin op',
  'users.deactivate': 'admin op',
  'assessments.create': 'duty sys',
  'assessments.read': signedIn,
  'observations.regrade': 'sys',
  'observations.backfill': 'admin op',
  'observations.replay': 'duty admin op',
  'response.read': signedIn,
  'responses.read': `${command} op`,
  'proposals.create': 'duty sys',
  'proposals.read': command,
  'proposals.sign': 'cmd dep',
  'proposals.reject': 'cmd dep',
  'tasks.read': signedIn,
  'tasks.acknowledge': 'liaison',
  'tasks.escalate': 'sys',
  'unitReports.create': 'duty liaison',
  'reports.read': command,
  'reports.file': 'duty',
  'aftermath.record': 'cmd dep duty',
  'warnings.act': 'duty',
  'warnings.grade': 'sys',
  'warningDrafts.read': command,
  'warningDrafts.decide': 'duty',
  'air.dustDays.flag': 'eco',
  'air.import': 'eco admin op sys',
  'air.targets.watch': 'sys',
  'audit.read': command,
  'audit.verify': 'cmd dep admin op',
  'audit.anchor': 'op',
  'store.backup': 'op',
  'outbox.read': 'op',
  'outbox.manage': 'op',
  'warningOutbox.read': command,
  'channels.read': 'admin',
  'subscribers.import': 'admin op',
  // issue #12: the coordinator of each plan's ledger (a liaison of its unit, the ecology staff, the command)
  // sets up, hands out, reviews and closes; the lead unit's liaison signs, reports and feeds back.
  'ledger.read': `${signedIn} op`,
  'ledger.import': 'cmd dep duty liaison eco admin op',
  'ledger.setUp': 'cmd dep duty liaison eco',
  'ledger.assign': 'cmd dep duty liaison eco',
  'ledger.sign': 'liaison',
  'ledger.report': 'liaison',
  'ledger.review': 'cmd dep duty liaison eco',
  'ledger.close': 'cmd dep duty liaison eco',
  'ledger.remind': 'sys',
  'ledger.recordDrill': 'sys',
  'ledger.contacts.read': 'cmd dep duty liaison eco admin op',
  'ledger.contacts.manage': 'admin op',
  'ledger.indicators.read': `${signedIn} op`,
  'ledger.indicators.assign': 'cmd dep duty liaison eco',
  'ledger.indicators.report': 'liaison',
  'ledger.scorecards.read': `${signedIn} op`,
  'observations.ingest': 'duty admin ingest op sys',
  'forecasts.ingest': 'duty admin ingest op sys',
  'observations.rejected.read': `${signedIn} op`,
  'situation.current.read': signedIn,
};

describe('the access policy: every principal against every operation', () => {
  it('lists every operation in the table above', () => {
    expect(Object.keys(expected).sort()).toEqual([...operations].sort());
  });

  it.each(operations)('%s: only the principals the plans name may', (operation) => {
    const allowed = Object.entries(principals)
      .filter(([, principal]) => decide(plan, principal, operation).allowed)
      .map(([name]) => name);
    expect(allowed.join(' ')).toBe(expected[operation]);
  });

  it('an anonymous caller is told to sign in (401); a signed-in one is refused in Chinese naming who may (403)', () => {
    expect(decide(plan, anonymous, 'warnings.act')).toMatchObject({ allowed: false, status: 401 });
    const refused = decide(plan, principals.liaison!, 'warnings.act');
    expect(refused).toMatchObject({ allowed: false, status: 403, code: 'forbidden', clause: '3.3.2' });
    expect(!refused.allowed && refused.reason).toBe(
      '「发布、更新或解除预警」由值班员办理,成员单位联络员(unitLiaison)无此权限（预案 3.3.2）',
    );
  });
});

describe('resource facts', () => {
  it('4.3: Ⅰ/Ⅱ orders are signed by the commander, Ⅲ/Ⅳ by a deputy (read from the plan data)', () => {
    const activateII = { orderKind: 'activate' as const, fromLevel: null, toLevel: 'II' as const };
    expect(decide(plan, principals.cmd!, 'proposals.sign', { proposal: activateII }).allowed).toBe(true);
    expect(decide(plan, principals.dep!, 'proposals.sign', { proposal: activateII })).toMatchObject({
      allowed: false,
      code: 'wrong_signer',
      clause: '4.3',
    });
    const activateIV = { ...activateII, toLevel: 'IV' as const };
    expect(decide(plan, principals.dep!, 'proposals.sign', { proposal: activateIV }).allowed).toBe(true);
    expect(decide(plan, principals.cmd!, 'proposals.sign', { proposal: activateIV }).allowed).toBe(false);
  });

  it('4.8: a downgrade from Ⅱ is signed by whoever Ⅱ required; a stale proposal may be rejected by either', () => {
    const downgrade = { orderKind: 'downgrade' as const, fromLevel: 'II' as const, toLevel: 'III' as const };
    expect(decide(plan, principals.cmd!, 'proposals.sign', { proposal: downgrade }).allowed).toBe(true);
    expect(decide(plan, principals.dep!, 'proposals.reject', { proposal: downgrade, currentLevel: 'II' }).allowed).toBe(
      false,
    );
    expect(decide(plan, principals.dep!, 'proposals.reject', { proposal: downgrade, currentLevel: 'I' }).allowed).toBe(
      true,
    );
  });

  it('2.2.3: a liaison acts and reads for its own unit only; the duty officer for any unit', () => {
    const own = { unitId: 'meteorological-bureau' };
    const other = { unitId: 'emergency-management-bureau' };
    expect(decide(plan, principals.liaison!, 'tasks.acknowledge', own).allowed).toBe(true);
    expect(decide(plan, principals.liaison!, 'tasks.acknowledge', other)).toMatchObject({ code: 'wrong_unit' });
    expect(decide(plan, principals.liaison!, 'tasks.read', other)).toMatchObject({ code: 'wrong_unit' });
    expect(decide(plan, principals.duty!, 'unitReports.create', other).allowed).toBe(true);
  });

  it("a target's values are reported by its own unit's liaison only", () => {
    expect(
      decide(plan, principals.liaison!, 'ledger.indicators.report', { unitId: 'meteorological-bureau' }).allowed,
    ).toBe(true);
    expect(decide(plan, principals.liaison!, 'ledger.indicators.report', { unitId: 'finance-bureau' })).toMatchObject({
      code: 'wrong_unit',
    });
  });

  it('4.2(1): the system proposes from the grading only; people never in its name', () => {
    expect(decide(plan, principals.sys!, 'proposals.create', { basis: 'grading' }).allowed).toBe(true);
    expect(decide(plan, principals.sys!, 'proposals.create', { basis: 'assessment' }).allowed).toBe(false);
    expect(decide(plan, principals.duty!, 'proposals.create', { basis: 'grading' }).allowed).toBe(false);
    expect(decide(plan, principals.duty!, 'proposals.create', { basis: 'regionResponse' }).allowed).toBe(true);
  });

  it("a person sees and revokes their own tokens; the administrator anyone's, but never deactivates themselves", () => {
    expect(decide(plan, principals.duty!, 'tokens.revoke', { ownerId: 'dutyOfficer-id' }).allowed).toBe(true);
    expect(decide(plan, principals.duty!, 'tokens.revoke', { ownerId: 'admin-id' }).allowed).toBe(false);
    expect(decide(plan, principals.admin!, 'tokens.revoke', { ownerId: 'dutyOfficer-id' }).allowed).toBe(true);
    expect(decide(plan, principals.admin!, 'users.deactivate', { ownerId: 'admin-id' })).toMatchObject({
      code: 'self_deactivation',
    });
  });

  it('GET /api/me shows every operation with why not', () => {
    const views = operationsFor(plan, principals.liaison!);
    expect(views).toHaveLength(operations.length);
    expect(views.find((view) => view.operation === 'tasks.acknowledge')).toMatchObject({ allowed: true });
    expect(views.find((view) => view.operation === 'proposals.sign')).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('总指挥、副总指挥'),
    });
  });
});

describe('the ledger’s parties (issue #12): the policy reads who the task says acts', () => {
  const liaison = principals.liaison!;
  it('五(一): a step of the coordinator is refused to one who does not act for the plan’s coordinating unit', () => {
    const refused = decide(plan, liaison, 'ledger.review', { ledger: { coordinator: false, leadLiaison: true } });
    expect(refused).toMatchObject({ allowed: false, status: 403, code: 'not_coordinator' });
    expect(decide(plan, liaison, 'ledger.review', { ledger: { coordinator: true, leadLiaison: false } }).allowed).toBe(
      true,
    );
  });

  it('2.2.3: only a liaison of the task’s lead unit signs for and reports on it', () => {
    const refused = decide(plan, liaison, 'ledger.sign', { ledger: { coordinator: true, leadLiaison: false } });
    expect(refused).toMatchObject({ allowed: false, code: 'wrong_unit', clause: '2.2.3' });
    expect(decide(plan, liaison, 'ledger.report', { ledger: { coordinator: false, leadLiaison: true } }).allowed).toBe(
      true,
    );
  });
});

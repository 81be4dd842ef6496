import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles.ts';
import { parseCap } from '../alerts/cap/parse.ts';
import { loadGeography } from '../catalog/geography.ts';
import type { Level } from '../plans/common.schema.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { auditTrail, verifyAuditLog } from '../store/audit.repository.ts';
import type { Store } from '../store/database.ts';
import { messagesOf, openWarnings } from '../store/warnings.repository.ts';
import { capSchemaErrors } from '../../test/support/cap-schema.ts';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { gradedAt, quietHazards } from '../../test/support/graded-hazards.ts';
import { warningEventsOf, type CommittedWarningMessage } from './warning-events.ts';
import { actOnWarning } from './warnings-manual.service.ts';
import { applyGrading } from './warnings.service.ts';
import type { ServiceContext } from './context.ts';
import { serviceContext } from '../../test/support/services.ts';
import { systemPrincipal, userPrincipal } from '../access/principal.ts';

const geography = loadGeography();
const duty: Actor = { id: 'd', username: 'duty', displayName: '值班员', role: 'dutyOfficer', unitId: null };
const exercise = { status: 'Exercise' as const, note: '演练' };
const system = systemPrincipal();

describe.each(engines)('warnings in the store on %s', (engine) => {
  let store: Store;
  let clock: Date;
  let ctx: ServiceContext;
  const produced: CommittedWarningMessage[] = [];
  async function open(): Promise<void> {
    store = await openTestStore(engine);
    clock = new Date('2025-07-20T00:00:00Z');
    ctx = serviceContext(store, () => clock);
  }
  afterEach(async () => store?.close());

  it('a storm rises, peaks and clears: Alert → Update → Cancel, each referencing the message before, audited', async () => {
    await open();
    const seen: CommittedWarningMessage[] = [];
    const unsubscribe = warningEventsOf(ctx.events).subscribe((message) => seen.push(message));
    const rise = await applyGrading(
      ctx,
      system,
      { ...quietHazards(), rainstorm: gradedAt('IV', '8.2.2(1)', 'forecast-area', ['150602']) },
      exercise,
    );
    clock = new Date('2025-07-20T12:00:00Z');
    const peak = await applyGrading(
      ctx,
      system,
      { ...quietHazards(), rainstorm: gradedAt('III', '8.2.2(2)', 'forecast-area', ['150602', '150603']) },
      exercise,
    );
    clock = new Date('2025-07-21T00:00:00Z');
    const clear = await applyGrading(ctx, system, quietHazards(), exercise);
    unsubscribe();
    const chain = [...rise, ...peak, ...clear];
    produced.push(...chain);
    expect(chain.map((m) => [m.msgType, m.level, m.areaCodes])).toEqual([
      ['Alert', 'IV', ['150602']],
      ['Update', 'III', ['150602', '150603']],
      ['Cancel', 'III', ['150602', '150603']],
    ]);
    expect(new Set(chain.map((m) => m.warningId)).size).toBe(1);
    const caps = chain.map((m) => parseCap(m.capXml).alert);
    expect(caps[0]!.references).toEqual([]);
    expect(caps[1]!.references).toEqual([
      { sender: caps[0]!.sender, identifier: caps[0]!.identifier, sent: caps[0]!.sent },
    ]);
    expect(caps[2]!.references).toEqual([
      { sender: caps[1]!.sender, identifier: caps[1]!.identifier, sent: caps[1]!.sent },
    ]);
    expect(caps.map((c) => c.identifier)).toEqual([
      '15060041600000_20250720080000_0',
      '15060041600000_20250720200000_0',
      '15060041600000_20250721080000_0',
    ]);
    expect(caps.every((c) => c.status === 'Exercise')).toBe(true);
    expect(seen.map((m) => m.identifier)).toEqual(chain.map((m) => m.identifier));
    const trail = await auditTrail(store.db, 'warning', chain[0]!.warningId);
    expect(trail.map((e) => e.action)).toEqual(['warning.issued', 'warning.updated', 'warning.cancelled']);
    expect(chain.map((m) => m.seq)).toEqual(trail.map((e) => e.seq));
    expect((await verifyAuditLog(store.db)).ok).toBe(true);
    expect(await openWarnings(store.db, 'Exercise')).toEqual([]);
    expect(await messagesOf(store.db, chain[0]!.warningId)).toHaveLength(3);
  });

  it('hazards warned at one instant get identifiers of the same second with N counting up, in the order of the nine', async () => {
    await open();
    const messages = await applyGrading(
      ctx,
      system,
      {
        ...quietHazards(),
        fog: gradedAt('IV', '8.2.9(1)', 'forecast-area', ['150621']),
        gale: gradedAt('III', '8.2.6(2)', 'stations', ['53543']),
        rainstorm: gradedAt('IV', '8.2.2(1)', 'forecast-area', ['150602']),
      },
      exercise,
    );
    produced.push(...messages);
    expect(messages.map((m) => [m.hazard, m.identifier.slice(-2)])).toEqual([
      ['rainstorm', '_0'],
      ['gale', '_1'],
      ['fog', '_2'],
    ]);
    expect(messages.find((m) => m.hazard === 'gale')!.areaCodes).toEqual(geography.divisions.map((d) => d.code));
  });

  it('an exercise never takes the place of a real warning, and a duty officer issues, updates and cancels by hand', async () => {
    await open();
    await applyGrading(
      ctx,
      system,
      { ...quietHazards(), gale: gradedAt('IV', '8.2.6(1)', 'forecast-area', ['150602']) },
      exercise,
    );
    const issued = await actOnWarning(ctx, userPrincipal(duty), {
      action: 'issue',
      hazard: 'gale',
      level: 'III',
      areaCodes: ['150627', '150602'],
    });
    expect(issued).toMatchObject({
      msgType: 'Alert',
      status: 'Actual',
      areaCodes: ['150602', '150627'],
      clause: '8.2.6(2)',
      issuedBy: 'dutyOfficer:duty',
    });
    await expect(
      actOnWarning(ctx, userPrincipal(duty), { action: 'issue', hazard: 'gale', level: 'II' }),
    ).rejects.toMatchObject({
      code: 'warning_in_force',
    });
    await expect(
      actOnWarning(ctx, userPrincipal(duty), { action: 'issue', hazard: 'frost', level: 'I' }),
    ).rejects.toMatchObject({
      code: 'level_not_defined',
      path: 'level',
    });
    await expect(
      actOnWarning(ctx, userPrincipal(duty), { action: 'issue', hazard: 'fog', level: 'IV', areaCodes: ['110101'] }),
    ).rejects.toMatchObject({ path: 'areaCodes[0]' });
    await expect(
      actOnWarning(ctx, userPrincipal(duty), { action: 'update', warningId: issued.warningId }),
    ).rejects.toBeInstanceOf(WorkflowError);
    const updated = await actOnWarning(ctx, userPrincipal(duty), {
      action: 'update',
      warningId: issued.warningId,
      level: 'II',
      expires: '2025-07-22T00:00:00Z',
    });
    expect(updated).toMatchObject({
      msgType: 'Update',
      level: 'II',
      reasons: ['level', 'validity'],
      expires: '2025-07-22T00:00:00.000Z',
      clause: '8.2.6(3)',
    });
    const cancelled = await actOnWarning(ctx, userPrincipal(duty), { action: 'cancel', warningId: issued.warningId });
    expect(parseCap(cancelled.capXml).alert.references[0]!.identifier).toBe(updated.identifier);
    await expect(
      actOnWarning(ctx, userPrincipal(duty), { action: 'cancel', warningId: issued.warningId }),
    ).rejects.toMatchObject({
      code: 'warning_cancelled',
    });
    expect((await openWarnings(store.db, 'Exercise')).map((w) => w.hazard)).toEqual(['gale']);
    produced.push(issued, updated, cancelled);
  });

  it('a transaction that fails commits no warning and tells no feed', async () => {
    await open();
    const seen: string[] = [];
    const unsubscribe = warningEventsOf(ctx.events).subscribe((message) => seen.push(message.identifier));
    // Two hazards at once; the second cannot be written (a level the plan does not have), so neither is.
    const broken = {
      ...quietHazards(),
      rainstorm: gradedAt('IV', '8.2.2(1)', 'forecast-area', ['150602']),
      fog: gradedAt('V' as Level, '8.2.9(9)', 'forecast-area', ['150602']),
    };
    await expect(applyGrading(ctx, system, broken, exercise)).rejects.toThrow(/no level V/);
    unsubscribe();
    expect(seen).toEqual([]);
    expect(await openWarnings(store.db, 'Exercise')).toEqual([]);
  });

  it('every CAP message written above validates against the OASIS schema', async () => {
    expect(produced.length).toBe(9);
    expect(await capSchemaErrors(produced.map((m) => ({ name: `${m.identifier}.xml`, xml: m.capXml })))).toEqual([]);
  });
});

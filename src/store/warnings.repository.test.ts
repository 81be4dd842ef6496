import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { serviceContext } from '../../test/support/services.ts';
import { userPrincipal } from '../access/principal.ts';
import { actOnWarning } from '../services/warnings-manual.service.ts';
import type { Store } from './database.ts';
import { listWarnings } from './warnings.repository.ts';

const duty = userPrincipal({ id: 'd', username: 'duty', displayName: '值班员', role: 'dutyOfficer', unitId: null });

describe.each(engines)('10.5: warnings filter in SQL and page by cursor, on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('in force (not cancelled, not expired), covering a division, newest first, a page at a time', async () => {
    store = await openTestStore(engine);
    let clock = new Date('2025-07-20T00:00:00Z');
    const ctx = serviceContext(store, () => clock);
    await actOnWarning(ctx, duty, { action: 'issue', hazard: 'gale', level: 'IV', expires: '2025-07-21T00:00:00Z' });
    clock = new Date('2025-07-20T01:00:00Z');
    const fog = await actOnWarning(ctx, duty, {
      action: 'issue',
      hazard: 'fog',
      level: 'III',
      areaCodes: ['150602'],
      expires: '2025-07-23T00:00:00Z',
    });
    clock = new Date('2025-07-20T02:00:00Z');
    const rain = await actOnWarning(ctx, duty, {
      action: 'issue',
      hazard: 'rainstorm',
      level: 'IV',
      areaCodes: ['150624'],
    });
    clock = new Date('2025-07-20T03:00:00Z');
    await actOnWarning(ctx, duty, { action: 'cancel', warningId: rain.warningId });

    const hazards = async (query: Parameters<typeof listWarnings>[1], limit = 50) =>
      (await listWarnings(store.db, query, { limit })).items.map((warning) => warning.hazard);
    const at = (iso: string, is: boolean) => ({ now: iso, is });
    expect(await hazards({ status: 'Actual' })).toEqual(['rainstorm', 'fog', 'gale']);
    expect(await hazards({ status: 'Actual', active: at('2025-07-20T04:00:00.000Z', true) })).toEqual(['fog', 'gale']);
    expect(await hazards({ status: 'Actual', active: at('2025-07-21T01:00:00.000Z', true) })).toEqual(['fog']);
    expect(await hazards({ status: 'Actual', active: at('2025-07-21T01:00:00.000Z', false) })).toEqual([
      'rainstorm',
      'gale',
    ]);
    expect(await hazards({ status: 'Actual', coversAny: ['150602'] })).toEqual(['fog', 'gale']);
    expect(
      await hazards({ status: 'Actual', coversAny: ['150624'], active: at('2025-07-20T04:00:00.000Z', true) }),
    ).toEqual(['gale']);
    expect(await hazards({ status: 'Actual', coversAny: [] })).toEqual([]);
    expect(await hazards({ status: 'Actual', level: 'III' })).toEqual(['fog']);
    expect(await hazards({ status: 'Exercise' })).toEqual([]);

    const first = await listWarnings(store.db, { status: 'Actual' }, { limit: 2 });
    expect(first.items.map((w) => w.hazard)).toEqual(['rainstorm', 'fog']);
    const second = await listWarnings(store.db, { status: 'Actual' }, { limit: 2, cursor: first.next! });
    expect(second.items.map((w) => w.id)).not.toContain(fog.warningId);
    expect(second.items.map((w) => w.hazard)).toEqual(['gale']);
    expect(second.next).toBeNull();
    await expect(listWarnings(store.db, { status: 'Actual' }, { limit: 2, cursor: 'not-ours' })).rejects.toThrow(
      /cursor 无效/,
    );
  });
});

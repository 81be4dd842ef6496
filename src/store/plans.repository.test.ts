import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import type { Store } from './database.ts';
import { findPlanVersion, listPlanVersions, recordPlanVersions } from './plans.repository.ts';

describe.each(engines)('plan versions on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('keeps each plan text once, however often the system starts', async () => {
    store = await openTestStore(engine);
    const v1 = {
      planId: 'meteo-2024',
      version: '2024.1',
      contentHash: 'aaa',
      kind: 'meteo',
      content: { meta: { id: 'meteo-2024' } },
    };
    expect(await recordPlanVersions(store.db, [v1], new Date('2025-01-01T00:00:00Z'))).toBe(1);
    expect(await recordPlanVersions(store.db, [v1], new Date('2025-01-02T00:00:00Z'))).toBe(0);
    const v2 = { ...v1, version: '2024.2', contentHash: 'bbb' };
    expect(await recordPlanVersions(store.db, [v2], new Date('2025-03-01T00:00:00Z'))).toBe(1);

    const history = await listPlanVersions(store.db, 'meteo-2024');
    expect(history.map((h) => h.version)).toEqual(['2024.1', '2024.2']);
    expect(history[0]!.firstLoadedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(await findPlanVersion(store.db, 'meteo-2024', 'aaa')).toMatchObject({
      version: '2024.1',
      content: v1.content,
    });
    expect(await findPlanVersion(store.db, 'meteo-2024', 'zzz')).toBeUndefined();
  });
});

describe('migrations registered out of order', () => {
  it('a store that ran later migrations still runs an earlier one added afterwards', async () => {
    const { openStore } = await import('./database.ts');
    const { Migrator } = await import('kysely');
    const { migrations } = await import('./migrations/index.ts');
    const { migrateToLatest } = await import('./migrate.ts');
    const store = openStore(':memory:');
    try {
      // The branch that lands late: its migration is numbered below one that already ran (later migrations may
      // alter tables of earlier, long-landed ones, so the one left out is the last but one, as in practice).
      const late = Object.keys(migrations).at(-2)!;
      const withoutLate = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== late));
      const partial = new Migrator({ db: store.db, provider: { getMigrations: async () => withoutLate } });
      expect((await partial.migrateToLatest()).error).toBeUndefined();
      expect(await migrateToLatest(store.db)).toEqual([late]);
    } finally {
      await store.close();
    }
  });
});

import type { LoadedPlan } from '../catalog/plan-files.ts';
import type { Geography } from '../geo/types.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import { openStore, type Store } from '../store/database.ts';
import { saveGeography } from '../store/geography.repository.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { recordPlanVersions } from '../store/plans.repository.ts';
import { saveMemberUnits } from '../store/response.repository.ts';

/**
 * The store a replay writes to: a fresh in-memory SQLite store unless a URL is given (contracts/replay.md:
 * "a fresh temporary store unless --db"), migrated and holding the plan text, the divisions and member units
 * the exercise runs with.
 */
export async function openReplayStore(
  meteo: LoadedPlan<MeteoPlan>,
  geography: Geography,
  databaseUrl: string | undefined,
  now: Date,
): Promise<Store> {
  const store = openStore(databaseUrl ?? ':memory:');
  try {
    await migrateToLatest(store.db);
    await recordPlanVersions(
      store.db,
      [
        {
          planId: meteo.id,
          version: meteo.version,
          contentHash: meteo.contentHash,
          kind: meteo.kind,
          content: meteo.plan,
        },
      ],
      now,
    );
    await saveGeography(store.db, geography);
    await saveMemberUnits(store.db, meteo.plan.command.memberUnits, meteo.id, meteo.contentHash);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

import { openStore, type Store } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { readConfig } from '../startup/config.ts';

/** Opens the configured store (DATABASE_URL, else the SQLite file in the data folder), migrated, for one command. */
export async function withStore<T>(use: (store: Store) => Promise<T>, databaseUrl?: string): Promise<T> {
  const store = openStore(databaseUrl ?? readConfig().databaseUrl);
  try {
    await migrateToLatest(store.db);
    return await use(store);
  } finally {
    await store.close();
  }
}

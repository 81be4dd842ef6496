import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import type { Store } from './database.ts';
import {
  actorForCredential,
  countUsers,
  createUser,
  findUserByUsername,
  issueCredential,
  listUsers,
  revokeCredentials,
} from './users.repository.ts';

const t0 = new Date('2025-07-20T00:00:00Z');

describe.each(engines)('users and credentials on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('a session works until it expires or is revoked; an API token until revoked', async () => {
    store = await openTestStore(engine);
    const liaison = await createUser(
      store.db,
      {
        username: 'qxj',
        displayName: '气象局联络员',
        role: 'unitLiaison',
        unitId: 'meteorology',
        passwordHash: 'scrypt$x',
      },
      t0,
    );
    expect(await countUsers(store.db)).toBe(1);
    expect(await findUserByUsername(store.db, 'qxj')).toMatchObject({
      role: 'unitLiaison',
      unitId: 'meteorology',
      active: true,
      passwordHash: 'scrypt$x',
    });
    expect((await listUsers(store.db)).items).toEqual([expect.objectContaining({ ...liaison, active: true })]);

    const session = await issueCredential(store.db, liaison.id, 'session', t0, { ttlMs: 3600_000 });
    expect(await actorForCredential(store.db, session.token, new Date('2025-07-20T00:59:59Z'))).toEqual(liaison);
    expect(await actorForCredential(store.db, session.token, new Date('2025-07-20T01:00:00Z'))).toBeUndefined();

    const token = await issueCredential(store.db, liaison.id, 'api-token', t0, { label: 'ci' });
    expect(token.expiresAt).toBeNull();
    expect(await actorForCredential(store.db, token.token, new Date('2030-01-01T00:00:00Z'))).toEqual(liaison);
    expect(await revokeCredentials(store.db, { id: token.id }, t0)).toBe(1);
    expect(await actorForCredential(store.db, token.token, t0)).toBeUndefined();
    expect(await actorForCredential(store.db, 'nc_guessed', t0)).toBeUndefined();
  });

  it('usernames are unique', async () => {
    store = await openTestStore(engine);
    const user = { username: 'admin', displayName: 'A', role: 'admin' as const, unitId: null, passwordHash: 'h' };
    await createUser(store.db, user, t0);
    await expect(createUser(store.db, user, t0)).rejects.toThrow();
  });
});

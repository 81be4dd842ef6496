import { afterEach, describe, expect, it } from 'vitest';
import { engines, freshPostgresUrl, openTestStore } from '../../test/support/engines.ts';
import { serviceContext } from '../../test/support/services.ts';
import { userPrincipal } from '../access/principal.ts';
import type { Actor } from '../access/roles.ts';
import { propose, signOrder } from '../services/response-orders.service.ts';
import { auditTrail } from '../store/audit.repository.ts';
import { openStore, type Store } from '../store/database.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { jobLeases } from '../store/job-leases.repository.ts';
import { tasksOf } from '../store/response.repository.ts';
import { serverJobs } from './jobs.ts';
import { Scheduler } from './scheduler.ts';

const person = (role: Actor['role']): Actor => ({ id: role, username: role, displayName: role, role, unitId: null });

describe.each(engines)('the scheduler on %s', (engine) => {
  let store: Store;
  afterEach(async () => store?.close());

  it('several servers on one store: each job runs once per slot, and again the next slot', async () => {
    store = await openTestStore(engine);
    const ctx = serviceContext(store);
    const runs: string[] = [];
    const servers = ['a', 'b', 'c'].map((holder) =>
      new Scheduler(ctx, { holder }).register({
        name: 'count',
        everyMs: 60_000,
        run: async () => void runs.push(holder),
      }),
    );
    const t0 = new Date('2025-07-20T00:00:10Z');
    await Promise.all(servers.map((server) => server.tick(t0)));
    expect(runs).toHaveLength(1);
    await Promise.all(servers.map((server) => server.tick(new Date('2025-07-20T00:00:50Z'))));
    expect(runs).toHaveLength(1);
    await Promise.all(servers.map((server) => server.tick(new Date('2025-07-20T00:01:05Z'))));
    expect(runs).toHaveLength(2);
    expect((await jobLeases(store.db))[0]).toMatchObject({ name: 'count', holder: null, lastError: null });
  });

  it('a server that died holding a lease: the lease runs out and another server runs the next slot', async () => {
    store = await openTestStore(engine);
    const ctx = serviceContext(store);
    let hung = true;
    const dying = new Scheduler(ctx, { holder: 'dying' }).register({
      name: 'sweep',
      everyMs: 60_000,
      leaseMs: 120_000,
      run: () => (hung ? new Promise(() => {}) : Promise.resolve()),
    });
    void dying.tick(new Date('2025-07-20T00:00:00Z'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    hung = false;
    const ran: string[] = [];
    const survivor = new Scheduler(ctx, { holder: 'survivor' }).register({
      name: 'sweep',
      everyMs: 60_000,
      run: async () => void ran.push('survivor'),
    });
    expect(await survivor.tick(new Date('2025-07-20T00:01:00Z'))).toEqual([]);
    expect(await survivor.tick(new Date('2025-07-20T00:02:01Z'))).toEqual(['sweep']);
  });

  it('4.4: the escalation job escalates member units not on post once, audited as the system, whoever reads', async () => {
    store = await openTestStore(engine);
    let clock = new Date('2025-07-20T00:00:00Z');
    const ctx = serviceContext(store, () => clock);
    const { proposal } = await propose(ctx, userPrincipal(person('dutyOfficer')), {
      targetLevel: 'IV',
      hazards: ['rainstorm'],
      basis: { source: 'assessment', justification: '会商研判' },
    });
    const { response } = await signOrder(ctx, userPrincipal(person('deputyCommander')), proposal.id);
    const scheduler = new Scheduler(ctx, { holder: 'server-1' });
    // This store has no plan versions recorded, so only this job (the grading job is tested with the services').
    for (const job of serverJobs.filter((job) => job.name === 'response.escalate-overdue-tasks'))
      scheduler.register(job);
    expect(await scheduler.tick(clock)).toEqual(['response.escalate-overdue-tasks']);
    expect((await tasksOf(store.db, { responseId: response.id })).every((task) => task.escalatedAt === null)).toBe(
      true,
    );
    clock = new Date('2025-07-20T03:00:00Z');
    await scheduler.tick(clock);
    const tasks = await tasksOf(store.db, { responseId: response.id });
    expect(tasks.every((task) => task.escalatedAt === clock.toISOString())).toBe(true);
    const trail = await auditTrail(store.db, 'task', tasks[0]!.id);
    expect(trail).toMatchObject([{ action: 'task.escalated', actor: 'system:escalation' }]);
    clock = new Date('2025-07-20T03:05:00Z');
    await scheduler.tick(clock);
    expect(await auditTrail(store.db, 'task', tasks[0]!.id)).toHaveLength(1);
  });
});

describe.skipIf(!engines.includes('postgres'))('the scheduler on two servers of one PostgreSQL', () => {
  it('each server with its own connections, ticking at once through many slots: every slot runs exactly once', async () => {
    const url = await freshPostgresUrl();
    const stores = [openStore(url), openStore(url)];
    try {
      await migrateToLatest(stores[0]!.db);
      const runs: Array<{ holder: string; slot: number }> = [];
      const servers = stores.map((store, i) =>
        new Scheduler(serviceContext(store), { holder: `server-${i}` }).register({
          name: 'count',
          everyMs: 60_000,
          run: async (_ctx, now) => void runs.push({ holder: `server-${i}`, slot: Math.floor(now.getTime() / 60_000) }),
        }),
      );
      const start = Date.parse('2025-07-20T00:00:00Z');
      for (let minute = 0; minute < 30; minute++) {
        const now = new Date(start + minute * 60_000 + 5_000);
        await Promise.all(servers.map((server) => server.tick(now)));
      }
      expect(runs.map((run) => run.slot)).toEqual(Array.from({ length: 30 }, (_, i) => start / 60_000 + i));
    } finally {
      for (const store of stores) await store.close();
    }
  });
});

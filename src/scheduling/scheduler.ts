import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { ServiceContext } from '../services/context.ts';
import { claimJobSlot, ensureJobLease, releaseJobSlot } from '../store/job-leases.repository.ts';

/**
 * A named periodic job: an idempotent service function of the context and the moment, run once per period
 * across all servers on one store (docs/ARCHITECTURE.md, "Scheduled jobs").
 */
export interface Job {
  name: string;
  everyMs: number;
  /** How long a run may hold the lease before another server may take the next slot (default: 5 periods, ≥ 1 min). */
  leaseMs?: number;
  run: (ctx: ServiceContext, now: Date) => Promise<unknown>;
}

/**
 * Runs the registered jobs from inside the server. Time is cut into slots of each job's period; the first server
 * to claim a slot's lease in the store runs it, the others skip it. A server that dies while running leaves a
 * lease that runs out, so the next slot is run elsewhere (jobs are idempotent: a slot lost is caught up next).
 */
export class Scheduler {
  private readonly jobs: Job[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  readonly holder: string;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly options: { tickMs?: number; holder?: string } = {},
  ) {
    this.holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  }

  register(job: Job): this {
    if (this.jobs.some((known) => known.name === job.name)) throw new Error(`job ${job.name} is registered twice`);
    this.jobs.push(job);
    return this;
  }

  /** Runs every job whose current slot no server has run yet; returns the names of those this server ran. */
  async tick(now: Date = this.ctx.clock()): Promise<string[]> {
    const ran: string[] = [];
    for (const job of this.jobs) {
      const db = this.ctx.store.db;
      await ensureJobLease(db, job.name);
      const slot = Math.floor(now.getTime() / job.everyMs);
      const leaseMs = job.leaseMs ?? Math.max(5 * job.everyMs, 60_000);
      const claimed = await claimJobSlot(db, {
        name: job.name,
        slot,
        holder: this.holder,
        now: now.toISOString(),
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      });
      if (!claimed) continue;
      let error: string | null = null;
      try {
        await job.run(this.ctx, now);
        ran.push(job.name);
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure);
        this.ctx.logger.error({ err: failure, job: job.name }, `scheduled job ${job.name} failed`);
      }
      await releaseJobSlot(db, { name: job.name, holder: this.holder, now: this.ctx.clock().toISOString(), error });
    }
    return ran;
  }

  start(): void {
    const tickMs = this.options.tickMs ?? 5_000;
    const loop = () => {
      this.running = this.tick().catch((error: unknown) =>
        this.ctx.logger.error({ err: error }, 'the scheduler could not run its jobs'),
      );
      void this.running.then(() => {
        if (this.timer) this.timer = setTimeout(loop, tickMs).unref();
      });
    };
    this.timer = setTimeout(loop, 0).unref();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

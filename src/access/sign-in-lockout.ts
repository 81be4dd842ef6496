/**
 * The temporary lockout of sign-in: after `maxFailures` failed attempts within `windowMs` against one key (a
 * username, or an address), that key is locked for `lockMs`. A success clears the username's count. Pure: the
 * store keeps the counts, the clock is an argument.
 */
export interface LockoutRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export interface FailureCount {
  failures: number;
  firstAt: string;
  lockedUntil: string | null;
}

export const defaultLockout = {
  /** 5 wrong passwords for one username in 15 minutes lock it for 15 minutes. */
  user: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  /** 20 failures from one address in 15 minutes (guessing across usernames) lock the address for 15 minutes. */
  address: { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} satisfies Record<string, LockoutRule>;

/** The time a key stays locked until, or null when it may try now. */
export function lockedUntil(count: FailureCount | undefined, now: Date): string | null {
  return count?.lockedUntil && count.lockedUntil > now.toISOString() ? count.lockedUntil : null;
}

/** The count after one more failure: a new window when the last one ran out, locked once the limit is reached. */
export function afterFailure(count: FailureCount | undefined, rule: LockoutRule, now: Date): FailureCount {
  const fresh = !count || now.getTime() - Date.parse(count.firstAt) > rule.windowMs || count.lockedUntil !== null;
  const failures = fresh ? 1 : count.failures + 1;
  const firstAt = fresh ? now.toISOString() : count.firstAt;
  return {
    failures,
    firstAt,
    lockedUntil: failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockMs).toISOString() : null,
  };
}

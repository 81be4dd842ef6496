/** A share from the plan as an exact fraction (the plan writes shares with at most 6 decimals). */
export interface Ratio {
  num: bigint;
  den: bigint;
  value: number;
}

const sixDecimals = 1_000_000n;

export function ratioOf(share: number): Ratio {
  const num = BigInt(Math.round(share * 1e6));
  if (Number(num) / 1e6 !== share) throw new RangeError(`share ${share} has more than 6 decimals`);
  return { num, den: sixDecimals, value: share };
}

/**
 * Whether part/whole reaches the ratio, in integers: part·den ≥ num·whole. `part` and `whole` are sums of
 * whole numbers below 2^53, so they are exact, and a share of exactly 0.8 meets 80% however it was summed.
 */
export function reaches(part: number, whole: number, ratio: Ratio): boolean {
  if (whole <= 0) return false;
  return BigInt(part) * ratio.den >= ratio.num * BigInt(whole);
}

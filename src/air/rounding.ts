/**
 * Round half to even of the exact fraction `num / den` (non-negative integers): HJ 663-2013 5.3 rounds
 * every concentration this way (GB/T 8170 "四舍六入五成双"). Working on the integer fraction rather than on
 * a double keeps 2.5 → 2 and 3.5 → 4 exact where 0.1-step decimals are not representable.
 */
export function roundHalfEvenRatio(num: number, den: number): number {
  const q = Math.floor(num / den);
  const twice = 2 * (num - q * den);
  if (twice > den) return q + 1;
  if (twice < den) return q;
  return q % 2 === 0 ? q : q + 1;
}

/**
 * Round half to even to `decimals` places of a value that is a ratio of integers held as a double, e.g. a
 * percentage; the scaled value is first snapped to the nearest 1e-9 so that 0.25 written as 0.2500000001 by
 * an earlier division still counts as a tie.
 */
export function roundHalfEven(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Math.round(value * scale * 1e9);
  return roundHalfEvenRatio(scaled, 1e9) / scale;
}

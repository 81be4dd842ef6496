/** 序号 read as a number: "3" → 3, "3.1" → 3.1, "12-1" → 12 (leading digits); null when it starts with none. */
export function numberOrder(number: string): number | null {
  const whole = Number(number.trim());
  if (number.trim() !== '' && Number.isFinite(whole)) return whole;
  const leading = /^\s*(\d+(?:\.\d+)?)/.exec(number);
  return leading ? Number(leading[1]) : null;
}

/** Past any 序号 a sheet holds: tasks whose 序号 is not a number sort after the numbered ones of their year. */
const unnumbered = 900_000;

/**
 * The list's order (year, then 序号 as a number) as one number, so a page can start after a row's key. A 序号
 * that is not a number ("四(一)1" of a plan-seeded task) sorts after the numbered ones, by `position` (its
 * measure's place in the plan, or its row in the sheet).
 */
export function listOrder(year: number, number: string, position = 0): number {
  const order = numberOrder(number);
  return (
    year * 1_000_000 + (order === null ? unnumbered + Math.min(position, 99_999) : Math.min(order, unnumbered - 1))
  );
}

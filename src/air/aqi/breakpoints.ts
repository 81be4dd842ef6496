// HJ 633-2012 表 1: the national standard's breakpoints (not a plan's numbers, so they live with the code).
// Concentrations in µg/m³, CO in mg/m³; each table pairs with IAQI_LEVELS position by position.

export const IAQI_LEVELS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

export const BREAKPOINTS = {
  so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  /** Stops at 800: above it HJ 633 note 2 reports the 24-hour IAQI instead. */
  so2_1h: [0, 150, 500, 650, 800],
  no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
  no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
  co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
  co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  /** Stops at 800: above it HJ 633 note 3 uses the 1-hour IAQI instead. */
  o3_8h: [0, 100, 160, 215, 265, 800],
  pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
} as const;

export type BreakpointTable = keyof typeof BREAKPOINTS;

/** The tables in thousandths of their unit, for exact integer arithmetic (see `MILLI`). */
export const BREAKPOINTS_MILLI: Record<BreakpointTable, Int32Array> = Object.fromEntries(
  Object.entries(BREAKPOINTS).map(([name, table]) => [name, Int32Array.from(table, (c) => c * 1000)]),
) as Record<BreakpointTable, Int32Array>;

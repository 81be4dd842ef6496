import type { Level } from '../plans/common.schema.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';

/** A level's rank from the plan's own order (levels.json lists lowest first): Ⅳ 1 … Ⅰ 4; no response is 0. */
export function levelRank(plan: MeteoPlan, level: Level | null): number {
  if (level === null) return 0;
  return plan.levels.levels.findIndex((entry) => entry.level === level) + 1;
}

export function levelZh(plan: MeteoPlan, level: Level | null): string {
  if (level === null) return '无响应';
  return plan.levels.levels.find((entry) => entry.level === level)?.zh ?? level;
}

import type { LedgerLight, LedgerNode } from './nodes.ts';

/** The day it is in Asia/Shanghai (UTC+8 all year: China keeps no daylight saving time). */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface LightInput {
  deadline: string | null;
  ongoing: boolean;
  node: LedgerNode;
}

/**
 * The contract's light: red once the deadline has passed (Shanghai date) and the task is not 办结销号; yellow
 * when the deadline is within the warning period (inclusive: `warningDays` days ahead is yellow, today too);
 * green otherwise, and always for ongoing or closed tasks.
 */
export function trafficLight(task: LightInput, today: string, warningDays: number): LedgerLight {
  if (task.node === '办结销号' || task.ongoing || task.deadline === null) return 'green';
  const left = daysBetween(today, task.deadline);
  if (left < 0) return 'red';
  return left <= warningDays ? 'yellow' : 'green';
}

/** The deadlines that make a light yellow or red today, for filtering in SQL: due by `yellowBy`, overdue before `today`. */
export function lightBounds(today: string, warningDays: number): { redBefore: string; yellowBy: string } {
  const yellowBy = new Date(Date.parse(`${today}T00:00:00Z`) + warningDays * 86_400_000).toISOString().slice(0, 10);
  return { redBefore: today, yellowBy };
}

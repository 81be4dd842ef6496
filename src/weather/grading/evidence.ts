import { monthDay, type CalendarDate } from '../situation/instant.ts';
import type { CompiledLevel, CompiledRoute } from './compile.ts';
import type { RouteEvidence } from './result.schema.ts';

/** How one route of one level fared, before it is written up as evidence. */
export interface RouteOutcome {
  level: CompiledLevel;
  route: CompiledRoute;
  met: number;
  valid: number;
  /** Rows meeting the condition. */
  count: number;
  total: number;
  usable: boolean;
  reached: boolean;
  requires: RouteEvidence['requires'];
  inSeason: boolean;
  holds: boolean;
}

/**
 * A share rounded for reading; when rounding would show a share that is not reached as reaching it
 * (0.79999… as 0.8), the unrounded value is shown instead.
 */
function shownShare(met: number, valid: number, reached: boolean, needed: number): number | null {
  if (valid <= 0) return null;
  const share = met / valid;
  const rounded = Math.round(share * 1e4) / 1e4;
  return !reached && rounded >= needed ? share : rounded;
}

/** `metIds`: the first of the units or stations meeting the route's condition, to name them. */
export function routeEvidence(outcome: RouteOutcome, date: CalendarDate, metIds: string[]): RouteEvidence {
  const { level, route, met, valid, total } = outcome;
  const perArea = route.basis !== 'stationCount';
  const amount = (value: number) => (perArea ? Math.round(value / 1e3) / 1e3 : value);
  const needed = route.share.value;
  return {
    level: level.level,
    clause: level.clause,
    route: route.route,
    basis: route.basis,
    ...(route.thresholds.length === 1 ? { threshold: route.thresholds[0]!.value } : {}),
    thresholds: route.thresholds,
    share: shownShare(met, valid, outcome.reached, needed),
    needed,
    reached: outcome.reached,
    coverage: total > 0 ? Math.round((valid / total) * 1e4) / 1e4 : 0,
    usable: outcome.usable,
    requires: outcome.requires,
    ...(level.season
      ? {
          season: {
            date: monthDay(date),
            timeZone: level.season.timeZone,
            windows: level.season.windows,
            inSeason: outcome.inSeason,
          },
        }
      : {}),
    holds: outcome.holds,
    amounts: { met: amount(met), valid: amount(valid), total: amount(total), unit: perArea ? 'km²' : 'stations' },
    met: { count: outcome.count, ids: metIds },
  };
}

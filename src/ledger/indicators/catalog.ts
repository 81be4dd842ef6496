import { INDICATOR_FIGURE } from '../../air/evaluation/targets.ts';
import type { AirTarget } from '../../plans/air/index.ts';
import type { QualityTargets } from '../../plans/quality/targets.schema.ts';
import type { IndicatorGoal } from './trajectory.ts';

/**
 * Every target of the quality plan (三: 2025, 2026, 2027 and beyond) and of the air plan (一(二), 13 rows, city
 * and parks) as one list the ledger tracks. A quality target's values are reported by its unit; an air target's
 * value is the evaluation's own figure (HJ 663-2013), never typed in.
 */
export interface LedgerIndicator {
  planId: string;
  targetId: string;
  clause: string;
  text: string;
  /** The year the target is due. */
  year: number;
  source: 'reported' | 'airEvaluation';
  /** What is measured, and in what unit of measure (件, µg/m³, %); null for a target stated in words only. */
  metric: string | null;
  unitOfMeasure: string | null;
  /** The figure to reach and its direction; null for a qualitative target (no trajectory from numbers). */
  goal: IndicatorGoal | null;
  /** The air plan's region (city or park) the target is for; null for the quality plan. */
  region: string | null;
}

const yearEnd = (year: number) => `${year}-12-31`;

export function qualityIndicators(planId: string, targets: QualityTargets): LedgerIndicator[] {
  return targets.periods.flatMap((period) =>
    period.targets.map((target): LedgerIndicator => {
      const base = {
        planId,
        targetId: target.id,
        clause: target.clause,
        text: target.text,
        year: period.year,
        source: 'reported' as const,
        region: null,
      };
      if (target.kind === 'qualitative') return { ...base, metric: null, unitOfMeasure: null, goal: null };
      // A target with a level is checked on the level; one that fixes only a growth (较2023年增长50%以上) on it.
      const goal: IndicatorGoal =
        target.value !== undefined && target.comparison !== undefined
          ? { comparison: target.comparison, value: target.value, due: yearEnd(period.year) }
          : { comparison: target.growth!.comparison, value: target.growth!.percent, due: yearEnd(period.year) };
      const unitOfMeasure = target.value !== undefined ? (target.unit ?? null) : '%';
      const metric = target.value !== undefined ? target.metric : `${target.metric}(增长率)`;
      return { ...base, metric, unitOfMeasure, goal };
    }),
  );
}

const AIR_DIRECTION: Record<AirTarget['comparison'], IndicatorGoal['comparison']> = {
  '<': 'lte',
  '<=': 'lte',
  '>': 'gte',
  '>=': 'gte',
  '=': 'eq',
};

/**
 * The air plan's rows: air-quality figures come from the evaluation (HJ 663-2013) and are never typed in; the
 * emission rows (4-5, 较2020年下降) are not in the air data, so their unit reports them like a quality target.
 */
export function airIndicators(planId: string, targets: readonly AirTarget[]): LedgerIndicator[] {
  return targets.map((target) => ({
    planId,
    targetId: target.id,
    clause: target.clause,
    text: target.text,
    year: target.year,
    source: INDICATOR_FIGURE[target.indicator] === undefined ? 'reported' : 'airEvaluation',
    metric: target.indicator,
    unitOfMeasure: target.unit,
    goal: { comparison: AIR_DIRECTION[target.comparison], value: target.value, due: yearEnd(target.year) },
    region: target.region,
  }));
}

import type { AirIndicator, AirTarget, Comparison } from '../../plans/air/index.ts';
import type { AnnualFigure, AnnualFigures } from './annual.ts';

/** The annual figure an air-quality target is measured by; emission targets have none in the air data. */
export const INDICATOR_FIGURE: Partial<Record<AirIndicator, AnnualFigure | 'goodDayRatio' | 'heavyDayRatio'>> = {
  pm25Annual: 'pm25',
  pm10Annual: 'pm10',
  goodDayRatio: 'goodDayRatio',
  heavyDayRatio: 'heavyDayRatio',
};

export function compare(value: number, comparison: Comparison, bound: number): boolean {
  switch (comparison) {
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>':
      return value > bound;
    case '>=':
      return value >= bound;
    case '=':
      return value === bound;
  }
}

export interface TargetComparison {
  id: string;
  /** The plan's bound as the contract prints it, e.g. "<= 22". */
  target: string;
  value: number | null;
  /** null when the figure is missing or incomplete (HJ 663 表 2): no verdict on too few days. */
  met: boolean | null;
}

export function targetText(target: AirTarget): string {
  return `${target.comparison} ${target.value}`;
}

/** Compares a region's figures with its air-quality targets (the emission targets are not air figures). */
export function compareTargets(figures: AnnualFigures, targets: readonly AirTarget[]): TargetComparison[] {
  const compared: TargetComparison[] = [];
  for (const target of targets) {
    const name = INDICATOR_FIGURE[target.indicator];
    if (name === undefined) continue;
    const value = figures[name];
    const incomplete = (figures.incomplete as string[]).includes(name);
    compared.push({
      id: target.id,
      target: targetText(target),
      value,
      met: value === null || incomplete ? null : compare(value, target.comparison, target.value),
    });
  }
  return compared;
}

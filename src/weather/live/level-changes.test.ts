import { describe, expect, it } from 'vitest';
import { meteoPlan } from '../../../test/support/dissemination.ts';
import type { Level } from '../../plans/common.schema.ts';
import { hazardKeys, type HazardKey } from '../../plans/meteo/hazards.schema.ts';
import type { AssessmentResult, HazardResult } from '../grading/result.schema.ts';
import { levelChanges, noticeworthy } from './level-changes.ts';

type Hazards = AssessmentResult['hazards'];
const plan = meteoPlan();

function hazards(overrides: Partial<Record<HazardKey, Level | null | 'no-data'>>): Hazards {
  const entries = hazardKeys.map((key): [HazardKey, HazardResult] => {
    const value = overrides[key] ?? null;
    const noData = value === 'no-data';
    return [
      key,
      {
        zh: key,
        level: noData ? null : value,
        clause: noData || value === null ? '8.2' : `8.2 ${value}`,
        status: noData ? 'insufficient-data' : 'graded',
        coverage: noData ? 0 : 1,
        evidence: [],
      },
    ];
  });
  return Object.fromEntries(entries) as Hazards;
}

const changeOf = (previous: Hazards | null, current: Hazards, hazard: HazardKey = 'rainstorm') =>
  levelChanges(plan, previous, current).find((change) => change.hazard === hazard)!;

describe('levelChanges: how a hazard moved between two continuous gradings', () => {
  it('reached: a level where there was none, or on the first grading', () => {
    expect(changeOf(hazards({}), hazards({ rainstorm: 'IV' }))).toMatchObject({
      kind: 'reached',
      from: null,
      to: 'IV',
      clause: '8.2 IV',
    });
    expect(changeOf(null, hazards({ rainstorm: 'II' }))).toMatchObject({ kind: 'reached', to: 'II' });
  });

  it('reached, not raised, when the previous grading lacked the data (its level was not known)', () => {
    expect(changeOf(hazards({ rainstorm: 'no-data' }), hazards({ rainstorm: 'III' })).kind).toBe('reached');
  });

  it('raised and lowered follow the plan order of levels (Ⅳ lowest, Ⅰ highest)', () => {
    expect(changeOf(hazards({ rainstorm: 'IV' }), hazards({ rainstorm: 'II' }))).toMatchObject({
      kind: 'raised',
      from: 'IV',
      to: 'II',
    });
    expect(changeOf(hazards({ rainstorm: 'I' }), hazards({ rainstorm: 'III' }))).toMatchObject({
      kind: 'lowered',
      from: 'I',
      to: 'III',
    });
  });

  it('ended: graded on enough data and no level holds any more', () => {
    expect(changeOf(hazards({ rainstorm: 'III' }), hazards({}))).toMatchObject({
      kind: 'ended',
      from: 'III',
      to: null,
    });
  });

  it('unchanged: the same level, or still none', () => {
    expect(changeOf(hazards({ rainstorm: 'II' }), hazards({ rainstorm: 'II' })).kind).toBe('unchanged');
    expect(changeOf(hazards({}), hazards({})).kind).toBe('unchanged');
    expect(changeOf(null, hazards({})).kind).toBe('unchanged');
  });

  it('insufficient data says nothing, whatever the level was (missing data is not an all-clear)', () => {
    expect(changeOf(hazards({ rainstorm: 'II' }), hazards({ rainstorm: 'no-data' }))).toMatchObject({
      kind: 'insufficient-data',
      from: 'II',
      to: null,
    });
  });

  it('covers the nine hazards in order; only reached, raised, lowered and ended are told', () => {
    const changes = levelChanges(
      plan,
      hazards({ gale: 'III', fog: 'IV', frost: 'II', drought: 'IV' }),
      hazards({ rainstorm: 'IV', gale: 'II', fog: null, frost: 'II', drought: 'no-data' }),
    );
    expect(changes.map((change) => change.hazard)).toEqual([...hazardKeys]);
    expect(noticeworthy(changes).map((change) => [change.hazard, change.kind])).toEqual([
      ['rainstorm', 'reached'],
      ['gale', 'raised'],
      ['fog', 'ended'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { gradedAt, quietHazards } from '../../../test/support/graded-hazards.ts';
import { warningArea } from './area.ts';
import { nextIdentifier } from './identifier.ts';
import { decideWarnings, type OpenWarning } from './lifecycle.ts';

const divisions = ['150602', '150603', '150621', '150622', '150623', '150624', '150625', '150626', '150627'];
const at = new Date('2025-07-20T00:00:00Z');
const open = (over: Partial<OpenWarning> = {}): OpenWarning => ({
  warningId: 'w1',
  hazard: 'rainstorm',
  level: 'IV',
  areaCodes: ['150602', '150603'],
  expires: '2025-07-21T00:00:00.000Z',
  ...over,
});

describe("contracts/replay.md: what each hazard's warning does after a grading", () => {
  it('a hazard that reaches a level gets a warning (Alert) on the divisions that meet it', () => {
    const hazards = { ...quietHazards(), rainstorm: gradedAt('IV', '8.2.2(1)', 'forecast-area', ['150603', '150602']) };
    expect(decideWarnings(hazards, [], divisions, at)).toEqual([
      {
        kind: 'issue',
        hazard: 'rainstorm',
        level: 'IV',
        areaCodes: ['150602', '150603'],
        wholeCity: false,
        clause: '8.2.2(1)',
        route: 'forecast-area',
      },
    ]);
  });

  it('3.3.3 内容或级别: a change of level or of area is an Update naming what changed', () => {
    const up = { ...quietHazards(), rainstorm: gradedAt('III', '8.2.2(2)', 'forecast-area', ['150602', '150603']) };
    expect(decideWarnings(up, [open()], divisions, at)).toMatchObject([
      { kind: 'update', level: 'III', reasons: ['level'], warning: { warningId: 'w1' } },
    ]);
    const wider = {
      ...quietHazards(),
      rainstorm: gradedAt('IV', '8.2.2(1)', 'forecast-area', ['150602', '150603', '150621']),
    };
    expect(decideWarnings(wider, [open()], divisions, at)).toMatchObject([
      { kind: 'update', level: 'IV', reasons: ['area'] },
    ]);
  });

  it('the same level on the same area changes nothing while the warning is valid', () => {
    const same = { ...quietHazards(), rainstorm: gradedAt('IV', '8.2.2(1)', 'forecast-area', ['150603', '150602']) };
    expect(decideWarnings(same, [open()], divisions, at)).toEqual([]);
  });

  it('a hazard that still holds once its validity ran out gets an Update renewing it (预警时效)', () => {
    const same = { ...quietHazards(), rainstorm: gradedAt('IV', '8.2.2(1)', 'forecast-area', ['150602', '150603']) };
    const later = new Date('2025-07-21T00:00:00Z');
    expect(decideWarnings(same, [open()], divisions, later)).toMatchObject([{ kind: 'update', reasons: ['validity'] }]);
  });

  it('a hazard that no longer reaches any level is cancelled', () => {
    expect(decideWarnings(quietHazards(), [open()], divisions, at)).toMatchObject([
      { kind: 'cancel', hazard: 'rainstorm', warning: { warningId: 'w1' } },
    ]);
  });

  it('insufficient data is not an all-clear: the warning stays as it is', () => {
    const hazards = {
      ...quietHazards(),
      rainstorm: { level: null, status: 'insufficient-data' as const, clause: '8.2.2', evidence: [] },
    };
    expect(decideWarnings(hazards, [open()], divisions, at)).toEqual([]);
  });

  it('decisions come in the order of the nine hazards', () => {
    const hazards = {
      ...quietHazards(),
      fog: gradedAt('IV', '8.2.9(1)', 'forecast-area', ['150602']),
      drought: gradedAt('III', '8.2.1(1)', 'forecast-area', ['150602']),
    };
    const decisions = decideWarnings(hazards, [open()], divisions, at);
    expect(decisions.map((d) => `${d.kind} ${d.hazard}`)).toEqual(['issue drought', 'cancel rainstorm', 'issue fog']);
  });
});

describe("a warning's area", () => {
  it('is the whole city when the level comes from the stations route', () => {
    expect(warningArea(gradedAt('IV', '8.2.2(1)', 'stations', ['53543']), divisions)).toEqual({
      codes: divisions,
      wholeCity: true,
    });
  });

  it('is the whole city when the units are grid cells', () => {
    expect(warningArea(gradedAt('IV', '8.2.2(1)', 'forecast-area', ['cell-1', 'cell-2']), divisions).wholeCity).toBe(
      true,
    );
    expect(warningArea(gradedAt('IV', '8.2.2(1)', 'forecast-area', ['150602'], 500), divisions).wholeCity).toBe(true);
  });

  it("joins the divisions of every route that holds at the level, in the city's order, and ignores routes that did not hold", () => {
    const hazard = gradedAt('IV', '8.2.6(1)', 'forecast-area', ['150627']);
    const evidence = [
      ...hazard.evidence,
      {
        level: 'IV' as const,
        clause: '8.2.6(1)',
        route: 'observed-area',
        holds: true,
        met: { count: 1, ids: ['150602'] },
      },
      {
        level: 'IV' as const,
        clause: '8.2.6(1)',
        route: 'observed-area',
        holds: false,
        met: { count: 1, ids: ['150625'] },
      },
    ];
    expect(warningArea({ ...hazard, evidence }, divisions)).toEqual({ codes: ['150602', '150627'], wholeCity: false });
  });
});

describe('GB/T 35965.1 identifiers', () => {
  const unit = '15060041600000';
  const entered = new Date('2025-07-20T00:00:00.400Z');

  it('take the form unit_YYYYMMDDhhmmss_N in Beijing time, N from 0', () => {
    expect(nextIdentifier(unit, entered, () => false)).toBe('15060041600000_20250720080000_0');
  });

  it('count N up for messages of the same second and move to the next second after ten: never reused', () => {
    const taken = new Set<string>();
    const ids = Array.from({ length: 12 }, () => {
      const id = nextIdentifier(unit, entered, (candidate) => taken.has(candidate));
      taken.add(id);
      return id;
    });
    expect(new Set(ids).size).toBe(12);
    expect(ids[9]).toBe('15060041600000_20250720080000_9');
    expect(ids[10]).toBe('15060041600000_20250720080001_0');
  });
});

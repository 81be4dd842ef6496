import { describe, expect, it } from 'vitest';
import { hazardKeys } from '../../plans/meteo/hazards.schema.ts';
import { forecastUnits, grade, stations } from '../../../test/factories/situation.ts';

describe('4.3 several hazards at once', () => {
  it('4.3: the overall level is the highest hazard level, naming every hazard at it, in the order of the nine keys', () => {
    const result = grade({
      units: forecastUnits(
        [50, { precipMm: 120, windMeanMs: 30, fogVisibilityM: 100 }],
        [50, { precipMm: 60, windMeanMs: 30, fogVisibilityM: 100 }],
      ),
      trends: { fogExpectedHours: 30 },
    });
    expect(result.hazards.rainstorm.level).toBe('I');
    expect(result.hazards.gale.level).toBe('II');
    expect(result.hazards.fog.level).toBe('III');
    expect(result.overall).toEqual({ level: 'I', color: 'red', clause: '4.3', hazards: ['rainstorm'] });
  });

  it('4.3: hazards tied at the highest level are all named', () => {
    const result = grade({
      units: forecastUnits([100, { precipMm: 60, snowMm: 12, sandVisibilityM: 400, fogVisibilityM: null }]),
      trends: {},
    });
    expect(result.overall).toEqual({
      level: 'III',
      color: 'yellow',
      clause: '4.3',
      hazards: ['rainstorm', 'snowstorm', 'sandstorm'],
    });
  });

  it('4.3: when no hazard reaches a level, the overall level is null and no hazard is named', () => {
    const result = grade({ units: forecastUnits([100, { precipMm: 10 }]), stations: stations(5, 0, {}) });
    expect(result.overall).toEqual({ level: null, clause: '4.3', hazards: [] });
  });

  it('every result has all nine hazards, each naming its clause, and the plan version it was graded by', () => {
    const result = grade({ units: forecastUnits([100, { precipMm: 60 }]) });
    expect(Object.keys(result.hazards)).toEqual([...hazardKeys]);
    expect(result.plan).toEqual({ id: 'meteo-2024', version: '2024.2' });
    expect(result.at).toBe('2025-07-20T08:00:00+08:00');
    for (const key of hazardKeys) expect(result.hazards[key].clause).toMatch(/^8\.2\.\d(\(\d\))?$/);
    expect(result.hazards.rainstorm.clause).toBe('8.2.2(2)');
    expect(result.hazards.snowstorm.clause).toBe('8.2.3');
  });
});

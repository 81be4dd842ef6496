import { describe, expect, it } from 'vitest';
import { loadGeography } from '../../catalog/geography.ts';
import { grade } from '../../../test/factories/situation.ts';
import { divisionUnits } from './division-units.ts';

describe('the nine divisions as area units', () => {
  const geography = loadGeography();

  it('one unit per division, its area from the geography', () => {
    const units = divisionUnits(geography, { 150602: { forecast: { precipMm: 80 } } });
    expect(units.map((unit) => unit.id)).toEqual(geography.divisions.map((division) => division.code));
    expect(units).toHaveLength(9);
    expect(units.find((unit) => unit.id === '150602')).toMatchObject({
      areaKm2: geography.divisions.find((d) => d.code === '150602')!.areaKm2,
      forecast: { precipMm: 80 },
    });
    expect(units.reduce((sum, unit) => sum + unit.areaKm2, 0)).toBeGreaterThan(80_000);
  });

  it('8.2.2: rain forecast on divisions making up half the city’s area is graded by their areas', () => {
    const byArea = [...geography.divisions].sort((a, b) => b.areaKm2 - a.areaKm2);
    const total = byArea.reduce((sum, d) => sum + d.areaKm2, 0);
    const rainy: string[] = [];
    let area = 0;
    for (const division of byArea)
      if (area < 0.5 * total) {
        rainy.push(division.code);
        area += division.areaKm2;
      }
    const values = Object.fromEntries(
      geography.divisions.map((d) => [d.code, { forecast: { precipMm: rainy.includes(d.code) ? 60 : 5 } }]),
    );
    const result = grade({ units: divisionUnits(geography, values) });
    expect(result.hazards.rainstorm).toMatchObject({ level: 'III', clause: '8.2.2(2)' });
    expect(result.hazards.rainstorm.evidence[0]!.met.ids.sort()).toEqual(rainy.sort());
  });

  it('refuses a code that is not one of the city’s divisions', () => {
    expect(() => divisionUnits(geography, { 110101: {} })).toThrow(/110101: not a division of the city/);
  });
});

import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { forecastUnits, grade } from '../../../test/factories/situation.ts';

describe('nuancheng assess', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const situation = {
    at: '2025-07-20T08:00:00+08:00',
    units: forecastUnits([55, { precipMm: 62 }], [45, { precipMm: 10 }]),
    stations: [{ id: '53543', precipMm: 55 }],
    trends: { rainContinuing: true },
  };

  it('grades a situation file and prints the result as JSON, exit 0', () => {
    const file = join(dir.path, 'situation.json');
    writeFileSync(file, JSON.stringify(situation));
    const result = runCli(['assess', file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output).toEqual(grade(situation));
    expect(output.overall).toEqual({ level: 'III', color: 'yellow', clause: '4.3', hazards: ['rainstorm'] });
    expect(output.hazards.rainstorm).toMatchObject({ level: 'III', clause: '8.2.2(2)', route: 'forecast-area' });
  });

  it('reads standard input for -, and writes nothing anywhere', () => {
    const cwd = join(dir.path, 'empty');
    const result = runCli(['assess', '-'], {
      input: JSON.stringify(situation),
      cwd: dir.path,
      env: { NUANCHENG_DATA_DIR: cwd },
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).hazards.rainstorm.level).toBe('III');
    expect(existsSync(cwd)).toBe(false);
    expect(readdirSync(dir.path).sort()).toEqual(['situation.json']);
  });

  it('bad input exits 2 with one line naming the JSON path', () => {
    const bad = {
      ...situation,
      units: [...situation.units, { id: 'u9', areaKm2: 1 }, { id: 'u7', areaKm2: 1, forecast: { precipMm: 'lots' } }],
    };
    const result = runCli(['assess', '-'], { input: JSON.stringify(bad) });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('units[3].forecast.precipMm: expected a number\n');
  });

  it.each([
    [
      'a repeated unit id',
      { ...situation, units: [...situation.units, { id: 'u0', areaKm2: 3 }] },
      'units[2].id: repeated id "u0" (also units[0])',
    ],
    ['a date that does not parse', { ...situation, at: '20 July' }, 'at: not a valid ISO 8601 date and time'],
    [
      'a negative visibility',
      { ...situation, units: [{ id: 'a', areaKm2: 1, observed: { fogVisibilityM: -5 } }] },
      'units[0].observed.fogVisibilityM: must not be negative',
    ],
    [
      'an area too large to sum exactly (15.5)',
      { ...situation, units: [{ id: 'a', areaKm2: 1e10 }] },
      'units[0].areaKm2: must be at most 10000000 (km², the size of a country)',
    ],
    [
      'units whose areas add up beyond exact sums (15.5)',
      { ...situation, units: Array.from({ length: 901 }, (_, i) => ({ id: `u${i}`, areaKm2: 1e7 })) },
      "units: the units' areas add up to 9010000000 km², above the 9007199254 km² the grading sums exactly",
    ],
  ])('%s exits 2', (_, input, line) => {
    const result = runCli(['assess', '-'], { input: JSON.stringify(input) });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${line}\n`);
  });

  it('text that is not JSON, or a file that is not there, exits 2', () => {
    const notJson = runCli(['assess', '-'], { input: '{ "at": ' });
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/^standard input: not valid JSON: /);
    const missing = runCli(['assess', join(dir.path, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: cannot read it \(ENOENT\)/);
  });
});

import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { defaultPlansDir } from '../../catalog/plan-files.ts';

describe('nuancheng plan', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('plan check accepts the shipped plans', () => {
    for (const id of ['meteo-2024', 'air-2024', 'quality-2024']) {
      const result = runCli(['plan', 'check', `plans/${id}`]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^ok: ${id} version `));
    }
  });

  it('plan check refuses a broken file with exit 2 and file: path: reason', () => {
    const copy = join(dir.path, 'meteo-2024');
    cpSync(join(defaultPlansDir, 'meteo-2024'), copy, { recursive: true });
    writeFileSync(join(copy, 'meta.json'), JSON.stringify({ id: 'meteo-2024', kind: 'meteo' }));
    const result = runCli(['plan', 'check', join(copy, 'meta.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/meta\.json: version: /);
  });

  it('plan show prints a summary of the meteorological plan', () => {
    const result = runCli(['plan', 'show', 'meteo-2024']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/鄂府办发〔2024〕108号/);
    expect(result.stdout).toMatch(/sha256 [0-9a-f]{64}/);
  });

  it('plan show of an unknown plan exits 2 naming the known ones', () => {
    const result = runCli(['plan', 'show', 'nope-2024']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('no plan "nope-2024"; known: air-2024, meteo-2024, quality-2024');
  });
});

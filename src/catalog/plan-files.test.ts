import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanValidationError } from '../plans/validate.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import { checkPlanPath, defaultPlansDir, loadPlanFolder, PlanCatalog } from './plan-files.ts';

function refusal(load: () => unknown): PlanValidationError {
  try {
    load();
  } catch (error) {
    if (error instanceof PlanValidationError) return error;
    throw error;
  }
  throw new Error('the plan was accepted');
}

describe('the plans shipped in plans/', () => {
  it('all three load, each with its version and a content hash', () => {
    const catalog = PlanCatalog.load();
    expect(catalog.list().map((plan) => plan.id)).toEqual(['air-2024', 'meteo-2024', 'quality-2024']);
    for (const plan of catalog.list()) {
      expect(plan.version).toMatch(/\S/);
      expect(plan.contentHash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(catalog.meteo().plan.meta.documentNumber).toBe('鄂府办发〔2024〕108号');
    expect(catalog.air().plan.meta.documentNumber).toBe('鄂府发〔2024〕61号');
    expect(catalog.quality().plan.meta.documentNumber).toBe('鄂府发〔2024〕63号');
  });
});

describe('a broken plan is refused with file, path and reason', () => {
  let dir: { path: string; remove: () => void };
  let plan: string;
  beforeEach(() => {
    dir = tempDir();
    plan = join(dir.path, 'meteo-2024');
    cpSync(join(defaultPlansDir, 'meteo-2024'), plan, { recursive: true });
  });
  afterEach(() => dir.remove());

  function edit(file: string, change: (json: Record<string, unknown>) => void): void {
    const path = join(plan, file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    change(json);
    writeFileSync(path, JSON.stringify(json, null, 2));
  }

  it('a field of the wrong type', () => {
    edit('meta.json', (meta) => {
      meta.version = 2024;
    });
    const error = refusal(() => loadPlanFolder(plan));
    expect(error.file).toMatch(/meteo-2024\/meta\.json$/);
    expect(error.issues[0]).toMatchObject({ path: 'version' });
    expect(error.message).toMatch(/meta\.json: version: .*string/);
  });

  it('a missing field inside a section names the section file and the path in it', () => {
    edit('hazards.json', (section) => {
      delete (section.hazards as Array<Record<string, unknown>>)[1]!.clause;
    });
    const error = refusal(() => loadPlanFolder(plan));
    expect(error.file).toMatch(/meteo-2024\/hazards\.json$/);
    expect(error.issues[0]).toMatchObject({ path: 'hazards[1].clause' });
  });

  it('a missing section file', () => {
    rmSync(join(plan, 'grading.json'));
    const error = refusal(() => loadPlanFolder(plan));
    expect(error.file).toMatch(/grading\.json$/);
    expect(error.message).toMatch(/section file grading\.json is missing/);
  });

  it('a file that is not JSON', () => {
    writeFileSync(join(plan, 'levels.json'), '{ "I": ');
    const error = refusal(() => loadPlanFolder(plan));
    expect(error.file).toMatch(/levels\.json$/);
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('an unknown section is refused, not ignored', () => {
    writeFileSync(join(plan, 'extras.json'), '{}');
    const error = refusal(() => loadPlanFolder(plan));
    expect(error.message).toMatch(/extras/);
  });

  it('checking one section file validates it as part of its plan', () => {
    edit('meta.json', (meta) => {
      meta.issuedOn = '27 Nov 2024';
    });
    expect(() => checkPlanPath(join(plan, 'grading.json'))).toThrow(/meta\.json: issuedOn: a date as YYYY-MM-DD/);
  });

  it('nothing starts with a broken plan: the catalog refuses the whole set', () => {
    edit('meta.json', (meta) => {
      meta.id = 'meteo-2025';
    });
    expect(() => PlanCatalog.load(dir.path)).toThrow(/does not match its folder/);
  });
});

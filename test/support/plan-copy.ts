import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPlansDir, loadPlanFolder } from '../../src/catalog/plan-files.ts';
import { PlanValidationError } from '../../src/plans/validate.ts';
import { tempDir } from './temp-dir.ts';

/** A throw-away copy of a shipped plan folder, to break on purpose. */
export interface PlanCopy {
  dir: string;
  /** Rewrites one section file of the copy through `change`. */
  edit: <T>(file: string, change: (json: T) => void) => void;
  /** Loads the copy and returns the refusal; fails the test if the copy is accepted. */
  refusal: () => PlanValidationError;
  remove: () => void;
}

export function copyPlan(id: string): PlanCopy {
  const temp = tempDir();
  const dir = join(temp.path, id);
  cpSync(join(defaultPlansDir, id), dir, { recursive: true });
  return {
    dir,
    edit<T>(file: string, change: (json: T) => void): void {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, 'utf8')) as T;
      change(json);
      writeFileSync(path, JSON.stringify(json, null, 2));
    },
    refusal(): PlanValidationError {
      try {
        loadPlanFolder(dir);
      } catch (error) {
        if (error instanceof PlanValidationError) return error;
        throw error;
      }
      throw new Error(`the broken copy of ${id} was accepted`);
    },
    remove: temp.remove,
  };
}

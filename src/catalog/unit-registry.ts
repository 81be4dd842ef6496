import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { join, relative } from 'node:path';
import { UnitRegistry, UnitRegistryFile } from '../ledger/units.ts';
import { LedgerSettings } from '../ledger/settings.ts';
import { planUnitNames } from '../ledger/plan-measures.ts';
import type { LoadedPlan } from './plan-files.ts';
import { formatPath, PlanValidationError, type ValidationIssue } from '../plans/validate.ts';

/** The folder of plans/ that holds city-wide registries rather than a plan. */
export const unitRegistryFolder = 'city';

/**
 * Reads plans/city/units.json, validates it, and checks it against the plans: every department a plan names
 * must resolve, and each meteo member unit keep its id (liaisons are bound to it). Refused as
 * `file: path: reason`, like a plan.
 */
function readCityFile<S extends z.ZodType>(
  plansDir: string,
  name: string,
  schema: S,
): { data: z.infer<S>; shown: string } {
  const file = join(plansDir, unitRegistryFolder, name);
  const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
  if (!existsSync(file)) throw new PlanValidationError(shown, [{ path: '', message: `${name} is missing` }]);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PlanValidationError(shown, [
      { path: '', message: `not valid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}` },
    ]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new PlanValidationError(
      shown,
      parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  return { data: parsed.data, shown };
}

/** plans/city/ledger.json: the ledger's warning period and reminder delays. */
export function loadLedgerSettings(plansDir: string): LedgerSettings {
  return readCityFile(plansDir, 'ledger.json', LedgerSettings).data;
}

export function loadUnitRegistry(plansDir: string, plans: LoadedPlan[]): UnitRegistry {
  const { data, shown } = readCityFile(plansDir, 'units.json', UnitRegistryFile);
  const parsed = { data };
  const registry = new UnitRegistry(parsed.data);
  const issues: ValidationIssue[] = [];
  for (const loaded of plans) {
    for (const { name, where } of planUnitNames(loaded)) {
      if (!registry.tryResolve(name))
        issues.push({ path: 'units', message: `${loaded.id} ${where} names "${name}", which the registry lacks` });
    }
    if (loaded.kind === 'meteo') {
      for (const member of (loaded as LoadedPlan<import('../plans/registry.ts').MeteoPlan>).plan.command.memberUnits) {
        const unit = registry.tryResolve(member.name);
        if (unit && unit.id !== member.id)
          issues.push({
            path: 'units',
            message: `"${member.name}" has id "${member.id}" in ${loaded.id}, "${unit.id}" here`,
          });
      }
    }
  }
  for (const coordinator of parsed.data.coordinators) {
    if (!plans.some((plan) => plan.id === coordinator.planId))
      issues.push({ path: 'coordinators', message: `no plan "${coordinator.planId}" is loaded` });
  }
  if (issues.length > 0) throw new PlanValidationError(shown, issues);
  return registry;
}

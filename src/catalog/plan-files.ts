import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanMeta } from '../plans/common.schema.ts';
import { formatPath, PlanValidationError } from '../plans/validate.ts';
import { UnitRegistry } from '../ledger/units.ts';
import { loadLedgerSettings, loadUnitRegistry, unitRegistryFolder } from './unit-registry.ts';
import type { LedgerSettings } from '../ledger/settings.ts';
import {
  planSchemas,
  type AirPlan,
  type AnyPlan,
  type MeteoPlan,
  type PlanKind,
  type QualityPlan,
} from '../plans/registry.ts';

export const defaultPlansDir = fileURLToPath(new URL('../../plans/', import.meta.url));

/** A validated plan with what a decision needs to cite it. */
export interface LoadedPlan<P extends AnyPlan = AnyPlan> {
  id: string;
  kind: PlanKind;
  version: string;
  /** sha256 of the plan's files, so a decision can prove which text produced it. */
  contentHash: string;
  plan: P;
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PlanValidationError(display(file), [
      // V8 quotes the text around the error, line breaks and all; one problem stays one line.
      { path: '', message: `not valid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}` },
    ]);
  }
}

/**
 * Reads a plan folder: `meta.json` plus one JSON file per section, each file's name being the section's key.
 * A plan that fails its schema is refused with the file, the path inside it and the reason.
 */
export function loadPlanFolder(dir: string): LoadedPlan {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PlanValidationError(display(dir), [{ path: '', message: 'not a plan folder' }]);
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const raw: Record<string, unknown> = {};
  const hash = createHash('sha256');
  for (const name of files) {
    const file = join(dir, name);
    raw[basename(name, '.json')] = readJson(file);
    hash.update(name).update('\0').update(readFileSync(file)).update('\0');
  }
  return validatePlan(raw, dir, hash.digest('hex'));
}

function validatePlan(raw: Record<string, unknown>, dir: string, contentHash: string): LoadedPlan {
  const metaFile = join(dir, 'meta.json');
  const meta = PlanMeta.safeParse(raw.meta);
  if (!meta.success) {
    const issue = meta.error.issues[0];
    throw new PlanValidationError(display(metaFile), [
      {
        path: issue ? formatPath(issue.path) : '',
        message: raw.meta === undefined ? 'meta.json is missing' : (issue?.message ?? 'invalid'),
      },
    ]);
  }
  const schema = planSchemas[meta.data.kind];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const [section, ...rest] = issue.path;
      const known = typeof section === 'string' && section in raw;
      return {
        file: display(section === undefined ? dir : join(dir, `${String(section)}.json`)),
        path: formatPath(rest),
        message: section !== undefined && !known ? `section file ${String(section)}.json is missing` : issue.message,
      };
    });
    const first = issues[0]!;
    throw new PlanValidationError(
      first.file,
      issues.map(({ path, message }) => ({ path, message })),
    );
  }
  return {
    id: meta.data.id,
    kind: meta.data.kind,
    version: meta.data.version,
    contentHash,
    plan: parsed.data as AnyPlan,
  };
}

/**
 * Checks one plan folder, or one section file inside a plan folder (validated as part of its plan, with the
 * other sections read from beside it).
 */
export function checkPlanPath(path: string): LoadedPlan {
  if (existsSync(path) && statSync(path).isFile()) return loadPlanFolder(dirname(path));
  return loadPlanFolder(path);
}

/** Every plan of the product, loaded and validated once at start. */
export class PlanCatalog {
  private constructor(
    private readonly plans: Map<string, LoadedPlan>,
    private readonly registry: UnitRegistry,
    private readonly settings: LedgerSettings,
  ) {}

  static load(plansDir: string = defaultPlansDir): PlanCatalog {
    const folders = readdirSync(plansDir)
      .filter((name) => name !== unitRegistryFolder && statSync(join(plansDir, name)).isDirectory())
      .sort();
    const plans = new Map<string, LoadedPlan>();
    for (const folder of folders) {
      const loaded = loadPlanFolder(join(plansDir, folder));
      if (loaded.id !== folder) {
        throw new PlanValidationError(display(join(plansDir, folder, 'meta.json')), [
          { path: 'id', message: `plan id "${loaded.id}" does not match its folder "${folder}"` },
        ]);
      }
      plans.set(loaded.id, loaded);
    }
    return new PlanCatalog(plans, loadUnitRegistry(plansDir, [...plans.values()]), loadLedgerSettings(plansDir));
  }

  /** The city unit registry (plans/city/units.json): unit names, short forms, each ledger's coordinator. */
  units(): UnitRegistry {
    return this.registry;
  }

  /** The ledger's settings (plans/city/ledger.json): warning period, reminder and escalation delays. */
  ledgerSettings(): LedgerSettings {
    return this.settings;
  }

  list(): LoadedPlan[] {
    return [...this.plans.values()];
  }

  get(id: string): LoadedPlan | undefined {
    return this.plans.get(id);
  }

  private latest<P extends AnyPlan>(kind: PlanKind): LoadedPlan<P> {
    const candidates = this.list().filter((plan) => plan.kind === kind);
    const newest = candidates.sort((a, b) => a.id.localeCompare(b.id)).at(-1);
    if (!newest) throw new Error(`no ${kind} plan is loaded`);
    return newest as LoadedPlan<P>;
  }

  meteo(): LoadedPlan<MeteoPlan> {
    return this.latest<MeteoPlan>('meteo');
  }

  air(): LoadedPlan<AirPlan> {
    return this.latest<AirPlan>('air');
  }

  quality(): LoadedPlan<QualityPlan> {
    return this.latest<QualityPlan>('quality');
  }
}

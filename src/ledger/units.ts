import { z } from 'zod';
import { Role } from '../access/roles.ts';

/**
 * The city unit registry (plans/city/units.json): every department the plans name, by its full name, with the
 * short forms offices write, and the unit that coordinates each plan's ledger. Names resolve to units here
 * only: an unknown name is an error, never a new unit.
 */
const UnitId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a unit id in kebab-case');

const CityUnit = z
  .object({
    id: UnitId,
    name: z.string().min(2),
    aliases: z.array(z.string().min(2)).default([]),
  })
  .strict();
export type CityUnit = z.infer<typeof CityUnit>;

const Coordinator = z
  .object({
    planId: z.string().regex(/^[a-z]+-\d{4}$/, 'a plan id looks like "quality-2024"'),
    /** The coordinating unit's full name. */
    unit: z.string().min(2),
    clause: z.string().min(1).optional(),
    text: z.string().min(1),
    /** Roles whose holders act for the coordinating unit besides its liaison (the command's duty officers). */
    roles: z.array(Role).default([]),
  })
  .strict();
export type LedgerCoordinator = z.infer<typeof Coordinator>;

export const UnitRegistryFile = z
  .object({
    version: z.string().min(1),
    title: z.string().min(1),
    source: z.string().min(1),
    units: z.array(CityUnit).min(1),
    coordinators: z.array(Coordinator),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const names = new Map<string, string>();
    file.units.forEach((unit, index) => {
      if (ids.has(unit.id))
        ctx.addIssue({ code: 'custom', path: ['units', index, 'id'], message: `unit id "${unit.id}" is used twice` });
      ids.add(unit.id);
      [unit.name, ...unit.aliases].forEach((name, n) => {
        const owner = names.get(name);
        if (owner !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['units', index, n === 0 ? 'name' : 'aliases'],
            message: `"${name}" already names ${owner}`,
          });
        names.set(name, unit.name);
      });
    });
    file.coordinators.forEach((coordinator, index) => {
      if (!file.units.some((unit) => unit.name === coordinator.unit))
        ctx.addIssue({
          code: 'custom',
          path: ['coordinators', index, 'unit'],
          message: `"${coordinator.unit}" is not the full name of a unit of the registry`,
        });
    });
  });
export type UnitRegistryFile = z.infer<typeof UnitRegistryFile>;

/** A name the registry does not hold. */
export class UnknownUnitError extends Error {
  constructor(readonly unitName: string) {
    super(`unknown unit "${unitName}"`);
    this.name = 'UnknownUnitError';
  }
}

/** The registry as the core reads it: name resolution and each plan's coordinator. */
export class UnitRegistry {
  private readonly byName = new Map<string, CityUnit>();
  private readonly byId = new Map<string, CityUnit>();

  constructor(readonly file: UnitRegistryFile) {
    for (const unit of file.units) {
      this.byId.set(unit.id, unit);
      for (const name of [unit.name, ...unit.aliases]) this.byName.set(name, unit);
    }
  }

  get version(): string {
    return this.file.version;
  }

  units(): CityUnit[] {
    return this.file.units;
  }

  /** The unit a full name or short form names (spaces inside the name ignored, as cells often carry them). */
  resolve(name: string): CityUnit {
    const unit = this.byName.get(name.replace(/\s+/g, ''));
    if (!unit) throw new UnknownUnitError(name.trim());
    return unit;
  }

  tryResolve(name: string): CityUnit | undefined {
    return this.byName.get(name.replace(/\s+/g, ''));
  }

  byUnitId(id: string): CityUnit | undefined {
    return this.byId.get(id);
  }

  coordinatorOf(planId: string): { unit: CityUnit; coordinator: LedgerCoordinator } | undefined {
    const coordinator = this.file.coordinators.find((entry) => entry.planId === planId);
    return coordinator && { unit: this.resolve(coordinator.unit), coordinator };
  }
}

/** Splits a 牵头单位 / 配合单位 cell: 、 ， , ; ； and line breaks separate names; blanks are dropped. */
export function splitUnitNames(cell: string): string[] {
  return cell
    .split(/[、，,;；\r\n]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

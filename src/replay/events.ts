import type { Role } from '../access/roles.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';

/** One line of `report.json` (contracts/replay.md). */
export type ReplayEvent =
  | {
      at: string;
      kind: 'warning.issued' | 'warning.updated' | 'warning.cancelled';
      hazard: HazardKey;
      level: Level;
      cap: string;
      identifier: string;
      /** CAP references (sender,identifier,sent) of an update or cancellation. */
      references?: string;
      areas: string[];
      /** 3.3.2: whom an issued or updated warning of this level is reported to at once (第一时间). */
      firstReport?: { to: string[]; clause: string };
    }
  | {
      at: string;
      kind: 'response.activated' | 'response.upgraded' | 'response.downgraded' | 'response.terminated';
      level: Level | null;
      from: Level | null;
      hazards: HazardKey[];
      signedBy: Role;
      notified?: string[];
    }
  | { at: string; kind: 'report.due'; due: string; to: string[]; clause: string };

export interface ReplayReport {
  name: string;
  events: ReplayEvent[];
}

import type { Level } from '../../plans/common.schema.ts';

/**
 * What the warnings read of one hazard's grading (contracts/assess.md): its level and status, and for each
 * route of that level whether it held and which units met it. The grading's result has this shape.
 */
export interface GradedHazard {
  level: Level | null;
  status: 'graded' | 'insufficient-data';
  clause: string;
  route?: string;
  evidence: ReadonlyArray<{
    level: Level;
    clause: string;
    route: string;
    holds: boolean;
    met: { count: number; ids: readonly string[] };
  }>;
}

import type { Actor } from '../access/roles.ts';
import type { UpdateReason, WarningDecision } from '../alerts/warnings/lifecycle.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { openWarnings, warningById } from '../store/warnings.repository.ts';
import type { CommittedWarningMessage } from './warning-events.ts';
import { commitManual, type WarningsContext } from './warnings.service.ts';

export type ManualWarningRequest =
  | { action: 'issue'; hazard: HazardKey; level: Level; areaCodes?: string[]; expires?: string; majorImpact?: boolean }
  | {
      action: 'update';
      warningId: string;
      level?: Level;
      areaCodes?: string[];
      expires?: string;
      majorImpact?: boolean;
    }
  | { action: 'cancel'; warningId: string };

/** The 8.2 clause of a level the plan defines for the hazard; a level it does not define cannot be warned of. */
function levelClause(ctx: WarningsContext, hazard: HazardKey, level: Level): string {
  const rule = ctx.meteo.plan.grading.hazards.find((entry) => entry.hazard === hazard);
  const entry = rule?.levels.find((candidate) => candidate.level === level);
  if (!rule || !entry) {
    const defined = rule?.levels.map((l) => l.level).join(', ') ?? 'none';
    throw new WorkflowError(
      'invalid',
      'level_not_defined',
      `the plan defines no level ${level} for ${hazard} (defined: ${defined})`,
      rule?.clause ?? '8.2',
      'level',
    );
  }
  return entry.clause;
}

function checkedArea(ctx: WarningsContext, codes: readonly string[] | undefined): string[] {
  const all = ctx.geography.divisions.map((division) => division.code);
  if (codes === undefined) return all;
  codes.forEach((code, index) => {
    if (!all.includes(code))
      throw new WorkflowError(
        'invalid',
        'unknown_division',
        `"${code}" is not a division of ${ctx.geography.cityName} (GB/T 2260: ${all.join(', ')})`,
        null,
        `areaCodes[${index}]`,
      );
  });
  if (codes.length === 0)
    throw new WorkflowError(
      'invalid',
      'empty_area',
      'name at least one division, or leave areaCodes out for the whole city',
      '3.3.3',
      'areaCodes',
    );
  return all.filter((code) => codes.includes(code));
}

function checkedExpiry(ctx: WarningsContext, expires: string | undefined): Date | undefined {
  if (expires === undefined) return undefined;
  const at = new Date(expires);
  if (Number.isNaN(at.getTime()))
    throw new WorkflowError('invalid', 'bad_time', `"${expires}" is not an ISO 8601 time`, null, 'expires');
  if (at.getTime() <= ctx.now().getTime())
    throw new WorkflowError('invalid', 'expires_in_past', 'a warning must end after it is sent', '3.3.3', 'expires');
  return at;
}

/**
 * A duty officer's own issue, update or cancellation (3.3.2: the command issues warnings after consultation).
 * The same rules as the grading's: a level the plan defines, divisions of the city, one warning per hazard;
 * an update must change something (3.3.3 "内容或级别变更").
 */
export async function actOnWarning(
  ctx: WarningsContext,
  actor: Actor,
  request: ManualWarningRequest,
): Promise<CommittedWarningMessage> {
  const expires = 'expires' in request ? checkedExpiry(ctx, request.expires) : undefined;
  const majorImpact = 'majorImpact' in request && request.majorImpact === true;
  const options = {
    status: 'Actual' as const,
    actor,
    ...(expires ? { expires } : {}),
    ...(majorImpact ? { majorImpact } : {}),
  };
  return commitManual(ctx, options, async (trx): Promise<WarningDecision> => {
    if (request.action === 'issue') {
      const clause = levelClause(ctx, request.hazard, request.level);
      const areaCodes = checkedArea(ctx, request.areaCodes);
      const open = (await openWarnings(trx, 'Actual')).find((warning) => warning.hazard === request.hazard);
      if (open)
        throw new WorkflowError(
          'conflict',
          'warning_in_force',
          `a ${request.hazard} warning is in force (${open.warningId}): update or cancel it`,
          '3.3.3',
        );
      return {
        kind: 'issue',
        hazard: request.hazard,
        level: request.level,
        areaCodes,
        wholeCity: areaCodes.length === ctx.geography.divisions.length,
        clause,
      };
    }
    const record = await warningById(trx, request.warningId);
    if (!record || record.status !== 'Actual')
      throw new WorkflowError('not-found', 'warning_not_found', `no warning ${request.warningId}`);
    if (record.state !== 'active')
      throw new WorkflowError('conflict', 'warning_cancelled', 'this warning was cancelled; issue a new one', '3.3.3');
    const warning = {
      warningId: record.id,
      hazard: record.hazard,
      level: record.level,
      areaCodes: record.areaCodes,
      expires: record.expires,
    };
    if (request.action === 'cancel')
      return { kind: 'cancel', warning, hazard: record.hazard, clause: record.latest.clause };
    const level = request.level ?? record.level;
    const areaCodes = request.areaCodes ? checkedArea(ctx, request.areaCodes) : record.areaCodes;
    const reasons: UpdateReason[] = [];
    if (level !== record.level) reasons.push('level');
    if (areaCodes.join() !== record.areaCodes.join()) reasons.push('area');
    if (expires) reasons.push('validity');
    if (reasons.length === 0)
      throw new WorkflowError('conflict', 'no_change', 'the update changes neither level, area nor validity', '3.3.3');
    const clause = level === record.level ? record.latest.clause : levelClause(ctx, record.hazard, level);
    return {
      kind: 'update',
      warning,
      hazard: record.hazard,
      level,
      areaCodes,
      wholeCity: areaCodes.length === ctx.geography.divisions.length,
      clause,
      reasons,
    };
  });
}

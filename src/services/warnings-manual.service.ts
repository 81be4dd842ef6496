import type { Principal } from '../access/principal.ts';
import type { UpdateReason, WarningDecision } from '../alerts/warnings/lifecycle.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import { openWarnings, warningById } from '../store/warnings.repository.ts';
import type { ServiceContext } from './context.ts';
import type { CommittedWarningMessage } from './events.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { commitManual, type WarningOptions } from './warnings.service.ts';

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
export function levelClause(ctx: ServiceContext, hazard: HazardKey, level: Level): string {
  const rule = ctx.plans.meteo().plan.grading.hazards.find((entry) => entry.hazard === hazard);
  const entry = rule?.levels.find((candidate) => candidate.level === level);
  if (!rule || !entry) {
    const defined = rule?.levels.map((l) => l.level).join(', ') ?? 'none';
    throw new WorkflowError(
      'invalid',
      'level_not_defined',
      `预案未规定${hazard}的${level}级(已规定:${defined})`,
      rule?.clause ?? '8.2',
      'level',
    );
  }
  return entry.clause;
}

export function checkedArea(ctx: ServiceContext, codes: readonly string[] | undefined): string[] {
  const all = ctx.geography.divisions.map((division) => division.code);
  if (codes === undefined) return all;
  codes.forEach((code, index) => {
    if (!all.includes(code))
      throw new WorkflowError(
        'invalid',
        'unknown_division',
        `「${code}」不是${ctx.geography.cityName}的行政区划(GB/T 2260:${all.join('、')})`,
        null,
        `areaCodes[${index}]`,
      );
  });
  if (codes.length === 0)
    throw new WorkflowError(
      'invalid',
      'empty_area',
      '请至少指定一个行政区划,或不填 areaCodes 表示全市',
      '3.3.3',
      'areaCodes',
    );
  return all.filter((code) => codes.includes(code));
}

export function checkedExpiry(ctx: ServiceContext, expires: string | undefined): Date | undefined {
  if (expires === undefined) return undefined;
  const at = new Date(expires);
  if (Number.isNaN(at.getTime()))
    throw new WorkflowError('invalid', 'bad_time', `「${expires}」不是 ISO 8601 时间`, null, 'expires');
  if (at.getTime() <= ctx.clock().getTime())
    throw new WorkflowError('invalid', 'expires_in_past', '预警的结束时间必须晚于发布时间', '3.3.3', 'expires');
  return at;
}

/**
 * A duty officer's own issue, update or cancellation (3.3.2: the command issues warnings after consultation).
 * The same rules as the grading's: a level the plan defines, divisions of the city, one warning per hazard;
 * an update must change something (3.3.3 "内容或级别变更").
 */
export async function actOnWarning(
  ctx: ServiceContext,
  principal: Principal,
  request: ManualWarningRequest,
): Promise<CommittedWarningMessage> {
  return commitManual(ctx, principal, manualOptions(ctx, request), (trx) => manualDecision(ctx, trx, request));
}

/** The options of a person's warning: a real one (Actual), with the end and the major impact they chose. */
export function manualOptions(ctx: ServiceContext, request: ManualWarningRequest): WarningOptions {
  const expires = 'expires' in request ? checkedExpiry(ctx, request.expires) : undefined;
  const majorImpact = 'majorImpact' in request && request.majorImpact === true;
  return {
    status: 'Actual' as const,
    ...(expires ? { expires } : {}),
    ...(majorImpact ? { majorImpact } : {}),
  };
}

/** What a person's request decides, checked against the plan and the warnings in force (read in `trx`). */
export async function manualDecision(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  request: ManualWarningRequest,
): Promise<WarningDecision> {
  const expires = 'expires' in request ? checkedExpiry(ctx, request.expires) : undefined;
  if (request.action === 'issue') {
    const clause = levelClause(ctx, request.hazard, request.level);
    const areaCodes = checkedArea(ctx, request.areaCodes);
    const open = (await openWarnings(trx, 'Actual')).find((warning) => warning.hazard === request.hazard);
    if (open)
      throw new WorkflowError(
        'conflict',
        'warning_in_force',
        `${request.hazard} 预警正在生效(${open.warningId}):请更新或解除它`,
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
    throw new WorkflowError('not-found', 'warning_not_found', `没有编号为 ${request.warningId} 的预警`);
  if (record.state !== 'active')
    throw new WorkflowError('conflict', 'warning_cancelled', '这条预警已解除;请发布新的预警', '3.3.3');
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
    throw new WorkflowError('conflict', 'no_change', '这次更新没有改变级别、范围或时效', '3.3.3');
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
}

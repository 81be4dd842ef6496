import { epochDay, isoDateToEpochDay } from '../air/calendar.ts';
import { regionRisks, type RiskRule } from '../air/evaluation/index.ts';
import { systemPrincipal } from '../access/principal.ts';
import { enqueueNotice, type Notice } from '../messaging/notices.ts';
import { latestStoredDate } from '../store/air-hourly.repository.ts';
import { listTargetRisks, recordTargetRisk, type AirTargetRiskRecord } from '../store/air-risks.repository.ts';
import { planRegions, regionDaysUntil } from './air-reads.ts';
import type { ServiceContext } from './context.ts';
import { change } from './use-case.ts';

const statusZh = { 'at-risk': '存在风险', lost: '已无法实现' } as const;

export interface NoticedRisk extends AirTargetRiskRecord {
  /** The endpoints the notice was queued for (none configured: the audit entry and the record remain). */
  endpoints: string[];
}

/**
 * Tracks the year's targets on the stored data (up to the last stored day) and, for each target that has newly
 * turned at risk or lost, records it, queues one notice to the ecology bureau through the outbox (endpoints with
 * `notices: ["air-target-risk"]`) and audits it as the system, in one transaction. A state is noticed once a
 * year per region and target, whichever server finds it and however often.
 */
export async function watchAirTargets(ctx: ServiceContext, year: number, rule: RiskRule): Promise<NoticedRisk[]> {
  const db = ctx.store.db;
  const plan = ctx.plans.air().plan;
  const asOf = await latestStoredDate(db, year);
  if (asOf === null) return [];
  const days = await regionDaysUntil(db, plan, year, asOf);
  const cut = isoDateToEpochDay(asOf) - epochDay(year, 1, 1);
  const turned = regionRisks(days, planRegions(plan), plan.targets.targets, cut, rule).filter(
    (found) => found.regionId !== null && (found.risk.status === 'at-risk' || found.risk.status === 'lost'),
  );
  if (turned.length === 0) return [];
  const air = ctx.plans.air();
  return change(ctx, systemPrincipal('air-watch'), 'air.targets.watch', async ({ trx, at, audit }) => {
    const noticed: NoticedRisk[] = [];
    for (const { regionId, regionName, tracking, risk } of turned) {
      const status = risk.status as keyof typeof statusZh;
      const record = {
        year,
        region: regionId!,
        targetId: tracking.id,
        status,
        asOf,
        reason: risk.reasonZh,
        noticedAt: at.toISOString(),
      };
      if (!(await recordTargetRisk(trx, record))) continue;
      const notice: Notice = {
        kind: 'air-target-risk',
        key: `air-target-risk:${year}:${record.region}:${record.targetId}:${status}`,
        subjectZh: `【空气质量目标预警】${regionName}${year}年「${tracking.target}」${statusZh[status]}`,
        textZh: `${regionName}${year}年「${tracking.target}」(${tracking.clause})截至 ${asOf}${statusZh[status]}:${risk.reasonZh}。`,
        data: { year, region: record.region, target: tracking, status, asOf, planVersion: air.version },
      };
      const endpoints = await enqueueNotice(trx, notice, at);
      await audit({
        action: `air.target.${status}`,
        subjectType: 'air-target',
        subjectId: `${year}/${record.region}/${record.targetId}`,
        payload: {
          status,
          reason: risk.reasonZh,
          asOf,
          endpoints,
          clause: tracking.clause,
          planVersion: air.version,
          planHash: air.contentHash,
        },
      });
      noticed.push({ ...record, endpoints });
    }
    return noticed;
  });
}

/** The targets' states noticed in a year, oldest first. */
export function noticedTargetRisks(ctx: ServiceContext, year: number): Promise<AirTargetRiskRecord[]> {
  return listTargetRisks(ctx.store.db, year);
}

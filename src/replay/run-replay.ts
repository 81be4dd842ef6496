import type { Actor, Role } from '../access/roles.ts';
import type { CapSigner } from '../alerts/cap/signature.ts';
import { formatCapDateTime } from '../alerts/cap/datetime.ts';
import { firstReportRoute } from '../alerts/dissemination/routing.ts';
import type { LoadedPlan } from '../catalog/plan-files.ts';
import type { Geography } from '../geo/types.ts';
import type { Level } from '../plans/common.schema.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import type { OrderKind } from '../plans/meteo/response.schema.ts';
import { requiredSigner } from '../response/orders.ts';
import { propose, signOrder } from '../services/response-orders.service.ts';
import { applyGrading } from '../services/warnings.service.ts';
import type { Store } from '../store/database.ts';
import { saveAssessment } from '../store/assessments.repository.ts';
import { activeResponse } from '../store/response.repository.ts';
import { openWarnings } from '../store/warnings.repository.ts';
import { assessSituation } from '../weather/grading/assess.ts';
import type { ReplayEvent, ReplayReport } from './events.ts';
import { responseTarget } from './response-target.ts';
import type { Scenario } from './scenario.ts';

export interface ReplaySetting {
  store: Store;
  meteo: LoadedPlan<MeteoPlan>;
  geography: Geography;
  /** Signs the drill's CAP messages as real ones would be (null: unsigned). */
  capSigner: CapSigner | null;
}

export interface ReplayResult {
  report: ReplayReport;
  /** The CAP files, named as `report.json` cites them (`cap/0001.xml` …). */
  capFiles: Array<{ path: string; xml: string }>;
}

/** The people of the exercise: whoever the plan names signs, as that role (演练, plan 7.1). */
function drillActor(role: Role): Actor {
  return { id: `replay-${role}`, username: 'replay', displayName: `演练:${role}`, role, unitId: null };
}

const responseKind: Record<
  OrderKind,
  'response.activated' | 'response.upgraded' | 'response.downgraded' | 'response.terminated'
> = {
  activate: 'response.activated',
  upgrade: 'response.upgraded',
  downgrade: 'response.downgraded',
  terminate: 'response.terminated',
};
const warningKind = { Alert: 'warning.issued', Update: 'warning.updated', Cancel: 'warning.cancelled' } as const;

/**
 * Runs a scenario through the whole plan on its own clock: each step is graded, its warnings issued, updated or
 * cancelled as exercises, and a change of the overall level proposed by the system and signed by the role 4.3/4.8
 * names, which notifies member units and opens the 4.8 report. Nothing is sent: exercise warnings queue nothing.
 */
export async function runReplay(scenario: Scenario, setting: ReplaySetting): Promise<ReplayResult> {
  const { store, meteo, geography, capSigner } = setting;
  const plan = meteo.plan;
  let clock = new Date(0);
  const now = () => clock;
  const events: ReplayEvent[] = [];
  const capFiles: ReplayResult['capFiles'] = [];
  const firstReportOf = (level: Level) => {
    const route = firstReportRoute(level, plan);
    return { to: route.to, clause: route.clause };
  };
  const unitOrder = new Map(plan.command.memberUnits.map((unit, index) => [unit.name, index]));

  for (const step of scenario.steps) {
    clock = step.at;
    const at = formatCapDateTime(step.at);
    const assessment = assessSituation(step.situation, plan);
    // Kept like any assessment, so the proposal it leads to cites it.
    const saved = await saveAssessment(store.db, {
      input: step.situation,
      result: assessment,
      plan: { id: meteo.id, version: meteo.version, contentHash: meteo.contentHash },
      createdBy: 'replay',
      now: step.at,
    });
    const messages = await applyGrading({ db: store.db, meteo, geography, now, capSigner }, assessment.hazards, {
      status: 'Exercise',
      actor: 'system',
      note: `演练:${scenario.name}`,
    });
    for (const message of messages) {
      const path = `cap/${String(capFiles.length + 1).padStart(4, '0')}.xml`;
      capFiles.push({ path, xml: message.capXml });
      events.push({
        at,
        kind: warningKind[message.msgType],
        hazard: message.hazard,
        level: message.level,
        cap: path,
        identifier: message.identifier,
        ...(message.references ? { references: message.references } : {}),
        areas: message.areaCodes,
        ...(message.msgType === 'Cancel' ? {} : { firstReport: firstReportOf(message.level) }),
      });
    }

    const current = await activeResponse(store.db);
    const from: Level | null = current?.level ?? null;
    const target = responseTarget(plan, assessment, await openWarnings(store.db, 'Exercise'));
    const to = target.level;
    if (from === to) continue;
    const hazards = target.hazards;
    const gradingClauses = hazards.map((hazard) => assessment.hazards[hazard].clause);
    const workflow = { db: store.db, meteo, now };
    const { proposal } = await propose(workflow, 'system', {
      targetLevel: to,
      hazards,
      basis: { source: 'grading', assessmentId: saved.id, gradingClauses },
    });
    const signer = requiredSigner(plan, proposal.orderKind, from, to);
    const { order, response } = await signOrder(workflow, proposal.id, drillActor(signer.role));
    const notified =
      proposal.orderKind === 'activate' || proposal.orderKind === 'upgrade'
        ? (await store.db.selectFrom('unit_tasks').select('unit_name').where('order_id', '=', order.id).execute())
            .map((task) => task.unit_name)
            .sort((a, b) => (unitOrder.get(a) ?? 0) - (unitOrder.get(b) ?? 0))
        : undefined;
    events.push({
      at,
      kind: responseKind[proposal.orderKind],
      level: to,
      from,
      hazards: response.hazards,
      signedBy: signer.role,
      ...(notified ? { notified } : {}),
    });
    const reports = await store.db
      .selectFrom('report_obligations')
      .selectAll()
      .where('order_id', '=', order.id)
      .where('kind', '=', 'lowering-report')
      .execute();
    for (const report of reports) {
      events.push({
        at,
        kind: 'report.due',
        due: formatCapDateTime(new Date(report.due_at!)),
        to: JSON.parse(report.to_bodies) as string[],
        clause: report.clause,
      });
    }
  }
  return { report: { name: scenario.name, events }, capFiles };
}

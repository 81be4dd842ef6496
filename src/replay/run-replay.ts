import { systemPrincipal, userPrincipal, type Principal } from '../access/principal.ts';
import { recordDrill } from '../services/ledger-drills.service.ts';
import type { Role } from '../access/roles.ts';
import { formatCapDateTime } from '../alerts/cap/datetime.ts';
import { firstReportRoute } from '../alerts/dissemination/routing.ts';
import type { Level } from '../plans/common.schema.ts';
import type { OrderKind } from '../plans/meteo/response.schema.ts';
import { requiredSigner } from '../response/orders.ts';
import { gradeSituation } from '../services/assessments.service.ts';
import type { ServiceContext } from '../services/context.ts';
import { signOrder } from '../services/response-orders.service.ts';
import type { ReplayEvent, ReplayReport } from './events.ts';
import type { Scenario } from './scenario.ts';

export interface ReplayResult {
  report: ReplayReport;
  /** The CAP files, named as `report.json` cites them (`cap/0001.xml` …). */
  capFiles: Array<{ path: string; xml: string }>;
}

/** The people of the exercise: whoever the plan names signs, as that role (演练, plan 7.1). */
function drillSigner(role: Role): Principal {
  return userPrincipal({ id: `replay-${role}`, username: 'replay', displayName: `演练:${role}`, role, unitId: null });
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
export async function runReplay(
  scenario: Scenario,
  ctx: ServiceContext,
  setClock: (at: Date) => void,
): Promise<ReplayResult> {
  const plan = ctx.plans.meteo().plan;
  const drill = systemPrincipal('replay');
  const events: ReplayEvent[] = [];
  const capFiles: ReplayResult['capFiles'] = [];
  const firstReportOf = (level: Level) => {
    const route = firstReportRoute(level, plan);
    return { to: route.to, clause: route.clause };
  };
  const unitOrder = new Map(plan.command.memberUnits.map((unit, index) => [unit.id, index]));
  for (const step of scenario.steps) {
    setClock(step.at);
    const at = formatCapDateTime(step.at);
    // The same grading as POST /api/assessments; in a drill it also issues the exercise warnings itself.
    const graded = await gradeSituation(ctx, drill, step.situation, { exercise: { note: `演练:${scenario.name}` } });
    for (const message of graded.exerciseMessages) {
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
    if (!graded.proposal) continue;
    const { proposal } = graded.proposal;
    const signer = requiredSigner(plan, proposal.orderKind, proposal.fromLevel, proposal.toLevel);
    const { tasks, obligations, response } = await signOrder(ctx, drillSigner(signer.role), proposal.id);
    const notified =
      proposal.orderKind === 'activate' || proposal.orderKind === 'upgrade'
        ? [...tasks]
            .sort((a, b) => (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0))
            .map((task) => task.unitName)
        : undefined;
    events.push({
      at,
      kind: responseKind[proposal.orderKind],
      level: proposal.toLevel,
      from: proposal.fromLevel,
      hazards: response.hazards,
      signedBy: signer.role,
      ...(notified ? { notified } : {}),
    });
    for (const report of obligations.filter((obligation) => obligation.kind === 'lowering-report')) {
      events.push({
        at,
        kind: 'report.due',
        due: formatCapDateTime(new Date(report.dueAt!)),
        to: report.to,
        clause: report.clause,
      });
    }
  }
  // 7.1: the drill is recorded in the meteo ledger of its year, on the drill's clock.
  const last = scenario.steps.at(-1);
  if (last)
    await recordDrill(ctx, drill, {
      name: scenario.name,
      at: last.at,
      events: events.length,
      warnings: capFiles.length,
    });
  return { report: { name: scenario.name, events }, capFiles };
}

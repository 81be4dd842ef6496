import { randomUUID } from 'node:crypto';
import type { Principal } from '../access/principal.ts';
import { listOrder, numberOrder } from '../ledger/numbers.ts';
import { shanghaiDate } from '../ledger/lights.ts';
import { appendLedgerEvent, ledgerTaskByNumber } from '../store/ledger.repository.ts';
import type { ServiceContext } from './context.ts';
import { ledgerMeasures } from './ledger-parties.ts';
import { seededNumber } from './ledger-seed.service.ts';
import { upsertLedgerTask } from './ledger.service.ts';
import { change } from './use-case.ts';

/** The meteo plan's drill duty (7.1 预案演练): its clause is read from the plan, not written here. */
function drillDuty(ctx: ServiceContext) {
  const clause = ctx.plans.meteo().plan.response.drills.clause;
  const measure = ledgerMeasures(ctx, ctx.plans.meteo().id).find((entry) => entry.clause === clause);
  if (!measure) throw new Error(`the meteo plan's duties.json lists no duty for ${clause}`);
  return measure;
}

/**
 * A drill run with `nuancheng replay` is recorded against 7.1 in the meteo ledger of the drill's year (Beijing
 * date): the year's 7.1 task is created from the plan if the ledger does not hold it yet, and the drill goes on
 * its timeline with the scenario's name and what it exercised.
 */
export async function recordDrill(
  ctx: ServiceContext,
  principal: Principal,
  drill: { name: string; at: Date; events: number; warnings: number },
): Promise<{ taskId: string; year: number }> {
  const measure = drillDuty(ctx);
  const loaded = ctx.plans.meteo();
  const year = Number(shanghaiDate(drill.at).slice(0, 4));
  const number = seededNumber(measure);
  return change(ctx, principal, 'ledger.recordDrill', async (step) => {
    let task = await ledgerTaskByNumber(step.trx, loaded.id, year, number);
    if (!task) {
      const position = ledgerMeasures(ctx, loaded.id).indexOf(measure);
      await upsertLedgerTask(
        step,
        {
          plan_id: loaded.id,
          year,
          number,
          number_order: numberOrder(number),
          list_order: listOrder(year, number, position),
          action_clause: measure.actionClause,
          measure_clause: measure.clause,
          text: measure.text,
          deadline: `${year}-12-31`,
          ongoing: 0,
          deadline_text: `${year}年底`,
          expected_result: null,
          indicator_ref: null,
          source: 'drill',
          source_ref: drill.name,
          plan_version: loaded.version,
          plan_hash: loaded.contentHash,
        },
        { lead: measure.lead, partners: measure.partners },
        { kind: 'drill', detail: { drill: drill.name } },
      );
      task = (await ledgerTaskByNumber(step.trx, loaded.id, year, number))!;
    }
    const at = step.at.toISOString();
    await appendLedgerEvent(step.trx, {
      id: randomUUID(),
      taskId: task.id,
      kind: 'drill',
      nodeBefore: task.node,
      nodeAfter: task.node,
      at,
      actor: step.actor,
      note: `演练:${drill.name}(${drill.events} 个事件,${drill.warnings} 条演练预警)`,
      detail: { drill: drill.name, drillAt: drill.at.toISOString(), events: drill.events, warnings: drill.warnings },
    });
    await step.audit({
      action: 'ledger.drillRecorded',
      subjectType: 'ledgerTask',
      subjectId: task.id,
      payload: { clause: measure.clause, year, drill: drill.name, events: drill.events },
    });
    return { taskId: task.id, year };
  });
}

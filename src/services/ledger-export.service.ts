import type { Principal } from '../access/principal.ts';
import type { LedgerLight } from '../ledger/nodes.ts';
import type { LedgerTaskFilter } from '../store/ledger.repository.ts';
import type { ServiceContext } from './context.ts';
import { ledgerMeasures, ledgerPlan } from './ledger-parties.ts';
import { writeLedgerWorkbook } from './ledger-workbook.ts';
import { ledgerTasks } from './ledger.service.ts';

const lightZh: Record<LedgerLight, string> = { green: '绿', yellow: '黄', red: '红' };

/**
 * The ledger as an .xlsx file in the import's layout (importing it into an empty store gives the same tasks),
 * with 当前环节 and 状态: a plan and year, narrowed to an action or a unit if asked.
 */
export async function exportLedger(
  ctx: ServiceContext,
  principal: Principal,
  filter: LedgerTaskFilter & { planId: string },
): Promise<{ content: Buffer; tasks: number }> {
  const loaded = ledgerPlan(ctx, filter.planId);
  const titles = new Map(ledgerMeasures(ctx, filter.planId).map((measure) => [measure.clause, measure.title]));
  const tasks = await ledgerTasks(ctx, principal, filter);
  const scope = [filter.year ? `${filter.year}年度` : '', filter.actionClause ?? '', filter.unit ?? '']
    .filter(Boolean)
    .join(' ');
  const title = `${loaded.plan.meta.title} ${scope} 任务台账`.replace(/\s+/g, ' ');
  const content = await writeLedgerWorkbook(
    filter.year ? `${filter.year}年` : '台账',
    title,
    tasks.map((task) => ({
      number: task.number,
      measure: `${task.measureClause} ${titles.get(task.measureClause) ?? ''}`.trim(),
      text: task.text,
      lead: task.lead.join('、'),
      partners: task.partners.join('、'),
      deadline: task.deadlineText,
      node: task.node,
      light: lightZh[task.light],
    })),
  );
  return { content, tasks: tasks.length };
}

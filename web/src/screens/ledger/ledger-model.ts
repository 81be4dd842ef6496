import { useQuery } from '@tanstack/react-query';
import { api, call, type GetResult } from '../../api/client';
import { permissionOf, useMe, type Me, type OperationKey, type Permission } from '../../app/session';

export type LedgerTask = GetResult<'/api/ledger/tasks'>['tasks'][number];
export type LedgerDetail = GetResult<'/api/ledger/tasks/{id}'>;
export type LedgerNode = LedgerTask['node'];
export type LedgerLight = LedgerTask['light'];
type CityUnits = GetResult<'/api/city/units'>;

/** The chain's nodes in order (the API's enum: a node it renames no longer compiles here). */
export const ledgerNodes = [
  '立项',
  '交办',
  '签收',
  '办理',
  '反馈',
  '复核',
  '办结销号',
] as const satisfies readonly LedgerNode[];

/** The lights as words and colours: never the colour alone. */
export const lights: Record<LedgerLight, { zh: string; meaning: string; fill: string; text: string; rank: number }> = {
  red: { zh: '红', meaning: '已逾期', fill: '#d4001a', text: '#ffffff', rank: 0 },
  yellow: { zh: '黄', meaning: '临近期限', fill: '#f5c400', text: '#1f1f1f', rank: 1 },
  green: { zh: '绿', meaning: '正常推进', fill: '#2e8540', text: '#ffffff', rank: 2 },
};

export type StepKey = 'setUp' | 'assign' | 'sign' | 'progress' | 'feedback' | 'accept' | 'return' | 'close';

export interface StepButton {
  step: StepKey;
  zh: string;
  from: readonly LedgerNode[];
  by: 'coordinator' | 'leadLiaison';
  operation: OperationKey;
}

/**
 * Which buttons a task at a node offers, and whose they are (the chain of issue #12 item 2). The server's chain
 * decides every step again and answers with its reason; these only spare a person a button that cannot work.
 */
export const stepButtons: readonly StepButton[] = [
  { step: 'setUp', zh: '立项', from: ['立项'], by: 'coordinator', operation: 'ledger.setUp' },
  { step: 'assign', zh: '交办', from: ['立项'], by: 'coordinator', operation: 'ledger.assign' },
  { step: 'sign', zh: '签收', from: ['交办'], by: 'leadLiaison', operation: 'ledger.sign' },
  { step: 'progress', zh: '报送办理进展', from: ['签收', '办理'], by: 'leadLiaison', operation: 'ledger.report' },
  { step: 'feedback', zh: '反馈办理结果', from: ['办理'], by: 'leadLiaison', operation: 'ledger.report' },
  { step: 'accept', zh: '复核通过', from: ['反馈'], by: 'coordinator', operation: 'ledger.review' },
  { step: 'return', zh: '复核退回', from: ['反馈'], by: 'coordinator', operation: 'ledger.review' },
  { step: 'close', zh: '办结销号', from: ['复核'], by: 'coordinator', operation: 'ledger.close' },
];

export function useCityUnits() {
  return useQuery({ queryKey: ['city-units'], queryFn: () => call(api.GET('/api/city/units')), staleTime: Infinity });
}

/** Who the signed-in person is on the ledger: their unit's name, and the plans whose ledger they coordinate. */
export interface LedgerParties {
  me: Me | null | undefined;
  unitName: string | null;
  coordinatorOf: (planId: string) => CityUnits['coordinators'][number] | undefined;
  coordinates: (planId: string) => boolean;
  leads: (task: LedgerTask) => boolean;
}

export function partiesOf(me: Me | null | undefined, units: CityUnits | undefined): LedgerParties {
  const unitName = (me?.unitId && units?.units.find((unit) => unit.id === me.unitId)?.name) || null;
  const coordinatorOf = (planId: string) => units?.coordinators.find((entry) => entry.planId === planId);
  return {
    me,
    unitName,
    coordinatorOf,
    coordinates: (planId) => {
      const entry = coordinatorOf(planId);
      if (!me || !entry) return false;
      return (me.role === 'unitLiaison' && unitName === entry.unit) || entry.roles.includes(me.role);
    },
    leads: (task) => me?.role === 'unitLiaison' && unitName !== null && task.lead.includes(unitName),
  };
}

export function useLedgerParties(): LedgerParties {
  return partiesOf(useMe().data, useCityUnits().data);
}

/** Whether this person may take this step on this task now, and if not, why (the policy's reason first). */
export function stepPermission(parties: LedgerParties, task: LedgerTask, button: StepButton): Permission {
  const byRole = permissionOf(parties.me, button.operation);
  if (!byRole.allowed) return byRole;
  if (button.by === 'coordinator' && !parties.coordinates(task.planId)) {
    const unit = parties.coordinatorOf(task.planId)?.unit ?? '牵头协调单位';
    return { allowed: false, reason: `「${button.zh}」由本预案台账的牵头协调单位(${unit})办理` };
  }
  if (button.by === 'leadLiaison' && !parties.leads(task))
    return {
      allowed: false,
      reason: `「${button.zh}」由牵头单位(${task.lead.join('、') || '尚未确定'})的联络员办理`,
    };
  return { allowed: true, reason: null };
}

/** Overdue first, then those near their deadline, then by deadline (ongoing tasks last). */
export function overdueFirst(a: LedgerTask, b: LedgerTask): number {
  return lights[a.light].rank - lights[b.light].rank || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');
}

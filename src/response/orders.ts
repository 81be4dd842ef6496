import type { Level } from '../plans/common.schema.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import type { OrderKind, SignerRole } from '../plans/meteo/response.schema.ts';
import { levelRank, levelZh } from './levels.ts';
import { WorkflowError } from './workflow-error.ts';

/** The order a change of level takes: none → a level activates, up upgrades, down downgrades, to none terminates. */
export function orderKindFor(plan: MeteoPlan, from: Level | null, to: Level | null): OrderKind {
  if (from === to) {
    throw new WorkflowError(
      'conflict',
      'no_change',
      from === null ? '没有正在实施的应急响应可以解除,也没有提出响应级别' : `应急响应已是${levelZh(plan, from)}`,
    );
  }
  if (from === null) return 'activate';
  if (to === null) return 'terminate';
  return levelRank(plan, to) > levelRank(plan, from) ? 'upgrade' : 'downgrade';
}

export interface SignerRequirement {
  role: SignerRole;
  title: string;
  /** The level whose signer rule applies (the new level, or the level being left). */
  level: Level;
  clause: string;
  orderClause: string;
}

/**
 * Who signs an order (4.3, 4.8): an activation or upgrade by the role named for the new level; a downgrade or
 * termination "按照启动应急响应的权限" — by the role the level being left required. Both readings are plan data.
 */
export function requiredSigner(
  plan: MeteoPlan,
  kind: OrderKind,
  from: Level | null,
  to: Level | null,
): SignerRequirement {
  const order = plan.response.orders.find((entry) => entry.kind === kind);
  if (!order) throw new Error(`the plan has no rule for ${kind} orders`);
  const level = order.signer === 'orderLevel' ? to : from;
  if (level === null) throw new Error(`a ${kind} order has no level to take its signer from`);
  const signer = plan.response.signers.find((entry) => entry.level === level);
  if (!signer) throw new Error(`the plan names no signer for level ${level}`);
  return { role: signer.role, title: signer.title, level, clause: signer.clause, orderClause: order.clause };
}

const kindZh: Record<OrderKind, string> = { activate: '启动', upgrade: '升级', downgrade: '降低', terminate: '解除' };

export function describeOrder(plan: MeteoPlan, kind: OrderKind, from: Level | null, to: Level | null): string {
  if (kind === 'activate') return `启动${levelZh(plan, to)}应急响应`;
  if (kind === 'terminate') return `解除${levelZh(plan, from)}应急响应`;
  return `${kindZh[kind]}应急响应:${levelZh(plan, from)}→${levelZh(plan, to)}`;
}

import { roleNamesZh, type Actor, type Role } from './roles.ts';

const command = ['dutyOfficer', 'commander', 'deputyCommander', 'admin'] as const satisfies readonly Role[];
const signers = ['commander', 'deputyCommander'] as const satisfies readonly Role[];

/**
 * The operations a signed-in person may be offered, who may perform each, and what it is called in Chinese
 * (names and wording as the access policy of issue #10 has them, so the console reads either the same way).
 * The API enforces the same lists (the routes and services check them); the console reads them from `/api/me`
 * so it shows a person only what is theirs and says why a button is not. Checks that depend on the resource
 * (which commander signs which level, 4.3; a liaison's own unit) are made again on the resource itself.
 */
export const operationRules = {
  'assessments.create': { roles: ['dutyOfficer'], zh: '提交天气形势并分级' },
  'proposals.read': { roles: command, zh: '查看应急响应建议' },
  'proposals.create': { roles: ['dutyOfficer'], zh: '提出应急响应建议' },
  'proposals.sign': { roles: signers, zh: '签发应急响应命令' },
  'proposals.reject': { roles: signers, zh: '驳回应急响应建议' },
  'responses.read': { roles: command, zh: '查看应急响应记录' },
  'warnings.act': { roles: ['dutyOfficer'], zh: '发布、更新或解除预警' },
  'warningOutbox.read': { roles: command, zh: '查看预警信息的发送进度' },
  'tasks.acknowledge': { roles: ['unitLiaison'], zh: '确认上岗到位' },
  'unitReports.create': { roles: ['dutyOfficer', 'unitLiaison'], zh: '报送灾情或工作情况' },
  'reports.read': { roles: command, zh: '查看应报送的报告' },
  'reports.file': { roles: ['dutyOfficer'], zh: '登记报告已报送' },
  'audit.read': { roles: command, zh: '查看审计记录' },
  'audit.verify': { roles: ['admin', 'commander', 'deputyCommander'], zh: '校验审计链' },
  'users.list': { roles: ['admin'], zh: '查看用户' },
  'users.create': { roles: ['admin'], zh: '创建用户' },
  'channels.read': { roles: ['admin'], zh: '查看预警发布渠道设置' },
  'subscribers.import': { roles: ['admin'], zh: '导入短信订阅用户' },
  'air.import': { roles: ['ecologyOfficer', 'admin'], zh: '导入空气质量数据' },
  'air.dustDays.flag': { roles: ['ecologyOfficer'], zh: '标记或撤销沙尘天' },
} as const satisfies Record<string, { roles: readonly Role[]; zh: string }>;

export type Operation = keyof typeof operationRules;
export const operationKeys = Object.keys(operationRules) as Operation[];

export type Decision = { allowed: true } | { allowed: false; reason: string };

/** Whether `actor` may perform `operation`; a refusal says, in Chinese, who may and who the actor is. */
export function mayPerform(actor: Actor | null, operation: Operation): Decision {
  const rule = operationRules[operation];
  if (!actor) return { allowed: false, reason: `「${rule.zh}」需要先登录` };
  if ((rule.roles as readonly Role[]).includes(actor.role)) return { allowed: true };
  const who = rule.roles.map((role) => roleNamesZh[role]).join('、');
  return { allowed: false, reason: `「${rule.zh}」由${who}办理,${roleNamesZh[actor.role]}无此权限` };
}

/** Every operation with the actor's decision, as `/api/me` reports it to the console. */
export function operationsOf(actor: Actor) {
  return operationKeys.map((operation) => {
    const decision = mayPerform(actor, operation);
    return {
      operation,
      zh: operationRules[operation].zh,
      allowed: decision.allowed,
      reason: decision.allowed ? null : decision.reason,
    };
  });
}

import type { Level } from '../plans/common.schema.ts';
import type { MeteoPlan } from '../plans/meteo/index.ts';
import type { OrderKind } from '../plans/meteo/response.schema.ts';
import { describeOrder, requiredSigner } from '../response/orders.ts';
import { principalNameZh, type Principal } from './principal.ts';
import { machineRoles, roleNamesZh, type Role } from './roles.ts';

/**
 * The one access policy: may this principal do this operation on this resource? Every service asks it first;
 * the HTTP edge asks it once more before reading a request's body (role only, the resource is not known yet).
 * Pure and table-driven: one row per operation, naming who may and, where the plan says so, the clause.
 */

/** What the resource tells the policy: the facts a rule looks at beyond the principal's role. */
export interface ResourceFacts {
  /** The member unit a task or unit report belongs to, or whose list is asked for (2.2.3: a liaison's own). */
  unitId?: string | null;
  /** A proposal to sign or reject (4.3, 4.8: the level decides who signs). */
  proposal?: { orderKind: OrderKind; fromLevel: Level | null; toLevel: Level | null };
  /** The response level in force now: a proposal made for another level is stale and anyone deciding may drop it. */
  currentLevel?: Level | null;
  /** Where a proposal comes from (4.2): the grading is the system's, a person's assessment the duty officer's. */
  basis?: 'grading' | 'assessment' | 'regionResponse';
  /** The user an account or a token belongs to. */
  ownerId?: string;
  /** A ledger task's parties (issue #12): does the principal act for the plan's coordinator, or a lead unit? */
  ledger?: { coordinator: boolean; leadLiaison: boolean };
}

export type Decision =
  | { allowed: true }
  | {
      allowed: false;
      /** 401: nobody signed in; 403: signed in (or a local principal) without the right. */
      status: 401 | 403;
      code: string;
      /** zh-CN, for the person refused. */
      reason: string;
      clause: string | null;
    };

const allow: Decision = { allowed: true };

type Refusal = Extract<Decision, { allowed: false }>;

interface Rule {
  /** What the operation is, in Chinese (shown on refusals and by GET /api/me). */
  zh: string;
  /** Anyone, signed in or not: what the public sees. */
  public?: boolean;
  /** The roles of signed-in people who may; 'any' for every signed-in person (not a machine's account). */
  roles?: readonly Role[] | 'any';
  /** With 'any': machines' accounts too (their own session and tokens). */
  machines?: true;
  /** The local operator holding the store (store commands without a token). */
  operator?: boolean;
  /** The platform itself: scheduled jobs, proposals by the grading, drills. */
  system?: boolean;
  /** The clause of the plan that names who may, read from the plan data. */
  clause?: (plan: MeteoPlan) => string | null;
  /** Checks on the resource once the role may: a liaison's unit, the signer 4.3 names, a token's owner. */
  resource?: (plan: MeteoPlan, principal: Principal, facts: ResourceFacts) => Refusal | null;
}

const commandRoles = ['dutyOfficer', 'commander', 'deputyCommander', 'admin'] as const satisfies readonly Role[];
// Who may act for a plan's coordinating unit: its liaison, the ecology bureau's staff (air), the command's duty
// officers (meteo); the registry says which of them coordinates which plan.
const ledgerCoordinators = [
  'unitLiaison',
  'ecologyOfficer',
  'dutyOfficer',
  'deputyCommander',
  'commander',
] as const satisfies readonly Role[];
const signers = ['commander', 'deputyCommander'] as const satisfies readonly Role[];
const decisionClause = (plan: MeteoPlan) => plan.response.decision.clause;
const investigationClause = (plan: MeteoPlan) => plan.response.investigation.clause;

function refuse(code: string, reason: string, clause: string | null = null, status: 401 | 403 = 403): Refusal {
  return { allowed: false, status, code, reason: clause ? `${reason}（预案 ${clause}）` : reason, clause };
}

/** 2.2.3: a member unit's liaison speaks for its own unit only. */
function ownUnit(_plan: MeteoPlan, principal: Principal, facts: ResourceFacts): Refusal | null {
  if (principal.kind !== 'user' || principal.user.role !== 'unitLiaison') return null;
  if (facts.unitId === undefined || facts.unitId === null || facts.unitId === principal.user.unitId) return null;
  return refuse(
    'wrong_unit',
    `成员单位联络员只能办理本单位(${principal.user.unitId ?? '未绑定单位'})的事项,不能办理 ${facts.unitId} 的事项`,
    '2.2.3',
  );
}

/** 4.3, 4.8: the order is signed by the role the plan names for its level; a stale proposal anyone deciding may drop. */
function namedSigner(plan: MeteoPlan, principal: Principal, facts: ResourceFacts): Refusal | null {
  const { proposal } = facts;
  if (!proposal || principal.kind !== 'user') return null;
  if (facts.currentLevel !== undefined && facts.currentLevel !== proposal.fromLevel) return null;
  const signer = requiredSigner(plan, proposal.orderKind, proposal.fromLevel, proposal.toLevel);
  if (principal.user.role === signer.role) return null;
  return refuse(
    'wrong_signer',
    `「${describeOrder(plan, proposal.orderKind, proposal.fromLevel, proposal.toLevel)}」应由${signer.title}签发,${roleNamesZh[principal.user.role]}不能签发或驳回`,
    signer.clause,
  );
}

/** 4.2(1): the system proposes from the grading; a person proposes on an assessment or the region's response. */
function proposalSource(plan: MeteoPlan, principal: Principal, facts: ResourceFacts): Refusal | null {
  if (facts.basis === undefined) return null;
  const fromGrading = facts.basis === 'grading';
  if ((principal.kind === 'system') === fromGrading) return null;
  return refuse(
    'not_a_proposer',
    fromGrading ? '依据分级结果的建议由系统提出' : '系统只依据分级结果提出建议',
    decisionClause(plan),
  );
}

/** A person manages their own tokens; the administrator and the operator anyone's. */
function ownTokens(_plan: MeteoPlan, principal: Principal, facts: ResourceFacts): Refusal | null {
  if (principal.kind !== 'user' || principal.user.role === 'admin' || facts.ownerId === undefined) return null;
  return facts.ownerId === principal.user.id ? null : refuse('not_owner', '只能查看或吊销本人的令牌');
}

/** 五(一) 统筹协调: set-up, hand-out, review and closing are the plan's coordinating unit's (plans/city/units.json). */
function ledgerCoordinator(_plan: MeteoPlan, principal: Principal, facts: ResourceFacts): Refusal | null {
  if (principal.kind !== 'user' || principal.user.role === 'admin' || !facts.ledger) return null;
  return facts.ledger.coordinator ? null : refuse('not_coordinator', '只有本预案台账的牵头协调单位可以办理此环节');
}

/** 2.2.3: a liaison signs for and reports on the tasks its own unit leads. */
function ledgerLeadLiaison(_plan: MeteoPlan, principal: Principal, facts: ResourceFacts): Refusal | null {
  if (principal.kind !== 'user' || !facts.ledger) return null;
  return facts.ledger.leadLiaison
    ? null
    : refuse('wrong_unit', '只有牵头单位的联络员可以签收、报送和反馈本单位牵头的任务', '2.2.3');
}

/** The administrator does not lock themselves out. */
function notSelf(_plan: MeteoPlan, principal: Principal, facts: ResourceFacts): Refusal | null {
  return principal.kind === 'user' && facts.ownerId === principal.user.id
    ? refuse('self_deactivation', '不能停用自己的账号')
    : null;
}

export const rules = {
  'health.read': { zh: '查看运行状态', public: true },
  'plans.read': { zh: '查看预案', public: true },
  'geo.read': { zh: '查看行政区划与气象站', public: true },
  'units.read': { zh: '查看成员单位及职责', public: true },
  'air.read': { zh: '查看空气质量及评价', public: true },
  'warnings.read': { zh: '查看预警信息', public: true },
  'session.start': { zh: '登录', public: true },
  'session.read': { zh: '查看登录状态', public: true },

  'me.read': { zh: '查看本人信息', roles: 'any', machines: true },
  'session.end': { zh: '退出登录', roles: 'any', machines: true },
  'tokens.issue': { zh: '申领 API 令牌', roles: 'any', machines: true },
  'tokens.list': { zh: '查看 API 令牌', roles: 'any', machines: true, operator: true, resource: ownTokens },
  'tokens.revoke': { zh: '吊销 API 令牌', roles: 'any', machines: true, operator: true, resource: ownTokens },
  'users.list': { zh: '查看用户', roles: ['admin'], operator: true },
  'users.create': { zh: '创建用户', roles: ['admin'] },
  'users.resetPassword': { zh: '重置用户密码', roles: ['admin'], operator: true },
  'users.deactivate': { zh: '停用用户', roles: ['admin'], operator: true, resource: notSelf },

  'assessments.create': { zh: '提交天气形势并分级', roles: ['dutyOfficer'], system: true, clause: decisionClause },
  'assessments.read': { zh: '查看分级结果', roles: 'any' },
  // 3.2: the platform re-grades the situation the stored observations give, as data arrives.
  'observations.regrade': { zh: '依据实况观测持续分级', system: true },
  'observations.backfill': { zh: '按已存观测补算历史时段的分级', roles: ['admin'], operator: true },
  'observations.replay': { zh: '以已存观测时段生成演练情景', roles: ['dutyOfficer', 'admin'], operator: true },
  'response.read': { zh: '查看当前应急响应', roles: 'any', resource: ownUnit },
  'responses.read': { zh: '查看应急响应记录', roles: commandRoles, operator: true },
  'proposals.create': {
    zh: '提出应急响应建议',
    roles: ['dutyOfficer'],
    system: true,
    clause: decisionClause,
    resource: proposalSource,
  },
  'proposals.read': { zh: '查看应急响应建议', roles: commandRoles },
  'proposals.sign': { zh: '签发应急响应命令', roles: signers, clause: decisionClause, resource: namedSigner },
  'proposals.reject': { zh: '驳回应急响应建议', roles: signers, clause: decisionClause, resource: namedSigner },
  'tasks.read': { zh: '查看成员单位任务', roles: 'any', resource: ownUnit },
  'tasks.acknowledge': { zh: '确认上岗到位', roles: ['unitLiaison'], clause: () => '2.2.3', resource: ownUnit },
  'tasks.escalate': { zh: '上报未到位的成员单位', system: true },
  'unitReports.create': {
    zh: '报送灾情或工作情况',
    roles: ['dutyOfficer', 'unitLiaison'],
    clause: () => '4.1',
    resource: ownUnit,
  },
  'reports.read': { zh: '查看应报送的报告', roles: commandRoles },
  'reports.file': { zh: '登记报告已报送', roles: ['dutyOfficer'], clause: () => '4.8' },
  'aftermath.record': {
    zh: '记录调查评估',
    roles: ['dutyOfficer', 'commander', 'deputyCommander'],
    clause: investigationClause,
  },
  'warnings.act': { zh: '发布、更新或解除预警', roles: ['dutyOfficer'], clause: () => '3.3.2' },
  'warnings.grade': { zh: '依据分级结果发布演练预警', system: true },
  'warningDrafts.read': { zh: '查看预警草稿', roles: commandRoles },
  'warningDrafts.decide': { zh: '确认、修改或取消预警草稿', roles: ['dutyOfficer'], clause: () => '3.3.2' },
  'air.dustDays.flag': { zh: '标记或撤销沙尘天', roles: ['ecologyOfficer'] },
  // The system imports the hourly feed files dropped in the server's air inbox (NUANCHENG_AIR_INBOX).
  'air.import': { zh: '导入空气质量数据', roles: ['ecologyOfficer', 'admin'], operator: true, system: true },
  'air.targets.watch': { zh: '跟踪空气质量年度目标并通知风险', system: true },
  'audit.read': { zh: '查看审计记录', roles: commandRoles },
  'audit.verify': { zh: '校验审计链', roles: ['admin', 'commander', 'deputyCommander'], operator: true },
  'audit.anchor': { zh: '用密钥锚定审计链', operator: true },
  'store.backup': { zh: '备份数据库', operator: true },
  'outbox.read': { zh: '查看待发消息', operator: true },
  'outbox.manage': { zh: '发送、重排或清理待发消息', operator: true },
  'warningOutbox.read': { zh: '查看预警信息的发送进度', roles: commandRoles },
  'channels.read': { zh: '查看预警发布渠道设置', roles: ['admin'] },
  'subscribers.import': { zh: '导入短信订阅用户', roles: ['admin'], operator: true },
  'ledger.read': { zh: '查看督查督办台账', roles: 'any', operator: true },
  'ledger.import': {
    zh: '导入或生成年度任务台账',
    roles: [...ledgerCoordinators, 'admin'],
    operator: true,
    resource: ledgerCoordinator,
  },
  'ledger.setUp': { zh: '台账任务立项(确定牵头单位)', roles: ledgerCoordinators, resource: ledgerCoordinator },
  'ledger.assign': { zh: '交办台账任务', roles: ledgerCoordinators, resource: ledgerCoordinator },
  'ledger.sign': { zh: '签收台账任务', roles: ['unitLiaison'], clause: () => '2.2.3', resource: ledgerLeadLiaison },
  'ledger.report': {
    zh: '报送办理进展或反馈办理结果',
    roles: ['unitLiaison'],
    clause: () => '2.2.3',
    resource: ledgerLeadLiaison,
  },
  'ledger.review': { zh: '复核台账任务(通过或退回)', roles: ledgerCoordinators, resource: ledgerCoordinator },
  'ledger.close': { zh: '台账任务办结销号', roles: ledgerCoordinators, resource: ledgerCoordinator },
  'ledger.remind': { zh: '提醒临期和逾期的台账任务', system: true },
  'ledger.recordDrill': { zh: '将演练记入台账(7.1)', system: true },
  // Who reminders reach (phones, e-mail): the administrator and the operator keep them; coordinators may read them.
  'ledger.contacts.read': {
    zh: '查看单位台账联系人',
    roles: [...ledgerCoordinators, 'admin'],
    operator: true,
  },
  'ledger.contacts.manage': { zh: '维护单位台账联系人', roles: ['admin'], operator: true },
  'ledger.indicators.read': { zh: '查看台账指标及趋势', roles: 'any', operator: true },
  'ledger.indicators.assign': { zh: '确定指标的责任单位', roles: ledgerCoordinators, resource: ledgerCoordinator },
  'ledger.indicators.report': { zh: '报送指标数值', roles: ['unitLiaison'], resource: ownUnit },
  'ledger.scorecards.read': { zh: '查看督查考核得分及排名', roles: 'any', operator: true },
  // Observations arrive from machines (the ingest role's token, or the server's own MQTT/NATS/folder consumers as
  // the system) and from the duty officer or the administrator by hand (issue #13).
  'observations.ingest': {
    zh: '接入气象观测数据',
    roles: ['dutyOfficer', 'admin', 'ingest'],
    operator: true,
    system: true,
  },
  // Forecast grids come the same ways, from the same machines and people.
  'forecasts.ingest': {
    zh: '接入格点预报',
    roles: ['dutyOfficer', 'admin', 'ingest'],
    operator: true,
    system: true,
  },
  'observations.rejected.read': { zh: '查看被搁置的观测数据', roles: 'any', operator: true },
  'situation.current.read': { zh: '查看由观测得出的当前天气形势', roles: 'any' },
} satisfies Record<string, Rule>;

export type Operation = keyof typeof rules;
export const operations = Object.keys(rules) as Operation[];

/** Who an operation is for, in words: `值班员`, `总指挥、副总指挥`, `本地运维`. */
function whoZh(rule: Rule): string {
  const who: string[] = [];
  if (rule.public) who.push('所有人');
  if (rule.roles === 'any') who.push('已登录用户');
  else if (rule.roles) who.push(...rule.roles.map((role) => roleNamesZh[role]));
  if (rule.operator) who.push('本地运维');
  if (rule.system) who.push('系统');
  return who.join('、');
}

function roleMay(rule: Rule, principal: Principal): boolean {
  if (rule.public) return true;
  switch (principal.kind) {
    case 'anonymous':
      return false;
    case 'user':
      if (rule.roles === 'any') return rule.machines === true || !machineRoles.includes(principal.user.role);
      return rule.roles?.includes(principal.user.role) ?? false;
    case 'operator':
      return rule.operator === true;
    case 'system':
      return rule.system === true;
  }
}

/**
 * The decision for one principal, operation and resource. Without facts it answers for the role alone (what the
 * HTTP edge asks before the body is read); with facts it also applies the rule's resource checks.
 */
export function decide(
  plan: MeteoPlan,
  principal: Principal,
  operation: Operation,
  facts: ResourceFacts = {},
): Decision {
  const rule: Rule = rules[operation];
  if (!roleMay(rule, principal)) {
    if (principal.kind === 'anonymous')
      return refuse(
        'unauthenticated',
        '请先登录(POST /api/auth/login),或在请求头中携带 API 令牌(Authorization: Bearer …)',
        null,
        401,
      );
    const clause = rule.clause?.(plan) ?? null;
    return refuse('forbidden', `「${rule.zh}」由${whoZh(rule)}办理,${principalNameZh(principal)}无此权限`, clause);
  }
  return rule.resource?.(plan, principal, facts) ?? allow;
}

/** Whether the operation is open to everyone: such a route needs no sign-in. */
export function isPublic(operation: Operation): boolean {
  return (rules[operation] as Rule).public === true;
}

export interface OperationView {
  operation: Operation;
  zh: string;
  allowed: boolean;
  /** Why not, when not (zh-CN). */
  reason: string | null;
  clause: string | null;
}

/** Every operation with whether this principal may attempt it and why not: what GET /api/me shows the console. */
export function operationsFor(plan: MeteoPlan, principal: Principal): OperationView[] {
  return operations.map((operation) => {
    const decision = decide(plan, principal, operation);
    return {
      operation,
      zh: rules[operation].zh,
      allowed: decision.allowed,
      reason: decision.allowed ? null : decision.reason,
      clause: decision.allowed ? null : decision.clause,
    };
  });
}

/** The member unit whose tasks a principal sees: its own for a liaison, every unit (undefined) for the others. */
export function visibleUnit(principal: Principal): string | undefined {
  return principal.kind === 'user' && principal.user.role === 'unitLiaison'
    ? (principal.user.unitId ?? '(none)')
    : undefined;
}

/** Whether a principal sees the command's reports (3.3.2, 4.8): the command does, a member unit's liaison does not. */
export function seesCommandReports(plan: MeteoPlan, principal: Principal): boolean {
  return decide(plan, principal, 'reports.read').allowed;
}

/** A refusal by the policy, thrown by a service; the edges turn it into 401/403 or exit status 2. */
export class AccessDenied extends Error {
  readonly status: 401 | 403;
  readonly code: string;
  readonly clause: string | null;

  constructor(
    readonly operation: Operation,
    readonly decision: Refusal,
  ) {
    super(decision.reason);
    this.name = 'AccessDenied';
    this.status = decision.status;
    this.code = decision.code;
    this.clause = decision.clause;
  }
}

/** The decision, or an AccessDenied naming why not. */
export function assertAllowed(
  plan: MeteoPlan,
  principal: Principal,
  operation: Operation,
  facts: ResourceFacts = {},
): void {
  const decision = decide(plan, principal, operation, facts);
  if (!decision.allowed) throw new AccessDenied(operation, decision);
}

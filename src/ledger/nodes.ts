/**
 * The supervision chain's steps (督查督办节点), in order. A task's `node` is the last step it reached: an imported
 * task is 立项 (set up), a returned one goes back to 办理.
 */
export const ledgerNodes = ['立项', '交办', '签收', '办理', '反馈', '复核', '办结销号'] as const;
export type LedgerNode = (typeof ledgerNodes)[number];

/** Traffic lights of the contract: green on track, yellow within the warning period, red overdue. */
export const ledgerLights = ['green', 'yellow', 'red'] as const;
export type LedgerLight = (typeof ledgerLights)[number];

/** A unit's part in a task: 牵头单位 or 配合单位. */
export type LedgerRole = 'lead' | 'partner';

import type { ComponentType } from 'react';
import type { OperationKey } from './session';

/**
 * Every screen of the console: its path, its name, and the operation that makes it someone's (null: public).
 * The navigation, the routes and the "not yours" page are all made from this list, so a new screen (the
 * supervision ledger, live observations) is one entry here and its folder under `screens/`: its operations are
 * rows of the server's access policy (`src/access/policy.ts`), which reach this file's types through
 * `npm run api:types` (an operation the policy does not have does not compile). A screen using antd wraps its
 * default export in `withAntd` so the public page stays light.
 */
export interface Screen {
  path: string;
  title: string;
  /** Who the screen is for, shown in the navigation's tooltip. */
  audience: string;
  /** Any one of these makes the screen the person's; null: everyone, signed in or not. */
  operations: readonly OperationKey[] | null;
  load: () => Promise<{ default: ComponentType }>;
}

export const screens: readonly Screen[] = [
  {
    path: '/',
    title: '公众预警',
    audience: '公众',
    operations: null,
    load: () => import('../screens/public/PublicWarnings'),
  },
  {
    path: '/duty',
    title: '值班 / 态势',
    audience: '值班员',
    operations: ['proposals.create', 'warnings.act'],
    load: () => import('../screens/duty/DutyScreen'),
  },
  {
    path: '/sign',
    title: '签发',
    audience: '总指挥、副总指挥',
    operations: ['proposals.sign'],
    load: () => import('../screens/sign/SignScreen'),
  },
  {
    path: '/unit',
    title: '成员单位',
    audience: '成员单位联络员',
    operations: ['tasks.acknowledge'],
    load: () => import('../screens/unit/UnitScreen'),
  },
  {
    path: '/air',
    title: '空气质量',
    audience: '公众、生态环境局',
    operations: null,
    load: () => import('../screens/air/AirScreen'),
  },
  {
    path: '/policy',
    title: '政策文件',
    audience: '公众',
    operations: null,
    load: () => import('../screens/policy/PolicyScreen'),
  },
  {
    path: '/admin',
    title: '审计与管理',
    audience: '系统管理员、指挥部',
    operations: ['audit.read', 'users.list'],
    load: () => import('../screens/admin/AdminScreen'),
  },
  {
    path: '/ledger',
    title: '督查台账',
    audience: '牵头协调单位、责任单位',
    operations: ['ledger.read', 'ledger.indicators.read', 'ledger.scorecards.read'],
    load: () => import('../screens/ledger/LedgerScreen'),
  },
  {
    path: '/my-tasks',
    title: '我的任务',
    audience: '责任单位联络员',
    operations: ['ledger.sign', 'ledger.report'],
    load: () => import('../screens/ledger/MyTasksScreen'),
  },
  {
    path: '/live',
    title: '实时监测',
    audience: '值班员、系统管理员',
    operations: ['observations.ingest'],
    load: () => import('../screens/live/LiveScreen'),
  },
];

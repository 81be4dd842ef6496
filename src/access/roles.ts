import { z } from 'zod';

/**
 * The people of the plans: 总指挥 (commander), 副总指挥 (deputy commander), the command's duty forecaster
 * (值班预报员), a member unit's liaison (联络员, 2.2.3, bound to one unit), the ecology bureau's air-quality staff
 * (市生态环境局, who keep the air plan's evaluation), the system's administrator, and `ingest`: the account of a
 * machine that delivers station observations (数据接入, issue #13), which signs in like a person but does nothing else.
 */
export const Role = z.enum([
  'commander',
  'deputyCommander',
  'dutyOfficer',
  'unitLiaison',
  'ecologyOfficer',
  'admin',
  'ingest',
]);
export type Role = z.infer<typeof Role>;

export const roleNamesZh: Record<Role, string> = {
  commander: '总指挥',
  deputyCommander: '副总指挥',
  dutyOfficer: '值班员',
  unitLiaison: '成员单位联络员',
  ecologyOfficer: '生态环境局工作人员',
  admin: '系统管理员',
  ingest: '数据接入',
};

export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** The member unit a liaison speaks for; null for every other role. */
  unitId: string | null;
}

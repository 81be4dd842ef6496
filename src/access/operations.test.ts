import { describe, expect, it } from 'vitest';
import { mayPerform, operationsOf } from './operations.ts';
import type { Actor } from './roles.ts';

const person = (role: Actor['role'], unitId: string | null = null): Actor => ({
  id: role,
  username: role,
  displayName: role,
  role,
  unitId,
});

describe('what the console may offer each person (the same lists the API enforces)', () => {
  it('4.3: commanders and deputies sign; the duty officer is told who signs and what her role is', () => {
    expect(mayPerform(person('commander'), 'proposals.sign')).toEqual({ allowed: true });
    expect(mayPerform(person('deputyCommander'), 'proposals.sign')).toEqual({ allowed: true });
    expect(mayPerform(person('dutyOfficer'), 'proposals.sign')).toEqual({
      allowed: false,
      reason: '「签发应急响应命令」由总指挥、副总指挥办理,值班员无此权限',
    });
  });

  it('3.3.2: only the duty officer issues warnings; 2.2.3: only a liaison confirms on post', () => {
    expect(mayPerform(person('dutyOfficer'), 'warnings.act').allowed).toBe(true);
    expect(mayPerform(person('commander'), 'warnings.act').allowed).toBe(false);
    expect(mayPerform(person('unitLiaison', 'water-resources-bureau'), 'tasks.acknowledge').allowed).toBe(true);
    expect(mayPerform(person('admin'), 'tasks.acknowledge').allowed).toBe(false);
  });

  it('the public is asked to sign in; every operation is listed once for a signed-in person', () => {
    expect(mayPerform(null, 'air.import')).toEqual({ allowed: false, reason: '「导入空气质量数据」需要先登录' });
    const listed = operationsOf(person('ecologyOfficer'));
    expect(new Set(listed.map((entry) => entry.operation)).size).toBe(listed.length);
    expect(listed.find((entry) => entry.operation === 'air.import')).toMatchObject({ allowed: true, reason: null });
  });
});

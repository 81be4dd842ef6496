import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { openContext } from '../../startup/context.ts';
import { createUser, issueCredential } from '../../store/users.repository.ts';

describe("nuancheng response: the duty officer's steps from the command line", () => {
  const dir = tempDir();
  const database = join(dir.path, 'store.sqlite');
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    const ctx = await openContext({ databaseUrl: database });
    for (const role of ['dutyOfficer', 'deputyCommander', 'commander'] as const) {
      const user = await createUser(
        ctx.store.db,
        { username: role.toLowerCase(), displayName: role, role, unitId: null, passwordHash: 'unused' },
        new Date(),
      );
      tokens[role] = (await issueCredential(ctx.store.db, user.id, 'api-token', new Date(), { label: 'cli' })).token;
    }
    await ctx.store.close();
  });
  afterAll(() => dir.remove());

  const cli = (role: string, ...args: string[]) =>
    runCli(['response', ...args, '--database', database, '--token', tokens[role]!]);

  it('proposes, refuses the wrong signer with exit 2, signs, and shows the status', { timeout: 120_000 }, () => {
    expect(runCli(['response', 'status', '--database', database]).stderr).toMatch(/需要 API 令牌/);
    expect(cli('dutyOfficer', 'propose', '--level', 'V').stderr.trim()).toBe(
      '--level: expected I, II, III, IV or none, got "V"',
    );
    const unjustified = cli('dutyOfficer', 'propose', '--level', 'III', '--hazard', 'gale');
    expect(unjustified.status).toBe(2);
    expect(unjustified.stderr).toMatch(/^justification_required: .*（预案 4\.2\(3\)）/);

    const proposed = cli(
      'dutyOfficer',
      'propose',
      '--level',
      'III',
      '--hazard',
      'gale',
      '--justification',
      '大风持续,已致停电',
      '--json',
    );
    expect(proposed.status).toBe(0);
    const id = JSON.parse(proposed.stdout).proposal.id as string;

    const wrong = cli('commander', 'sign', id);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^wrong_signer: .*副总指挥/);
    const signed = cli('deputyCommander', 'sign', id);
    expect(signed.status).toBe(0);
    expect(signed.stdout).toMatch(/已签发: 启动Ⅲ级应急响应 \(4\.3\)/);

    const status = cli('dutyOfficer', 'status');
    expect(status.stdout).toMatch(/应急响应: Ⅲ级 \(gale\)/);
    expect(status.stdout).toMatch(/报告 first-report → 市防灾减灾救灾委员会/);
  });
});

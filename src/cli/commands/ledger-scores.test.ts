import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, freshPostgresUrl } from '../../../test/support/engines.ts';
import { runCliInProcess } from '../../../test/support/cli-in-process.ts';
import { ONE_LATE_ONE_ON_TIME, writeTaskFacts } from '../../../test/support/ledger-facts.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { openStore, type Store } from '../../store/database.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import { createUser, issueCredential } from '../../store/users.repository.ts';

describe.each(engines)('nuancheng ledger indicator … and ledger scorecards on %s', (engine) => {
  const dir = tempDir();
  let database: string;
  let store: Store;
  let liaison: string;
  beforeAll(async () => {
    database = engine === 'sqlite' ? join(dir.path, 'ledger.sqlite') : await freshPostgresUrl();
    store = openStore(database);
    await migrateToLatest(store.db);
    const user = await createUser(
      store.db,
      {
        username: 'scj',
        displayName: '市场监管局联络员',
        role: 'unitLiaison',
        unitId: 'market-regulation-bureau',
        passwordHash: 'x',
      },
      new Date(),
    );
    liaison = (await issueCredential(store.db, user.id, 'api-token', new Date(), { ttlMs: 3_600_000 })).token;
    await writeTaskFacts(store.db, ONE_LATE_ONE_ON_TIME);
  });
  afterAll(async () => {
    await store.close();
    dir.remove();
  });
  const cli = (...args: string[]) => runCliInProcess([...args, '--database', database], { NUANCHENG_TOKEN: undefined });
  const target = ['quality-2024', '2025-registered-trademarks'];

  it('the liaison assigns and reports with its token; the operator lists and reads the history', async () => {
    const assigned = await cli(
      'ledger',
      'indicator',
      'assign',
      ...target,
      '--unit',
      '市市场监管局',
      '--token',
      liaison,
      '--json',
    );
    expect(assigned.status, assigned.stderr).toBe(0);
    expect(JSON.parse(assigned.stdout)).toMatchObject({ unit: '市市场监督管理局' });
    const report = [
      'ledger',
      'indicator',
      'report',
      ...target,
      '--period',
      '2025年上半年',
      '--period-end',
      '2025-06-30',
    ];
    const evidence = ['--source', '商标注册统计', '--evidence', '鄂市监字〔2025〕12号'];
    const bad = await cli(...report, '--value', 'lots', ...evidence, '--token', liaison);
    expect(bad).toMatchObject({ status: 2, stderr: '--value lots: expected a number\n' });
    // Reporting needs a person: the operator holds the store, not a unit.
    expect((await cli(...report, '--value', '57000', ...evidence)).status).toBe(2);
    const reported = await cli(...report, '--value', '57000', ...evidence, '--token', liaison);
    expect(reported.status, reported.stderr).toBe(0);
    const listed = await cli(
      'ledger',
      'indicator',
      'list',
      '--plan',
      'quality-2024',
      '--year',
      '2025',
      '--as-of',
      '2025-07-01',
      '--json',
    );
    const trademarks = JSON.parse(listed.stdout).indicators.find(
      (entry: { targetId: string }) => entry.targetId === '2025-registered-trademarks',
    );
    expect(trademarks).toMatchObject({
      unit: '市市场监督管理局',
      latest: { value: 57000 },
      trajectory: { status: 'onTrack' },
    });
    const history = await cli('ledger', 'indicator', 'history', ...target, '--json');
    expect(JSON.parse(history.stdout).values).toHaveLength(1);
  });

  it('scorecards --year: the ranking with each line, as JSON or text; a bad year or unit exits 2', async () => {
    const json = await cli('ledger', 'scorecards', '--year', '2025', '--json');
    expect(json.status, json.stderr).toBe(0);
    const ranking = JSON.parse(json.stdout);
    expect(ranking.scorecards.map((card: { unit: string; rank: number }) => [card.unit, card.rank])).toEqual([
      ['市市场监督管理局', 1],
      ['市商务局', 2],
    ]);
    const text = await cli('ledger', 'scorecards', '--year', '2025', '--unit', '市商务局');
    expect(text.stdout).toContain('市商务局 2025 年得分');
    expect(text.stdout).toMatch(/S\d+ 牵头任务逾期未办结: 1 × -\d+ = -\d+/);
    expect((await cli('ledger', 'scorecards', '--year', '25')).status).toBe(2);
    const unknown = await cli('ledger', 'scorecards', '--year', '2025', '--unit', '市质监局');
    expect(unknown).toMatchObject({ status: 2 });
    expect(unknown.stderr).toContain('unknown_unit');
  });
});

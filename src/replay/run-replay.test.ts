import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCap } from '../alerts/cap/parse.ts';
import { loadGeography } from '../catalog/geography.ts';
import { PlanCatalog } from '../catalog/plan-files.ts';
import { verifyAuditLog } from '../store/audit.repository.ts';
import { capSchemaErrors } from '../../test/support/cap-schema.ts';
import { runCli } from '../../test/support/cli.ts';
import { engines, freshPostgresUrl } from '../../test/support/engines.ts';
import { stormScenario } from '../../test/support/storm-scenario.ts';
import { tempDir } from '../../test/support/temp-dir.ts';
import type { ReplayEvent } from './events.ts';
import { openContext } from '../startup/context.ts';
import { runReplay } from './run-replay.ts';
import { parseScenario } from './scenario.ts';

const plans = PlanCatalog.load();
const meteo = plans.meteo();
const geography = loadGeography();

/** A drill's store and services on the scenario's clock, as `nuancheng replay` opens them. */
async function openDrill(databaseUrl = ':memory:') {
  let clock = new Date();
  const ctx = await openContext({ databaseUrl, plans, geography, clock: () => clock });
  const setClock = (at: Date) => (clock = at);
  return {
    ctx,
    store: ctx.store,
    run: (scenario: Parameters<typeof runReplay>[0]) => runReplay(scenario, ctx, setClock),
  };
}
const produced: Array<{ name: string; xml: string }> = [];

function scenario() {
  const parsed = parseScenario(stormScenario());
  if (!parsed.ok) throw new Error(parsed.line);
  return parsed.scenario;
}

describe.each(engines)('contracts/replay.md: a storm that rises, peaks and clears, on %s', (engine) => {
  it('gives Alert → Update → Update → Cancel with each message referencing the one before, and the orders signed as 4.3/4.8 say', async () => {
    const { store, run } = await openDrill(engine === 'sqlite' ? undefined : await freshPostgresUrl());
    try {
      const { report, capFiles } = await run(scenario());
      produced.push(...capFiles.map((file) => ({ name: `${engine}-${file.path}`, xml: file.xml })));
      const line = (e: ReplayEvent) =>
        e.kind === 'report.due'
          ? `${e.at} report.due ${e.due}`
          : 'signedBy' in e
            ? `${e.at} ${e.kind} ${e.from ?? '-'}→${e.level ?? '-'} ${e.signedBy}`
            : `${e.at} ${e.kind} ${e.hazard} ${e.level} ${e.cap}`;
      expect(report.events.map(line)).toEqual([
        '2025-07-20T08:00:00+08:00 warning.issued rainstorm IV cap/0001.xml',
        '2025-07-20T08:00:00+08:00 response.activated -→IV deputyCommander',
        '2025-07-20T20:00:00+08:00 warning.updated rainstorm II cap/0002.xml',
        '2025-07-20T20:00:00+08:00 response.upgraded IV→II commander',
        '2025-07-21T08:00:00+08:00 warning.updated rainstorm III cap/0003.xml',
        '2025-07-21T08:00:00+08:00 response.downgraded II→III commander',
        '2025-07-21T08:00:00+08:00 report.due 2025-07-22T08:00:00+08:00',
        '2025-07-21T20:00:00+08:00 warning.cancelled rainstorm III cap/0004.xml',
        '2025-07-21T20:00:00+08:00 response.terminated III→- deputyCommander',
        '2025-07-21T20:00:00+08:00 report.due 2025-07-22T20:00:00+08:00',
      ]);

      // 7.1: the drill is on the timeline of the meteo ledger's 7.1 task of its year.
      const drillTask = await store.db
        .selectFrom('ledger_tasks')
        .select(['id', 'year', 'measure_clause'])
        .where('plan_id', '=', 'meteo-2024')
        .executeTakeFirstOrThrow();
      expect(drillTask).toMatchObject({ year: 2025, measure_clause: '7.1' });
      const drillEvents = await store.db
        .selectFrom('ledger_events')
        .select(['kind', 'note', 'actor'])
        .where('task_id', '=', drillTask.id)
        .orderBy('seq')
        .execute();
      expect(drillEvents.map((event) => event.kind)).toEqual(['drill', 'drill']);
      expect(drillEvents[1]!.note).toMatch(/^演练:.*\(10 个事件,4 条演练预警\)$/);

      const caps = capFiles.map((file) => parseCap(file.xml).alert);
      expect(caps.map((c) => c.msgType)).toEqual(['Alert', 'Update', 'Update', 'Cancel']);
      expect(
        caps.every((c) => c.status === 'Exercise' && c.scope === 'Public' && c.infos[0]!.language === 'zh-CN'),
      ).toBe(true);
      caps
        .slice(1)
        .forEach((cap, i) =>
          expect(cap.references).toEqual([
            { sender: caps[i]!.sender, identifier: caps[i]!.identifier, sent: caps[i]!.sent },
          ]),
        );
      expect(new Set(caps.map((c) => c.identifier)).size).toBe(4);
      expect(caps.map((c) => c.infos[0]!.severity)).toEqual(['Minor', 'Severe', 'Moderate', 'Moderate']);
      expect(caps[2]!.infos[0]!.areas.map((a) => a.geocodes[0])).toEqual(
        ['150624', '150625', '150626'].map((value) => ({ valueName: 'GB/T 2260', value })),
      );

      const warningEvents = report.events.filter((e) => e.kind.startsWith('warning.')) as Array<
        Extract<ReplayEvent, { cap: string }>
      >;
      expect(warningEvents.map((e) => e.identifier)).toEqual(caps.map((c) => c.identifier));
      // 3.3.2: Ⅳ/Ⅲ to the disaster commission, Ⅱ/Ⅰ to the city Party committee and government, at once.
      expect(warningEvents.map((e) => e.firstReport?.to)).toEqual([
        ['市防灾减灾救灾委员会'],
        ['市委', '市人民政府'],
        ['市防灾减灾救灾委员会'],
        undefined,
      ]);
      const activated = report.events[1] as Extract<ReplayEvent, { signedBy: string }>;
      expect(activated.notified).toContain('市气象局');
      expect(activated.notified).toContain('市应急管理局');
      // 4.4.1: at Ⅳ the units the hazard concerns; 市农牧局 concerns itself with drought, frost … not rainstorm.
      expect(activated.notified).not.toContain('市农牧局');
      const upgraded = report.events[3] as Extract<ReplayEvent, { signedBy: string }>;
      expect(upgraded.notified).toEqual(meteo.plan.command.memberUnits.map((unit) => unit.name));
      expect(
        report.events
          .filter((e) => e.kind === 'report.due')
          .every((e) => e.kind === 'report.due' && e.to.includes('自治区气象局')),
      ).toBe(true);
      expect((await verifyAuditLog(store.db)).ok).toBe(true);
      // Each step's grading is kept, and each proposal cites the assessment it came from.
      const assessments = new Set(
        (await store.db.selectFrom('assessments').select('id').execute()).map((row) => row.id),
      );
      expect(assessments.size).toBe(4);
      const proposals = await store.db.selectFrom('proposals').select(['assessment_id', 'proposed_by']).execute();
      expect(proposals.map((p) => [assessments.has(p.assessment_id!), p.proposed_by])).toEqual(
        Array(4).fill([true, 'system']),
      );
      // An exercise queues nothing for the real channels.
      expect(await store.db.selectFrom('outbox_payloads').select('id').execute()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('contracts/replay.md: missing data is not an all-clear', () => {
  it('a step without data keeps the warning and the response; the next step with data ends both', async () => {
    const storm = stormScenario();
    const blind = {
      at: '2025-07-20T14:00:00+08:00',
      situation: { units: storm.steps[0]!.situation.units.map(({ id, areaKm2 }) => ({ id, areaKm2 })) },
    };
    const parsed = parseScenario({ ...storm, steps: [storm.steps[0], blind, storm.steps[3]] });
    if (!parsed.ok) throw new Error(parsed.line);
    const { store, run } = await openDrill();
    try {
      const { report, capFiles } = await run(parsed.scenario);
      produced.push(...capFiles.map((file) => ({ name: `blind-${file.path}`, xml: file.xml })));
      expect(report.events.map((e) => `${e.at.slice(11, 16)} ${e.kind}`)).toEqual([
        '08:00 warning.issued',
        '08:00 response.activated',
        '20:00 warning.cancelled',
        '20:00 response.terminated',
        '20:00 report.due',
      ]);
    } finally {
      await store.close();
    }
  });
});

describe('nuancheng replay (the command)', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('writes cap/0001.xml…, report.json and a Chinese report.html, exit 0', () => {
    const out = join(dir.path, 'out');
    const result = runCli(['replay', '-', '--out', out], { input: JSON.stringify(stormScenario()) });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(join(out, 'cap'))).toEqual(['0001.xml', '0002.xml', '0003.xml', '0004.xml']);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.name).toBe('2025-07 强降雨演练');
    expect(report.events).toHaveLength(10);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('启动应急响应');
    expect(html).toContain('解除预警');
    for (const name of readdirSync(join(out, 'cap')))
      produced.push({ name: `cli-${name}`, xml: readFileSync(join(out, 'cap', name), 'utf8') });
  });

  it('refuses to run on a store whose response is in force (--db): a drill must not act on a real response', () => {
    const db = join(dir.path, 'kept.sqlite');
    const rising = { ...stormScenario(), steps: stormScenario().steps.slice(0, 1) };
    expect(
      runCli(['replay', '-', '--out', join(dir.path, 'first'), '--db', db], { input: JSON.stringify(rising) }).status,
    ).toBe(0);
    const again = runCli(['replay', '-', '--out', join(dir.path, 'second'), '--db', db], {
      input: JSON.stringify(rising),
    });
    expect(again.status).toBe(2);
    expect(again.stderr.trim()).toMatch(/^--db: .*response is in force/);
  });

  it.each([
    ['not JSON', '{', /^standard input: not valid JSON/],
    ['no steps', JSON.stringify({ name: 'x' }), /^steps: expected a list of steps$/],
    [
      'a bad situation field',
      JSON.stringify({
        name: 'x',
        steps: [{ at: '2025-07-20T08:00:00+08:00', situation: { units: [{ id: 'a', areaKm2: -1 }] } }],
      }),
      /^steps\[0\]\.situation\.units\[0\]\.areaKm2: must be greater than 0$/,
    ],
    [
      'steps out of order',
      JSON.stringify({
        name: 'x',
        steps: [
          { at: '2025-07-20T08:00:00+08:00', situation: { units: [] } },
          { at: '2025-07-20T07:00:00+08:00', situation: { units: [] } },
        ],
      }),
      /^steps\[1\]\.at: steps must be in time order/,
    ],
    [
      'a step time that does not exist',
      JSON.stringify({ name: 'x', steps: [{ at: '2025-02-30T08:00:00+08:00', situation: { units: [] } }] }),
      /^steps\[0\]\.at: not a valid ISO 8601/,
    ],
  ])('refuses %s: exit 2 and one line naming the JSON path', (_what, input, message) => {
    const result = runCli(['replay', '-', '--out', join(dir.path, 'refused')], { input });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
  });

  it('every CAP file the replays above wrote validates against the OASIS schema', async () => {
    expect(produced.length).toBe(4 * (engines.length + 1) + 2);
    expect(await capSchemaErrors(produced)).toEqual([]);
  });
});

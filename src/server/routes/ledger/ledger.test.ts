import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp, personHeaders } from '../../../../test/support/app.ts';
import { engines } from '../../../../test/support/engines.ts';
import { ledgerWorkbook, sampleSheet } from '../../../../test/support/ledger-sheet.ts';
import { readFirstSheet } from '../../../services/ledger-workbook.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(engines)('issue #12 /api/ledger: the chain and the task table over HTTP, on %s', (engine) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());
  /** The app on a fresh store, with 市市场监督管理局 (the quality plan's coordinator, 五(三)) and two other units. */
  const ledgerApp = async () => {
    const opened = await openTestApp(engine);
    close = opened.close;
    const { app } = opened;
    const liaison = (username: string, unitId: string) => personHeaders(app, { username, role: 'unitLiaison', unitId });
    return {
      app,
      market: await liaison('market', 'market-regulation-bureau'),
      commerce: await liaison('commerce', 'commerce-bureau'),
      finance: await liaison('finance', 'finance-bureau'),
    };
  };

  it('seed, filter and page, 立项 → 办结销号 with evidence, timeline, export; refusals by party', async () => {
    const { app, market, commerce, finance } = await ledgerApp();

    const seeded = await app.inject({
      method: 'POST',
      url: '/api/ledger/seed',
      headers: market,
      payload: { plan: 'quality-2024', year: 2025 },
    });
    expect(seeded.json()).toEqual({ seeded: 28, created: 28, updated: 0 });
    const refusedSeed = await app.inject({
      method: 'POST',
      url: '/api/ledger/seed',
      headers: commerce,
      payload: { plan: 'quality-2024', year: 2025 },
    });
    expect(refusedSeed.statusCode).toBe(403);
    expect(refusedSeed.json().error.code).toBe('not_coordinator');

    const page1 = await app.inject({
      url: '/api/ledger/tasks?plan=quality-2024&year=2025&limit=20',
      headers: commerce,
    });
    expect(page1.json().tasks).toHaveLength(20);
    const page2 = await app.inject({
      url: `/api/ledger/tasks?plan=quality-2024&year=2025&limit=20&cursor=${page1.json().next}`,
      headers: commerce,
    });
    expect(page2.json()).toMatchObject({ next: null });
    expect(page2.json().tasks).toHaveLength(8);
    const action = await app.inject({ url: '/api/ledger/tasks?plan=quality-2024&action=四(一)', headers: commerce });
    expect(action.json().tasks.map((task: { measureClause: string }) => task.measureClause)).toEqual([
      '四(一)1',
      '四(一)2',
      '四(一)3',
    ]);
    const task = action.json().tasks[2] as { id: string };

    const post = (path: string, headers: { authorization: string }, payload: object = {}) =>
      app.inject({ method: 'POST', url: `/api/ledger/tasks/${task.id}/${path}`, headers, payload });
    expect((await post('set-up', market, { lead: ['市商务局'], partners: ['市发改委'] })).json()).toMatchObject({
      node: '立项',
      lead: ['市商务局'],
      partners: ['市发展和改革委员会'],
    });
    const mine = await app.inject({ url: '/api/ledger/tasks?unit=市商务局&role=lead', headers: commerce });
    expect(mine.json().tasks.map((entry: { id: string }) => entry.id)).toEqual([task.id]);
    expect((await post('assign', market)).statusCode).toBe(200);
    const wrongUnit = await post('sign', finance);
    expect(wrongUnit.statusCode).toBe(403);
    expect(wrongUnit.json().error.code).toBe('wrong_unit');
    expect((await post('sign', commerce)).json().node).toBe('签收');
    const tooEarly = await post('review', market, { decision: 'accept' });
    expect(tooEarly.statusCode).toBe(409);
    const progress = await post('progress', commerce, {
      text: '已召开部署会',
      files: [
        {
          fileName: '会议纪要.pdf',
          mediaType: 'application/pdf',
          contentBase64: Buffer.from('%PDF-1.4 纪要').toString('base64'),
        },
      ],
    });
    expect(progress.json().node).toBe('办理');
    expect((await post('feedback', commerce, { text: '已完成' })).json().node).toBe('反馈');
    const noReason = await post('review', market, { decision: 'return' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'reason_required', path: 'reason' });
    expect((await post('review', market, { decision: 'return', reason: '缺少佐证' })).json().node).toBe('办理');
    await post('feedback', commerce, { text: '已补充佐证' });
    expect((await post('review', market, { decision: 'accept' })).json().node).toBe('复核');
    expect((await post('close', market)).json()).toMatchObject({ node: '办结销号', light: 'green' });

    const detail = (await app.inject({ url: `/api/ledger/tasks/${task.id}`, headers: finance })).json();
    expect(detail.timeline.map((event: { nodeAfter: string }) => event.nodeAfter)).toEqual([
      '立项',
      '立项',
      '交办',
      '签收',
      '办理',
      '反馈',
      '办理',
      '反馈',
      '复核',
      '办结销号',
    ]);
    expect(detail.returns[0].reason).toBe('缺少佐证');
    const evidence = detail.reports[0].evidence[0];
    const file = await app.inject({ url: `/api/ledger/evidence/${evidence.id}`, headers: finance });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body).toBe('%PDF-1.4 纪要');
    expect(file.headers['x-content-sha256']).toBe(evidence.sha256);

    const closedOnly = await app.inject({ url: '/api/ledger/tasks?plan=quality-2024&node=办结销号', headers: finance });
    expect(closedOnly.json().tasks).toHaveLength(1);
    const unknownUnit = await app.inject({ url: '/api/ledger/tasks?unit=市质监局', headers: finance });
    expect(unknownUnit.statusCode).toBe(400);

    const exported = await app.inject({
      url: '/api/ledger/export?plan=quality-2024&year=2025&action=四(一)',
      headers: finance,
    });
    expect(exported.statusCode).toBe(200);
    const grid = await readFirstSheet(exported.rawPayload);
    expect(grid.rows[1]!.map((cell) => cell.value)).toEqual([
      '序号',
      '重点任务',
      '具体措施',
      '牵头单位',
      '配合单位',
      '完成时限',
      '当前环节',
      '状态',
    ]);
    expect(grid.rows).toHaveLength(5);
    expect(grid.rows[4]!.slice(6).map((cell) => cell.value)).toEqual(['办结销号', '绿']);
    expect(grid.rows[3]![1]!.mergedInto).toBeUndefined();
  });

  it('the coordinator uploads the year’s table; a bad file names each bad cell and stores nothing', async () => {
    const { app, market, commerce } = await ledgerApp();
    const upload = (
      headers: Record<string, string>,
      body: Buffer,
      query = 'plan=quality-2024&year=2025&file=任务.xlsx',
    ) =>
      app.inject({
        method: 'POST',
        url: `/api/ledger/import?${encodeURI(query)}`,
        headers: { ...headers, 'content-type': XLSX },
        payload: body,
      });
    const tasks = async () =>
      (await app.inject({ url: '/api/ledger/tasks?plan=quality-2024&year=2025&limit=100', headers: commerce })).json()
        .tasks as Array<{ number: string; lead: string[] }>;

    const bad = sampleSheet();
    bad.rows[1]![3] = '市质监局';
    bad.rows[2]![5] = '下个月';
    const refused = await upload(market, await ledgerWorkbook(bad));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'invalid_ledger_file',
      problems: [
        { sheet: '2025年', cell: 'D4', reason: expect.stringContaining('市质监局') },
        { sheet: '2025年', cell: 'F5', reason: expect.any(String) },
      ],
    });
    expect(refused.json().error.message).toMatch(/^任务\.xlsx: 2025年!D4: /);
    expect(await tasks()).toEqual([]);

    const notAWorkbook = await upload(market, Buffer.from('序号,重点任务\n1,x\n'));
    expect(notAWorkbook.statusCode).toBe(400);
    expect(notAWorkbook.json().error.problems).toEqual([{ sheet: null, cell: null, reason: expect.any(String) }]);

    const unknownPlan = await upload(market, await ledgerWorkbook(sampleSheet()), 'plan=no-such-plan&year=2025');
    expect(unknownPlan.statusCode).toBe(400);

    expect((await upload(commerce, await ledgerWorkbook(sampleSheet()))).statusCode).toBe(403);
    expect((await upload({}, await ledgerWorkbook(sampleSheet()))).statusCode).toBe(401);
    expect(await tasks()).toEqual([]);

    const imported = await upload(market, await ledgerWorkbook(sampleSheet()));
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ imported: 5, created: 5, updated: 0 });
    expect((await tasks()).map((t) => t.number)).toEqual(['1', '2', '3', '4', '10']);
    const again = await upload(market, await ledgerWorkbook(sampleSheet()));
    expect(again.json()).toEqual({ imported: 5, created: 0, updated: 0 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../../../../test/support/app.ts';
import { engines } from '../../../../test/support/engines.ts';
import { asPeople } from '../../../../test/support/people.ts';
import type { App } from '../../app.ts';

describe.each(engines)('GET /api/audit/entries: the audit log page by page, on %s', (engine) => {
  let app: App;
  let close: () => Promise<void>;
  let people: ReturnType<typeof asPeople>;
  beforeAll(async () => {
    ({ app, close } = await openTestApp(engine));
    people = asPeople(app);
    await people.create([
      { username: 'duty', role: 'dutyOfficer' },
      { username: 'qxj', role: 'unitLiaison', unitId: 'meteorological-bureau' },
    ]);
    for (const hazard of ['rainstorm', 'gale', 'fog']) {
      const issued = await people.call('duty', 'POST', '/api/warnings', { action: 'issue', hazard, level: 'IV' });
      expect(issued.status).toBe(201);
    }
  });
  afterAll(async () => close());

  it('newest first; limit and cursor walk every entry once; next is null at the start of the log', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/audit/entries?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const { status, json } = await people.call('duty', 'GET', url);
      expect(status).toBe(200);
      expect(json.items.length).toBeLessThanOrEqual(2);
      seen.push(...json.items.map((item: { seq: number }) => item.seq));
      cursor = json.next;
    } while (cursor);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.at(-1)).toBe(1);
  });

  it('filters by action prefix in SQL: only warning entries', async () => {
    const { json } = await people.call('duty', 'GET', '/api/audit/entries?action=warning.&limit=50');
    expect(json.items.length).toBeGreaterThanOrEqual(3);
    expect(json.items.every((item: { action: string }) => item.action.startsWith('warning.'))).toBe(true);
  });

  it('a liaison is refused with the reason (403); the public must sign in (401); a forged cursor is a 400', async () => {
    const liaison = await people.call('qxj', 'GET', '/api/audit/entries');
    expect(liaison.status).toBe(403);
    expect(liaison.json.error.message).toMatch(/查看审计记录.*成员单位联络员/);
    expect((await people.call(null, 'GET', '/api/audit/entries')).status).toBe(401);
    const forged = await people.call('duty', 'GET', '/api/audit/entries?cursor=bm9wZQ');
    expect(forged.status).toBe(400);
    expect(forged.json.error.code).toBe('invalid_cursor');
  });
});

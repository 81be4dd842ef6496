import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, personHeaders } from '../../../../test/support/app.ts';
import { engines } from '../../../../test/support/engines.ts';
import { readEvents } from '../../../../test/support/event-stream.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';

const situation = JSON.parse(readFileSync(new URL('../../../../examples/situation.json', import.meta.url), 'utf8'));

describe.each(engines)('GET /api/duty/stream: the duty room told as it happens (issue #13 item 3), on %s', (engine) => {
  let app: App;
  let ctx: AppContext;
  let close: () => Promise<void>;
  let base: string;
  let duty: Record<string, string>;
  beforeAll(async () => {
    ({ app, ctx, close } = await openTestApp(engine));
    duty = await personHeaders(app, { username: 'duty', role: 'dutyOfficer' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => close?.());
  /** The duty officer's stream, read until its first event; `whileOpen` runs once it has started. */
  const firstEvent = async (whileOpen: () => void) =>
    (await readEvents(base, '/api/duty/stream', duty, (seen) => seen.length >= 1, whileOpen))[0]!;

  it('a grading that reaches a level: its drafted warning is a `draft` event, naming what to read', async () => {
    const event = await firstEvent(() => {
      void app.inject({ method: 'POST', url: '/api/assessments', headers: duty, payload: situation });
    });
    const notice = JSON.parse(event.data);
    expect(notice).toMatchObject({ kind: 'draft', state: 'draft', draftId: expect.any(String) });
    const draft = await app.inject({ url: `/api/warning-drafts/${notice.draftId}`, headers: duty });
    expect(draft.statusCode).toBe(200);
  });

  it('a level the continuous grading reached is a `levels` event with its changes; other events are not sent', async () => {
    const changes = [{ hazard: 'rainstorm', kind: 'reached', from: null, to: 'IV', clause: '8.2.2(4)' }];
    const event = await firstEvent(() => {
      ctx.events.publish({ type: 'observations.stored', stored: 3, latestAt: '2025-07-20T00:00:00.000Z' });
      ctx.events.publish({
        type: 'assessment.levels',
        assessmentId: 'a-1',
        at: '2025-07-20T08:00:00+08:00',
        changes: changes as never,
      });
    });
    // The first event is the levels one: the stored observations before it were not sent.
    expect(JSON.parse(event.data)).toEqual({
      kind: 'levels',
      assessmentId: 'a-1',
      at: '2025-07-20T08:00:00+08:00',
      changes,
    });
  });

  it('refused like the drafts: 401 without sign-in, 403 to a member unit’s liaison', async () => {
    expect((await app.inject({ url: '/api/duty/stream' })).statusCode).toBe(401);
    const liaison = await personHeaders(app, { username: 'liaison', role: 'unitLiaison', unitId: 'commerce-bureau' });
    expect((await app.inject({ url: '/api/duty/stream', headers: liaison })).statusCode).toBe(403);
  });
});

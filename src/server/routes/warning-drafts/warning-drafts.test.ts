import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, personHeaders } from '../../../../test/support/app.ts';
import { capSchemaErrors } from '../../../../test/support/cap-schema.ts';
import { engines } from '../../../../test/support/engines.ts';
import { stormScenario } from '../../../../test/support/storm-scenario.ts';
import { auditTrail } from '../../../store/audit.repository.ts';
import type { App } from '../../app.ts';
import type { AppContext } from '../../context.ts';

type Headers = { authorization: string };

describe.each(engines)(
  '3.3.2: a grading drafts the warnings it implies; only the duty officer publishes, on %s',
  (engine) => {
    let app: App;
    let ctx: AppContext;
    let close: () => Promise<void>;
    let duty: Headers;
    let commander: Headers;
    let liaison: Headers;
    const steps = stormScenario().steps;
    const grading = (index: number) => ({ at: steps[index]!.at, ...steps[index]!.situation });

    beforeAll(async () => {
      ({ app, ctx, close } = await openTestApp(engine));
      duty = await personHeaders(app, { username: 'duty', role: 'dutyOfficer' });
      commander = await personHeaders(app, { username: 'commander', role: 'commander' });
      liaison = await personHeaders(app, { username: 'qxj', role: 'unitLiaison', unitId: 'meteorological-bureau' });
    });
    afterAll(async () => close());

    const call = async (method: 'GET' | 'POST', url: string, headers: Headers, payload?: object) => {
      const response = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      return { status: response.statusCode, json: response.json() };
    };

    it('drafts, previews, changes and confirms: the warning is published by the duty officer, audited', async () => {
      const graded = await call('POST', '/api/assessments', duty, grading(0));
      expect(graded.status).toBe(201);
      expect(graded.json.drafts).toEqual([
        { id: expect.any(String), action: 'issue', hazard: 'rainstorm', level: 'IV', areaCodes: ['150624', '150625'] },
      ]);
      // Nothing is published by the grading itself.
      expect((await call('GET', '/api/warnings', duty)).json.warnings).toEqual([]);

      const id = graded.json.drafts[0].id as string;
      expect((await call('GET', `/api/warning-drafts/${id}`, liaison)).status).toBe(403);
      const seen = await call('GET', `/api/warning-drafts/${id}`, commander);
      expect(seen.status).toBe(200);
      const { preview } = seen.json;
      expect(preview.capXml).toContain('<msgType>Alert</msgType>');
      expect(preview.headlineZh).toMatch(/暴雨/);
      const sms = preview.channels.find((channel: { kind: string }) => channel.kind === 'sms');
      expect(sms.segments.length).toBeGreaterThan(0);
      expect(sms.segments.every((segment: string) => segment.length <= 70)).toBe(true);
      expect(preview.channels.map((channel: { kind: string }) => channel.kind).sort()).toEqual([
        'email',
        'sms',
        'webhook',
        'wecom',
      ]);
      expect(preview.firstReport).toEqual({ to: ['市防灾减灾救灾委员会'], clause: expect.any(String) });
      expect(await capSchemaErrors([{ name: 'preview.xml', xml: preview.capXml }])).toEqual([]);

      expect((await call('POST', `/api/warning-drafts/${id}/confirm`, commander, {})).status).toBe(403);
      const changed = await call('POST', `/api/warning-drafts/${id}/change`, duty, {
        level: 'III',
        areaCodes: ['150624'],
      });
      expect(changed.json).toMatchObject({ state: 'draft', level: 'III', areaCodes: ['150624'] });
      const badArea = await call('POST', `/api/warning-drafts/${id}/change`, duty, { areaCodes: ['110101'] });
      expect(badArea.json.error).toMatchObject({ code: 'unknown_division', path: 'areaCodes[0]' });

      const confirmed = await call('POST', `/api/warning-drafts/${id}/confirm`, duty, {});
      expect(confirmed.status).toBe(201);
      expect(confirmed.json.message).toMatchObject({ msgType: 'Alert', hazard: 'rainstorm', level: 'III' });
      expect(confirmed.json.draft).toMatchObject({
        state: 'confirmed',
        decidedBy: 'dutyOfficer:duty',
        messageId: expect.any(String),
        warningId: confirmed.json.message.warningId,
      });
      const published = (await call('GET', '/api/warnings', liaison)).json.warnings;
      expect(published.map((w: { hazard: string; level: string }) => [w.hazard, w.level])).toEqual([
        ['rainstorm', 'III'],
      ]);
      expect((await call('POST', `/api/warning-drafts/${id}/confirm`, duty, {})).json.error.code).toBe('draft_decided');

      const trail = await auditTrail(ctx.store.db, 'warning-draft', id);
      expect(trail.map((entry) => [entry.action, entry.actor])).toEqual([
        ['warning.draft.created', 'dutyOfficer:duty'],
        ['warning.draft.changed', 'dutyOfficer:duty'],
        ['warning.draft.confirmed', 'dutyOfficer:duty'],
      ]);
    });

    it('a later grading drafts an update of the warning in force, and replaces an undecided draft; a draft may be cancelled', async () => {
      const peak = await call('POST', '/api/assessments', duty, grading(1));
      expect(peak.json.drafts).toEqual([
        expect.objectContaining({ action: 'update', hazard: 'rainstorm', level: 'II' }),
      ]);
      const again = await call('POST', '/api/assessments', duty, grading(1));
      const listed = (await call('GET', '/api/warning-drafts?state=draft', commander)).json.drafts;
      expect(listed.map((draft: { id: string }) => draft.id)).toEqual([again.json.drafts[0].id]);
      const superseded = (await call('GET', `/api/warning-drafts/${peak.json.drafts[0].id}`, duty)).json;
      expect(superseded).toMatchObject({ state: 'superseded', preview: null });

      const id = again.json.drafts[0].id as string;
      expect((await call('POST', `/api/warning-drafts/${id}/cancel`, duty, { reason: ' ' })).status).toBe(400);
      const cancelled = await call('POST', `/api/warning-drafts/${id}/cancel`, duty, { reason: '会商:维持Ⅲ级' });
      expect(cancelled.json).toMatchObject({ state: 'cancelled', decidedBy: 'dutyOfficer:duty' });
      expect((await call('GET', '/api/warnings', duty)).json.warnings[0]).toMatchObject({ level: 'III' });

      const cleared = await call('POST', '/api/assessments', duty, grading(3));
      expect(cleared.json.drafts).toEqual([expect.objectContaining({ action: 'cancel', hazard: 'rainstorm' })]);
      const page = await call('GET', '/api/warning-drafts?limit=2', commander);
      expect(page.json.drafts).toHaveLength(2);
      const rest = await call('GET', `/api/warning-drafts?limit=2&cursor=${page.json.next}`, commander);
      expect(rest.json.next).toBeNull();
      expect([...page.json.drafts, ...rest.json.drafts].map((draft: { id: string }) => draft.id)).toHaveLength(4);
    });
  },
);

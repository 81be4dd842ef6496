import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { startReceiver, type Receiver } from '../../test/support/http-receiver.ts';
import type { Actor } from '../access/roles.ts';
import { loadGeography } from '../catalog/geography.ts';
import { actOnWarning } from '../services/warnings-manual.service.ts';
import { serviceContext } from '../../test/support/services.ts';
import { userPrincipal } from '../access/principal.ts';
import type { Store } from '../store/database.ts';
import { saveGeography } from '../store/geography.repository.ts';
import { replaceEndpointRoutes } from '../store/outbox-endpoints.repository.ts';
import { upsertSmsSubscribers } from '../store/sms-subscribers.repository.ts';
import { webhookSender } from './channels/webhook.ts';
import { wecomSender } from './channels/wecom.ts';
import { Dispatcher } from './dispatcher.ts';

const geography = loadGeography();
const duty: Actor = { id: 'd', username: 'duty', displayName: '值班员', role: 'dutyOfficer', unitId: null };

async function smsCount(store: Store): Promise<number> {
  const rows = await store.db
    .selectFrom('outbox_messages')
    .select('recipient')
    .where('endpoint_id', '=', 'sms-gateway')
    .execute();
  return rows.length;
}

describe.each(engines)("a duty officer's warning goes out (%s)", (engine) => {
  let store: Store;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    await store?.close();
  });

  it('3.3.2 and 3.3.4 through the warnings service: first report by level, public channels, SMS only when judged of major impact', async () => {
    store = await openTestStore(engine);
    await saveGeography(store.db, geography);
    await replaceEndpointRoutes(
      store.db,
      [
        { id: 'sms-gateway', kind: 'sms', channels: [], reportsTo: [], addresses: [] },
        { id: 'website', kind: 'webhook', channels: ['website'], reportsTo: [], addresses: [] },
        { id: 'committee-bot', kind: 'wecom', channels: [], reportsTo: ['市防灾减灾救灾委员会'], addresses: [] },
      ],
      new Date(),
    );
    await upsertSmsSubscribers(
      store.db,
      geography.divisions.map((division, i) => ({ phone: String(13_600_000_000 + i), divisionCode: division.code })),
    );
    const ctx = serviceContext(store, () => new Date('2025-07-20T00:00:00Z'));

    const fog = await actOnWarning(ctx, userPrincipal(duty), {
      action: 'issue',
      hazard: 'fog',
      level: 'III',
      areaCodes: ['150602'],
    });
    expect(await smsCount(store)).toBe(0);
    await actOnWarning(ctx, userPrincipal(duty), {
      action: 'update',
      warningId: fog.warningId,
      areaCodes: ['150602', '150603'],
      majorImpact: true,
    });
    expect(await smsCount(store)).toBe(2);
    await actOnWarning(ctx, userPrincipal(duty), { action: 'issue', hazard: 'gale', level: 'IV' });
    expect(await smsCount(store)).toBe(2 + geography.divisions.length);

    receiver = await startReceiver((request) =>
      request.path === '/bot' ? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' } : { status: 200 },
    );
    const rate = { perSecond: 100, burst: 100 };
    const summary = await new Dispatcher({
      db: store.db,
      logger: pino({ level: 'silent' }),
      senders: [
        webhookSender({ id: 'website', url: `${receiver.url}/website`, secret: 's', timeoutMs: 5000, rate }),
        wecomSender({ id: 'committee-bot', url: `${receiver.url}/bot`, timeoutMs: 5000, rate }),
      ],
    }).runOnce();
    expect(summary).toEqual({ sent: 6, retried: 0, dead: 0 });
    const bot = receiver.requests
      .filter((r) => r.path === '/bot')
      .map((r) => (JSON.parse(r.body) as { markdown: { content: string } }).markdown.content);
    expect(bot).toHaveLength(3);
    const fogAlert = bot.find((content) => content.startsWith('## <font color="warning">大雾黄色预警</font>'));
    expect(fogAlert).toContain('首报:报市防灾减灾救灾委员会');
    expect(fogAlert).toContain('范围:东胜区');
    const gale = bot.find((content) => content.startsWith('## <font color="info">大风蓝色预警</font>'));
    expect(gale).toContain('范围:全市');
  });
});

import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../services/events.ts';
import { openStore } from '../store/database.ts';
import { openEventBus, readEventBusConfig } from './event-bus.ts';

describe('the event bus configuration', () => {
  it('defaults: the bus follows the store; NATS on the local server, subject nuancheng.events', () => {
    expect(readEventBusConfig({})).toEqual({
      kind: undefined,
      natsServers: ['nats://127.0.0.1:4222'],
      natsSubject: 'nuancheng.events',
    });
    expect(
      readEventBusConfig({
        NUANCHENG_EVENT_BUS: 'nats',
        NUANCHENG_NATS_URL: 'nats://a:4222, nats://b:4222',
        NUANCHENG_EVENT_SUBJECT: 'ordos.events',
      }),
    ).toEqual({ kind: 'nats', natsServers: ['nats://a:4222', 'nats://b:4222'], natsSubject: 'ordos.events' });
  });

  it('a bad value stops the start, naming the variable', () => {
    expect(() => readEventBusConfig({ NUANCHENG_EVENT_BUS: 'redis' })).toThrow(
      'NUANCHENG_EVENT_BUS: expected one of local, postgres, nats, got "redis"',
    );
    expect(() => readEventBusConfig({ NUANCHENG_EVENT_SUBJECT: 'a b' })).toThrow('NUANCHENG_EVENT_SUBJECT');
  });

  it('SQLite: one server, the in-process bus; a PostgreSQL bus on it is refused', async () => {
    const store = openStore(':memory:');
    const logger = pino({ level: 'silent' });
    try {
      expect(await openEventBus(store, ':memory:', readEventBusConfig({}), logger)).toBe(eventsOf(store.db));
      await expect(
        openEventBus(store, ':memory:', readEventBusConfig({ NUANCHENG_EVENT_BUS: 'postgres' }), logger),
      ).rejects.toThrow('NUANCHENG_EVENT_BUS: postgres needs a PostgreSQL store');
    } finally {
      await store.close();
    }
  });
});

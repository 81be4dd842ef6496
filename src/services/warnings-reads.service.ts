import { createHash } from 'node:crypto';
import { renderAtomFeed } from '../alerts/feeds/atom.ts';
import { meteorologicalIssuer } from '../alerts/warnings/issuer.ts';
import { divisionAt } from '../geo/point-in-polygon.ts';
import type { Level } from '../plans/common.schema.ts';
import type { HazardKey } from '../plans/meteo/hazards.schema.ts';
import {
  latestMessage,
  listWarnings,
  messageByIdentifier,
  messagesAfter,
  messagesOf,
  warningById,
  type CapStatusKept,
  type WarningMessageRecord,
  type WarningRecord,
} from '../store/warnings.repository.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';

export type { CapStatusKept, WarningMessageRecord, WarningRecord } from '../store/warnings.repository.ts';

/** Warnings are for everyone (3.3): these reads need no sign-in and answer the same whoever asks. */

export interface WarningListQuery extends PageRequest {
  status: CapStatusKept;
  hazard?: HazardKey | undefined;
  level?: Level | undefined;
  /** A division (or the city: every warning) the warning must cover. */
  area?: string | undefined;
  active?: boolean | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

export interface WarningList extends Page<WarningRecord> {
  /** With lat and lon: the point and the division holding it (null outside the city, and then no warning). */
  point?: { lat: number; lon: number; division: { code: string; name: string } | null };
}

/** Warnings, newest change first; hazard, level, area, in force, and the point they cover all filter in SQL. */
export async function listPublicWarnings(ctx: ServiceContext, query: WarningListQuery): Promise<WarningList> {
  const { geography } = ctx;
  const located =
    query.lat !== undefined && query.lon !== undefined
      ? { lat: query.lat, lon: query.lon, division: divisionAt(geography, query.lon, query.lat) ?? null }
      : undefined;
  const covers: string[] | undefined = located
    ? located.division
      ? [located.division.code]
      : []
    : query.area !== undefined && query.area !== geography.cityCode
      ? [query.area]
      : undefined;
  const page = await listWarnings(
    ctx.store.db,
    {
      status: query.status,
      hazard: query.hazard,
      level: query.level,
      active: query.active === undefined ? undefined : { now: ctx.clock().toISOString(), is: query.active },
      coversAny: covers,
    },
    query,
  );
  if (!located) return page;
  const division = located.division && { code: located.division.code, name: located.division.name };
  return { ...page, point: { lat: located.lat, lon: located.lon, division } };
}

/** A warning with all its messages, by the warning's id or the identifier of one of its messages. */
export async function warningWithMessages(
  ctx: ServiceContext,
  ref: string,
): Promise<{ warning: WarningRecord; messages: WarningMessageRecord[] } | undefined> {
  const db = ctx.store.db;
  const message = await messageByIdentifier(db, ref);
  const warning = await warningById(db, message?.warningId ?? ref);
  return warning && { warning, messages: await messagesOf(db, warning.id) };
}

/** One message as CAP 1.2: by its identifier, or the latest message of a warning by the warning's id. */
export async function capOf(ctx: ServiceContext, ref: string): Promise<string | undefined> {
  const db = ctx.store.db;
  const message = await messageByIdentifier(db, ref);
  if (message) return message.capXml;
  const warning = await warningById(db, ref);
  return warning && (await messageByIdentifier(db, warning.latest.identifier))?.capXml;
}

/** Messages committed after `seq`, oldest first: what a stream client that saw `seq` missed. */
export function messagesSince(ctx: ServiceContext, status: CapStatusKept, seq: number, limit = 1000) {
  return messagesAfter(ctx.store.db, status, seq, limit);
}

export function capPath(identifier: string): string {
  return `/api/warnings/${encodeURIComponent(identifier)}.cap`;
}

interface BuiltFeed {
  body: string;
  etag: string;
  /** The feed it was built from: the newest message of its status, and when its first warning runs out. */
  seq: number;
  validUntil: number;
}

const feeds = new WeakMap<object, Map<string, BuiltFeed>>();

/**
 * The Atom feed of the warnings in force (RFC 4287), its ids and links under the configured public base URL
 * (never the request's Host). Built once and kept with its ETag; it is built again only when a message was
 * committed since (one indexed read says so, whichever server wrote it) or a warning in it ran out.
 */
export async function atomFeed(
  ctx: ServiceContext,
  options: { status: CapStatusKept; baseUrl: string },
): Promise<{ body: string; etag: string }> {
  const { status, baseUrl } = options;
  const db = ctx.store.db;
  const now = ctx.clock();
  let cache = feeds.get(ctx.store);
  if (!cache) feeds.set(ctx.store, (cache = new Map()));
  const key = `${status} ${baseUrl}`;
  const last = await latestMessage(db, status);
  const seq = last?.seq ?? 0;
  const kept = cache.get(key);
  if (kept && kept.seq === seq && now.getTime() < kept.validUntil) return kept;

  const issuer = meteorologicalIssuer(ctx.plans.meteo().plan, {
    code: ctx.geography.cityCode,
    name: ctx.geography.cityName,
  });
  const nowIso = now.toISOString();
  const inForce = (await listWarnings(db, { status, active: { now: nowIso, is: true } }, { limit: 500 })).items;
  const self = `${baseUrl}/api/warnings/feed.atom${status === 'Actual' ? '' : `?status=${status}`}`;
  const body = renderAtomFeed({
    id: self,
    title: `${issuer.nameZh}气象灾害预警${status === 'Exercise' ? '(演练)' : ''}`,
    selfUrl: self,
    updated: last?.sent ?? '1970-01-01T00:00:00+00:00',
    entries: inForce.map((record) => ({
      id: `${baseUrl}${capPath(record.latest.identifier)}`,
      title: record.latest.headlineZh,
      updated: record.latest.sent,
      summary: record.latest.descriptionZh,
      capUrl: `${baseUrl}${capPath(record.latest.identifier)}`,
      category: record.hazard,
      authorName: issuer.nameZh,
    })),
  });
  const expiries = inForce.map((record) => (record.expires ? Date.parse(record.expires) : Infinity));
  const built: BuiltFeed = {
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    seq,
    validUntil: Math.min(Infinity, ...expiries),
  };
  cache.set(key, built);
  return built;
}

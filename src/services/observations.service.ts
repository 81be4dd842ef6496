import type { Principal } from '../access/principal.ts';
import { WorkflowError } from '../response/workflow-error.ts';
import {
  insertObservations,
  insertRejects,
  observationsBetween,
  pageRejects,
  type ObservationReject,
} from '../store/observations.repository.ts';
import type { ObservationSource } from '../store/tables/observations.ts';
import {
  parseObservationMessage,
  validateObservation,
  type Observation,
  type ObservationResult,
  type ValidationContext,
} from '../weather/observations/observation.ts';
import { observationReadings } from '../weather/observations/plan-readings.ts';
import { observedSituation, seriesWindowStart, type ObservedSituation } from '../weather/observations/situation.ts';
import { floorHour, formatBeijing, HOUR_MS, parseObservationTime } from '../weather/observations/time.ts';
import type { ServiceContext } from './context.ts';
import type { Page, PageRequest } from './pagination.ts';
import { change, read } from './use-case.ts';

export type { ObservationReject } from '../store/observations.repository.ts';

/** A dead letter keeps at most this much of a payload: an oversized message is set aside, not stored whole. */
const MAX_STORED_RAW_CHARS = 8192;

/** One item as it arrived: parsed JSON (HTTP, a JSON file) or the text of one message (MQTT, NATS, a file line). */
export type IncomingObservation =
  | { json: unknown; stationFromChannel?: string }
  | { text: string; stationFromChannel?: string }
  /** A record its transport already found unreadable (a CSV row with the wrong number of cells). */
  | { raw: string; reason: string; stationFromChannel?: string };

export interface IngestOutcome {
  /** Valid items (a resend of a stored station and time counts: it is accepted and changes nothing). */
  accepted: number;
  /** Of those, how many were new rows. */
  stored: number;
  rejected: Array<{ index: number; reason: string }>;
}

function rawOf(item: IncomingObservation): string {
  let raw: string;
  if ('raw' in item) raw = item.raw;
  else if ('text' in item) raw = item.text;
  else {
    try {
      raw = JSON.stringify(item.json) ?? String(item.json);
    } catch {
      raw = String(item.json);
    }
  }
  return bounded(raw);
}

/** A payload as a dead letter keeps it: cut at a bound, and NUL written out (PostgreSQL text cannot hold it). */
export function bounded(raw: string): string {
  const cut = raw.length > MAX_STORED_RAW_CHARS ? `${raw.slice(0, MAX_STORED_RAW_CHARS)}…(共 ${raw.length} 字符)` : raw;
  return cut.replaceAll('\u0000', '\\u0000');
}

// The set of known stations, built once per geography (a national network has 70,000; a feed sends many batches).
const stationSets = new WeakMap<object, ReadonlySet<string>>();
function stationIds(ctx: ServiceContext): ReadonlySet<string> {
  let ids = stationSets.get(ctx.geography.stations);
  if (!ids) stationSets.set(ctx.geography.stations, (ids = new Set(ctx.geography.stations.map((s) => s.id))));
  return ids;
}

function validate(item: IncomingObservation, base: ValidationContext): ObservationResult {
  if ('raw' in item) return { ok: false, reason: item.reason };
  const context =
    item.stationFromChannel === undefined ? base : { ...base, stationFromChannel: item.stationFromChannel };
  return 'text' in item ? parseObservationMessage(item.text, context) : validateObservation(item.json, context);
}

/**
 * Takes in a batch of observations from one path: every item is validated on its own; the valid ones are stored
 * (a station and time already stored is left alone) and the bad ones set aside with their reason, all in one
 * transaction with one audit entry. A bad item never keeps the others out; a failure of the store keeps them all
 * out, so a transport that acknowledges after this returns loses nothing.
 */
export async function ingestObservations(
  ctx: ServiceContext,
  principal: Principal,
  source: ObservationSource,
  items: readonly IncomingObservation[],
): Promise<IngestOutcome> {
  return change(ctx, principal, 'observations.ingest', async (step) => {
    const valid = new Map<string, Observation>();
    const rejected: IngestOutcome['rejected'] = [];
    const deadLetters: Array<{ source: ObservationSource; raw: string; reason: string }> = [];
    let accepted = 0;
    const base = { stations: stationIds(ctx), now: step.at };
    items.forEach((item, index) => {
      const result = validate(item, base);
      if (!result.ok) {
        rejected.push({ index, reason: result.reason });
        deadLetters.push({ source, raw: rawOf(item), reason: result.reason });
        return;
      }
      accepted++;
      const key = `${result.observation.station}@${result.observation.atMs}`;
      if (!valid.has(key)) valid.set(key, result.observation);
    });
    const observations = [...valid.values()];
    const receivedAt = step.at.toISOString();
    const stored = await insertObservations(step.trx, observations, source, receivedAt);
    if (deadLetters.length > 0) await insertRejects(step.trx, deadLetters, receivedAt);
    await step.audit({
      action: 'observations.ingested',
      subjectType: 'observations',
      subjectId: source,
      payload: { source, received: items.length, accepted, stored, rejected: rejected.length },
    });
    if (stored > 0) {
      const latest = observations.reduce((max, o) => Math.max(max, o.atMs), 0);
      step.publish({ type: 'observations.stored', stored, latestAt: new Date(latest).toISOString() });
    }
    return { accepted, stored, rejected };
  });
}

/** What was set aside, newest first. */
export function listRejectedObservations(
  ctx: ServiceContext,
  principal: Principal,
  page: PageRequest,
): Promise<Page<ObservationReject>> {
  return read(ctx, principal, 'observations.rejected.read', (db) => pageRejects(db, page));
}

/** The whole hour a situation is derived for: `at` as asked (a whole hour, not in the future), else the latest. */
export function situationHour(now: Date, at: string | undefined): number {
  if (at === undefined) return floorHour(now.getTime());
  const atMs = parseObservationTime(at);
  if (atMs === undefined)
    throw new WorkflowError('invalid', 'invalid_request', `at: 不是有效的 ISO 8601 时间:${at}`, null, 'at');
  if (atMs % HOUR_MS !== 0)
    throw new WorkflowError('invalid', 'invalid_request', `at: 应为整点(小时末),收到 ${at}`, null, 'at');
  if (atMs > now.getTime())
    throw new WorkflowError('invalid', 'invalid_request', `at: ${formatBeijing(atMs)} 晚于当前时间`, null, 'at');
  return atMs;
}

/**
 * The situation the stored observations give at a whole hour (default: the latest complete one), in the input
 * format of the assessment, with the evidence: every station's derivations and what was left out and why.
 */
export function observedSituationAt(
  ctx: ServiceContext,
  principal: Principal,
  at: string | undefined,
): Promise<ObservedSituation> {
  return read(ctx, principal, 'situation.current.read', async (db) => {
    const atMs = situationHour(ctx.clock(), at);
    const readings = observationReadings(ctx.plans.meteo().plan.grading);
    const series = await observationsBetween(db, seriesWindowStart(atMs, readings), atMs);
    return observedSituation(ctx.geography, series, atMs, readings);
  });
}

/**
 * Sets aside what could not even be read as observations (a request body that is not JSON, too large, or not
 * `{ "observations": [...] }`; an unreadable file): one dead letter with its reason, audited like an ingestion.
 */
export async function setAsideObservations(
  ctx: ServiceContext,
  principal: Principal,
  source: ObservationSource,
  raw: string,
  reason: string,
): Promise<ObservationReject> {
  return change(ctx, principal, 'observations.ingest', async (step) => {
    const [reject] = await insertRejects(step.trx, [{ source, raw: bounded(raw), reason }], step.at.toISOString());
    await step.audit({
      action: 'observations.set-aside',
      subjectType: 'observations',
      subjectId: source,
      payload: { source, received: 1, accepted: 0, stored: 0, rejected: 1 },
    });
    return reject!;
  });
}

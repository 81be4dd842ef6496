import type { Principal } from '../access/principal.ts';
import { insertForecastGrid } from '../store/forecasts.repository.ts';
import { insertRejects } from '../store/observations.repository.ts';
import type { ObservationSource } from '../store/tables/observations.ts';
import { GridInputError } from '../weather/grid/grid-units.ts';
import { validateForecastGrid, type ForecastGrid } from '../weather/forecast/forecast-grid.ts';
import { readNetcdfForecast } from '../weather/forecast/netcdf-forecast.ts';
import type { ServiceContext } from './context.ts';
import { bounded } from './observations.service.ts';
import { change } from './use-case.ts';

/** One forecast as it arrived: parsed JSON, the bytes of a NetCDF file, or what its transport could not read. */
export type IncomingForecast = { json: unknown } | { netcdf: Uint8Array } | { raw: string; reason: string };

export type ForecastOutcome =
  | { accepted: true; stored: boolean; source: string; issuedAt: string; validTimes: string[] }
  | { accepted: false; reason: string; path: string | null };

/** Forecast files by name: `.nc` is NetCDF (classic), `.json` the JSON grid. */
export const isForecastFile = (name: string) => /\.(nc|nc3|cdf)$/i.test(name);

/** A file as it reached the CLI or the watched folder: NetCDF by its name or its magic bytes, else JSON text. */
export function incomingForecastFile(name: string, bytes: Uint8Array): IncomingForecast {
  const magic = Buffer.from(bytes.subarray(0, 3)).toString('latin1');
  if (isForecastFile(name) || magic === 'CDF') return { netcdf: bytes };
  const text = Buffer.from(bytes).toString('utf8');
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    return { raw: text, reason: `${name}: 不是有效的 JSON 或 NetCDF 文件:${(error as Error).message}` };
  }
}

/** How a forecast's payload is kept in the dead letters: JSON as text, a NetCDF file as base64 (cut). */
function rawOf(item: IncomingForecast): string {
  if ('raw' in item) return bounded(item.raw);
  if ('netcdf' in item)
    return bounded(
      `NetCDF ${item.netcdf.byteLength} 字节 base64:${Buffer.from(item.netcdf.subarray(0, 6144)).toString('base64')}`,
    );
  try {
    return bounded(JSON.stringify(item.json) ?? String(item.json));
  } catch {
    return bounded(String(item.json));
  }
}

function parse(
  item: IncomingForecast,
  sourceHint: string | undefined,
): ForecastGrid | { reason: string; path: string | null } {
  if ('raw' in item) return { reason: item.reason, path: null };
  try {
    return 'netcdf' in item ? readNetcdfForecast(item.netcdf, sourceHint) : validateForecastGrid(item.json, sourceHint);
  } catch (error) {
    if (error instanceof GridInputError) return { reason: `格点预报无法接收:${error.message}`, path: error.path };
    throw error;
  }
}

/**
 * Takes in one forecast grid from one path (`transport`): a valid one is stored (the same source and issue time
 * already stored is left alone), a bad one set aside in the dead letters with its reason — either way in one
 * transaction with one audit entry. `sourceHint` names the source when the grid does not (a NATS subject).
 */
export async function ingestForecast(
  ctx: ServiceContext,
  principal: Principal,
  transport: ObservationSource,
  item: IncomingForecast,
  sourceHint?: string,
): Promise<ForecastOutcome> {
  // Parsed before the transaction (a city grid takes a moment); the answer still waits for the access check.
  const parsed = parse(item, sourceHint);
  return change(ctx, principal, 'forecasts.ingest', async (step) => {
    const receivedAt = step.at.toISOString();
    if ('reason' in parsed) {
      await insertRejects(step.trx, [{ source: transport, raw: rawOf(item), reason: parsed.reason }], receivedAt);
      await step.audit({
        action: 'forecasts.set-aside',
        subjectType: 'forecasts',
        subjectId: sourceHint ?? transport,
        payload: { transport, reason: parsed.reason },
      });
      return { accepted: false, reason: parsed.reason, path: parsed.path };
    }
    const stored = await insertForecastGrid(step.trx, parsed, transport, receivedAt);
    const { source, issuedAt, validTimes } = parsed;
    await step.audit({
      action: 'forecasts.ingested',
      subjectType: 'forecasts',
      subjectId: `${source}@${issuedAt}`,
      payload: { transport, source, issuedAt, validTimes, stored, fields: Object.keys(parsed.fields) },
    });
    if (stored)
      step.publish({
        type: 'forecasts.stored',
        source,
        issuedAt,
        validFrom: validTimes[0]!,
        validTo: validTimes.at(-1)!,
        steps: validTimes.length,
      });
    return { accepted: true, stored, source, issuedAt, validTimes };
  });
}

/** Sets aside a forecast the store kept refusing, with `reason`, as a bad one is (one dead letter, audited). */
export function setAsideForecast(
  ctx: ServiceContext,
  principal: Principal,
  transport: ObservationSource,
  item: IncomingForecast,
  reason: string,
  sourceHint?: string,
): Promise<ForecastOutcome> {
  return ingestForecast(ctx, principal, transport, { raw: rawOf(item), reason }, sourceHint);
}

import type { Kysely } from 'kysely';
import type { EndpointRoute, NoticeKind } from '../alerts/dissemination/endpoints.ts';
import type { ChannelKind } from '../alerts/dissemination/warning.ts';
import type { ChannelKey } from '../plans/meteo/warnings.schema.ts';
import type { Database } from './schema.ts';

/**
 * Makes the stored endpoints exactly the configured ones, so a warning committed after a start is routed by the
 * configuration that start read. Messages already queued for a removed endpoint stay queued (and show in
 * `outbox status`): a configuration change does not silently drop a warning.
 */
export async function replaceEndpointRoutes(
  db: Kysely<Database>,
  endpoints: readonly EndpointRoute[],
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('outbox_endpoints').execute();
    if (endpoints.length === 0) return;
    await trx
      .insertInto('outbox_endpoints')
      .values(
        endpoints.map((endpoint) => ({
          id: endpoint.id,
          kind: endpoint.kind,
          channels: JSON.stringify(endpoint.channels),
          reports_to: JSON.stringify(endpoint.reportsTo),
          addresses: JSON.stringify(endpoint.addresses),
          notices: JSON.stringify(endpoint.notices ?? []),
          updated_at: now.toISOString(),
        })),
      )
      .execute();
  });
}

export async function listEndpointRoutes(db: Kysely<Database>): Promise<EndpointRoute[]> {
  const rows = await db.selectFrom('outbox_endpoints').selectAll().orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as ChannelKind,
    channels: JSON.parse(row.channels) as ChannelKey[],
    reportsTo: JSON.parse(row.reports_to) as string[],
    addresses: JSON.parse(row.addresses) as string[],
    notices: JSON.parse(row.notices) as NoticeKind[],
  }));
}

/** Division names by GB/T 2260 code, for the area line of a message. */
export async function divisionNames(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('divisions').select(['code', 'name']).execute();
  return new Map(rows.map((row) => [row.code, row.name]));
}

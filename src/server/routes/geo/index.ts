import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { rewindMultiPolygon } from '../../../geo/orientation.ts';
import { divisionAt } from '../../../geo/point-in-polygon.ts';
import type { Division, MultiPolygon } from '../../../geo/types.ts';
import type { AppContext } from '../../context.ts';
import { HttpError } from '../../errors.ts';
import { DivisionCollection, DivisionsQuery, Located, LocateQuery, OutsideCity, StationList } from './schema.ts';

function properties({ code, name, areaKm2 }: Division) {
  return { code, name, areaKm2 };
}

function collection(divisions: Division[], datum: 'WGS84' | 'GCJ-02', geometry: (division: Division) => MultiPolygon) {
  return {
    type: 'FeatureCollection' as const,
    datum,
    features: divisions.map((division) => ({
      type: 'Feature' as const,
      id: division.code,
      properties: properties(division),
      geometry: { type: 'MultiPolygon' as const, coordinates: geometry(division) },
    })),
  };
}

export const geoRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { divisions, stations, cityName } = ctx.geography;
  // Built once: the geography does not change while the server runs. The WGS84 geometry is already wound
  // for RFC 7946; the GCJ-02 source is clockwise.
  const byDatum = {
    wgs84: collection(divisions, 'WGS84', (division) => division.geometry),
    gcj02: collection(divisions, 'GCJ-02', (division) => rewindMultiPolygon(division.geometryGcj02)),
  };

  app.get(
    '/api/geo/divisions',
    {
      config: { operation: 'geo.read' },
      schema: {
        tags: ['geo'],
        summary: `The county-level divisions of ${cityName} as GeoJSON`,
        querystring: DivisionsQuery,
        response: { 200: DivisionCollection },
      },
    },
    async (request) => byDatum[request.query.crs],
  );

  app.get(
    '/api/geo/stations',
    {
      config: { operation: 'geo.read' },
      schema: {
        tags: ['geo'],
        summary: 'The national surface weather stations in the city',
        response: { 200: StationList },
      },
    },
    async () => ({ stations }),
  );

  app.get(
    '/api/geo/locate',
    {
      config: { operation: 'geo.read' },
      schema: {
        tags: ['geo'],
        summary: 'The division holding a WGS84 point',
        querystring: LocateQuery,
        response: { 200: Located, 404: OutsideCity },
      },
    },
    async (request) => {
      const { lat, lon } = request.query;
      const division = divisionAt(ctx.geography, lon, lat);
      if (!division) throw new HttpError(404, 'outside_city', `(${lat}, ${lon}) 不在${cityName}境内`, null);
      return { lat, lon, division: properties(division) };
    },
  );
};

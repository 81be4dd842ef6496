import { z } from 'zod';
import { formatPath } from '../plans/validate.ts';
import { GeoDataError } from './data-error.ts';
import { gcj02ToWgs84 } from './gcj02.ts';
import { multiPolygonAreaKm2 } from './geodesic-area.ts';
import { rewindMultiPolygon } from './orientation.ts';
import type { Division, MultiPolygon, Position } from './types.ts';

// The Aliyun DataV.GeoAtlas "areas_v3/bound/<adcode>_full.json" format: one Feature per child division,
// GCJ-02 coordinates. Only the members used here are checked; DataV's others (center, centroid, level, …) pass.

const PositionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

const RingSchema = z
  .array(PositionSchema)
  .min(4, 'a ring needs at least 4 positions (a closed triangle)')
  .refine((ring) => {
    const first = ring[0]!;
    const last = ring.at(-1)!;
    return first[0] === last[0] && first[1] === last[1];
  }, 'ring is not closed: its first and last positions differ');

const PolygonSchema = z.array(RingSchema).min(1, 'a polygon needs an outer ring');

const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonSchema).min(1) }),
  z.object({ type: z.literal('Polygon'), coordinates: PolygonSchema }),
]);

const AdcodeSchema = z
  .union([z.number().int(), z.string()], { error: 'an adcode (GB/T 2260) is required, a number or a string' })
  .transform(String)
  .pipe(z.string().regex(/^\d{6}$/, 'an adcode is six digits (GB/T 2260)'));

const FeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    adcode: AdcodeSchema,
    name: z.string().min(1),
    parent: z.object({ adcode: AdcodeSchema }).optional(),
  }),
  geometry: GeometrySchema,
});

const DataVCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(FeatureSchema).min(1, 'no divisions'),
});

function toWgs84(multiPolygon: MultiPolygon): MultiPolygon {
  return multiPolygon.map((polygon) =>
    polygon.map((ring) => ring.map(([lon, lat]): Position => gcj02ToWgs84(lon, lat))),
  );
}

/**
 * Turns a parsed DataV FeatureCollection into divisions: WGS84 geometry (RFC 7946 winding), the source's GCJ-02
 * geometry as it is, and the geodesic area. With `parentCode`, every feature that names its parent must name it.
 */
export function parseDivisions(json: unknown, parentCode?: string): Division[] {
  const parsed = DataVCollectionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GeoDataError(formatPath(issue.path) || '(root)', issue.message);
  }
  const seen = new Set<string>();
  return parsed.data.features.map((feature, index) => {
    const { adcode, name, parent } = feature.properties;
    if (seen.has(adcode)) throw new GeoDataError(`features[${index}].properties.adcode`, `duplicate adcode ${adcode}`);
    seen.add(adcode);
    if (parentCode !== undefined && parent !== undefined && parent.adcode !== parentCode) {
      throw new GeoDataError(`features[${index}].properties.parent.adcode`, `${parent.adcode} is not ${parentCode}`);
    }
    const geometryGcj02 =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const geometry = rewindMultiPolygon(toWgs84(geometryGcj02));
    return { code: adcode, name, areaKm2: multiPolygonAreaKm2(geometry), geometry, geometryGcj02 };
  });
}

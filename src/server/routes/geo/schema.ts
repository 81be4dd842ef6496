import { z } from 'zod';
import { ApiError } from '../../errors.ts';

const Position = z.tuple([z.number(), z.number()]).describe('[longitude, latitude], degrees');

export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(Position))).describe('RFC 7946: outer rings counter-clockwise, holes clockwise'),
});

export const DivisionProperties = z.object({
  code: z.string().describe('GB/T 2260 code, e.g. 150602'),
  name: z.string(),
  areaKm2: z.number().describe('geodesic area on the WGS84 ellipsoid, km²'),
});

export const DivisionCollection = z.object({
  type: z.literal('FeatureCollection'),
  datum: z
    .enum(['WGS84', 'GCJ-02'])
    .describe('the datum of the coordinates (a foreign member; RFC 7946 itself assumes WGS84)'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      properties: DivisionProperties,
      geometry: MultiPolygonGeometry,
    }),
  ),
});

export const DivisionsQuery = z.object({
  crs: z.enum(['wgs84', 'gcj02']).default('wgs84').describe('gcj02: the source coordinates, for Chinese base maps'),
});

export const StationList = z.object({
  stations: z.array(
    z.object({
      id: z.string().describe('CMA station number (区站号)'),
      name: z.string(),
      stationType: z.string().describe('基本站, 基准站 or 一般站'),
      lat: z.number(),
      lon: z.number(),
      altM: z.number(),
      divisionCode: z.string(),
    }),
  ),
});

/** A decimal number in a query string; an empty value is refused rather than read as 0. */
function degrees(name: string, limit: number) {
  return z
    .string({ error: `${name} is required, in decimal degrees` })
    .regex(/^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/, `${name} must be a decimal number of degrees`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(-limit, `${name} must be between -${limit} and ${limit}`)
        .max(limit, `${name} must be between -${limit} and ${limit}`),
    );
}

export const LocateQuery = z.object({
  lat: degrees('latitude', 90).describe('WGS84 latitude, degrees'),
  lon: degrees('longitude', 180).describe('WGS84 longitude, degrees'),
});

export const Located = z.object({
  lat: z.number(),
  lon: z.number(),
  division: DivisionProperties,
});

export const OutsideCity = ApiError;

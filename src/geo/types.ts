/** [longitude, latitude] in degrees. */
export type Position = [number, number];
/** A closed ring: first and last positions are equal. Either orientation is accepted. */
export type Ring = Position[];
/** Outer ring first, then holes. */
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

/** A county-level division of Ordos (旗区), GB/T 2260 code and WGS84 outline. */
export interface Division {
  code: string;
  name: string;
  /** Geodesic area on the WGS84 ellipsoid, km². */
  areaKm2: number;
  /** WGS84 coordinates (converted from the GCJ-02 source). */
  geometry: MultiPolygon;
  /** The source's GCJ-02 coordinates, kept for display on Chinese base maps. */
  geometryGcj02: MultiPolygon;
}

/** A national surface weather station (国家级地面气象观测站) inside Ordos. */
export interface WeatherStation {
  id: string;
  name: string;
  stationType: string;
  lat: number;
  lon: number;
  altM: number;
  divisionCode: string;
}

export interface Geography {
  cityCode: string;
  cityName: string;
  divisions: Division[];
  stations: WeatherStation[];
}

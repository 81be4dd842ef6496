import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, outsideChina, wgs84ToGcj02 } from './gcj02.ts';

// Reference pairs from googollee/eviltransform's test suite (WGS84 lat, lon → GCJ-02 lat, lon).
const reference = [
  { place: 'Shanghai', wgs: [121.5272106, 31.1774276], gcj: [121.531541859215, 31.17530398364597] },
  { place: 'Shenzhen', wgs: [113.912316, 22.543847], gcj: [113.9171764808363, 22.540796131694766] },
  { place: 'Beijing', wgs: [116.377817, 39.911954], gcj: [116.38404722455657, 39.91334545536069] },
] as const;

describe('GCJ-02', () => {
  it.each(reference)('WGS84 → GCJ-02 reproduces the published offset at $place', ({ wgs, gcj }) => {
    const [lon, lat] = wgs84ToGcj02(wgs[0], wgs[1]);
    expect(lon).toBeCloseTo(gcj[0], 10);
    expect(lat).toBeCloseTo(gcj[1], 10);
  });

  it.each(reference)('GCJ-02 → WGS84 recovers the WGS84 point at $place to 1e-7°', ({ wgs, gcj }) => {
    const [lon, lat] = gcj02ToWgs84(gcj[0], gcj[1]);
    expect(Math.abs(lon - wgs[0])).toBeLessThan(1e-7);
    expect(Math.abs(lat - wgs[1])).toBeLessThan(1e-7);
  });

  it('round-trips every point of a 0.25° lattice over Ordos to 1e-7°', () => {
    let worst = 0;
    for (let lon = 106.25; lon <= 111.75; lon += 0.25) {
      for (let lat = 37.5; lat <= 41; lat += 0.25) {
        const [gLon, gLat] = wgs84ToGcj02(lon, lat);
        const [wLon, wLat] = gcj02ToWgs84(gLon, gLat);
        worst = Math.max(worst, Math.abs(wLon - lon), Math.abs(wLat - lat));
      }
    }
    expect(worst).toBeLessThan(1e-7);
  });

  it('the offset over Ordos is of the documented size, about 0.005° (~500 m)', () => {
    const [lon, lat] = wgs84ToGcj02(109.98, 39.83);
    expect(Math.hypot(lon - 109.98, lat - 39.83)).toBeGreaterThan(0.002);
    expect(Math.hypot(lon - 109.98, lat - 39.83)).toBeLessThan(0.01);
  });

  it('leaves points outside China unchanged, both ways', () => {
    expect(outsideChina(2.35, 48.85)).toBe(true);
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
    expect(gcj02ToWgs84(2.35, 48.85)).toEqual([2.35, 48.85]);
  });
});

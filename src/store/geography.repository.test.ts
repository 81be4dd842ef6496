import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engines, openTestStore } from '../../test/support/engines.ts';
import { loadGeography } from '../catalog/geography.ts';
import type { Store } from './database.ts';
import { listDivisions, listWeatherStations, saveGeography } from './geography.repository.ts';

const geography = loadGeography();

describe.each(engines)('geography repository on %s', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore(engine);
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores the nine divisions with their WGS84 geometry and area, exactly as given', async () => {
    await saveGeography(store.db, geography);
    const divisions = await listDivisions(store.db);
    expect(divisions).toEqual(
      [...geography.divisions]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map(({ code, name, areaKm2, geometry }) => ({ code, name, areaKm2, geometry })),
    );
  });

  it('stores the eleven weather stations', async () => {
    await saveGeography(store.db, geography);
    expect(await listWeatherStations(store.db)).toEqual(
      [...geography.stations].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('saving again at the next start changes nothing', async () => {
    await saveGeography(store.db, geography);
    await saveGeography(store.db, geography);
    expect(await listDivisions(store.db)).toHaveLength(9);
    expect(await listWeatherStations(store.db)).toHaveLength(11);
  });

  it('a revised asset replaces the stored name, area and station data', async () => {
    await saveGeography(store.db, geography);
    const revised = {
      ...geography,
      divisions: geography.divisions.map((d) =>
        d.code === '150603' ? { ...d, name: '康巴什区 (revised)', areaKm2: 360 } : d,
      ),
      stations: geography.stations.map((s) => (s.id === '53543' ? { ...s, altM: 1462.5 } : s)),
    };
    await saveGeography(store.db, revised);
    expect((await listDivisions(store.db)).find((d) => d.code === '150603')).toMatchObject({
      name: '康巴什区 (revised)',
      areaKm2: 360,
    });
    expect((await listWeatherStations(store.db)).find((s) => s.id === '53543')?.altM).toBe(1462.5);
  });

  it('writes all or nothing: a station in an unknown division leaves the store as it was', async () => {
    const broken = {
      ...geography,
      stations: [...geography.stations, { ...geography.stations[0]!, id: '99999', divisionCode: '150699' }],
    };
    await expect(saveGeography(store.db, broken)).rejects.toThrow();
    expect(await listDivisions(store.db)).toEqual([]);
    expect(await listWeatherStations(store.db)).toEqual([]);
  });
});

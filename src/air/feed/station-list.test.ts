import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.ts';
import { isStationListHeader, readStationList } from './station-list.ts';

const header = '监测点编码,监测点名称,城市,经度,纬度';
const read = (text: string) => readStationList(splitLines([text]), 'list.csv');

describe('the national station list (站点列表)', () => {
  it('reads code, name, city and position; an empty or "-" position is null; a repeated code keeps its last row', async () => {
    const stations = await read(
      `${header}\n1591A,综合楼,鄂尔多斯,110.0023,39.8129\n3019A,西沙,三沙,-,-\n3207A,旧,滁州,118.3,32.3\n3207A,新,滁州,118.3117,32.3039\n`,
    );
    expect(stations).toEqual([
      { code: '1591A', name: '综合楼', city: '鄂尔多斯', lon: 110.0023, lat: 39.8129 },
      { code: '3019A', name: '西沙', city: '三沙', lon: null, lat: null },
      { code: '3207A', name: '新', city: '滁州', lon: 118.3117, lat: 32.3039 },
    ]);
  });

  it('is told apart from a feed file by its header', () => {
    expect(isStationListHeader(header)).toBe(true);
    expect(isStationListHeader('date,hour,type,1591A')).toBe(false);
  });

  it('a wrong header, a bad code or a bad coordinate is refused with line and column', async () => {
    await expect(read('code,name,city,lon,lat\n')).rejects.toThrow("list.csv:1:1: the station list's header is");
    await expect(read(`${header}\nABC,综合楼,鄂尔多斯,110,39\n`)).rejects.toThrow(
      'list.csv:2:1: "ABC" is not a station code like 1591A',
    );
    await expect(read(`${header}\n1591A,综合楼,鄂尔多斯,east,39\n`)).rejects.toThrow(
      'list.csv:2:4: "east" is not a coordinate in degrees',
    );
    await expect(read(`${header}\n1591A,综合楼,鄂尔多斯,110\n`)).rejects.toThrow(
      'list.csv:2:5: the row has 4 cells; the header has 5',
    );
  });
});

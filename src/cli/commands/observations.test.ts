import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../../test/support/cli-in-process.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { formatBeijing, HOUR_MS } from '../../weather/observations/time.ts';

describe('nuancheng observations ingest | rejected (the local operator, no token)', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const database = join(dir.path, 'store.sqlite');
  const at = (k: number) => formatBeijing(Math.floor(Date.now() / HOUR_MS) * HOUR_MS - k * HOUR_MS);

  it('takes in a CSV file: good rows stored, a bad one set aside and listed with its reason', async () => {
    const file = join(dir.path, 'hour.csv');
    writeFileSync(
      file,
      `station,at,tempC,visibilityM,phenomenon\n53543,${at(1)},-3.5,300,fog\n53543,${at(2)},-4,,\n53457,${at(1)},150,,\n`,
    );
    const ingest = await runCliInProcess(['observations', 'ingest', file, '--database', database, '--json']);
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(JSON.parse(ingest.stdout)).toEqual({
      accepted: 2,
      stored: 2,
      rejected: [{ index: 2, reason: expect.stringMatching(/^tempC: .*超出物理可能范围/) }],
    });
    const again = await runCliInProcess(['observations', 'ingest', file, '--database', database]);
    expect(again.stdout).toMatch(/接收 2 条\(新存 0 条\),搁置 1 条/);

    const listed = await runCliInProcess(['observations', 'rejected', '--database', database, '--json']);
    const { rejected, next } = JSON.parse(listed.stdout);
    expect(rejected).toHaveLength(2);
    expect(rejected[0]).toMatchObject({ source: 'file', reason: expect.stringMatching(/^tempC:/) });
    expect(JSON.parse(rejected[0].payload)).toMatchObject({ station: '53457', tempC: 150 });
    expect(next).toBeNull();
  });

  it('an unreadable file: exit 2 with one line, and a dead letter naming the file', async () => {
    const file = join(dir.path, 'broken.json');
    writeFileSync(file, '{"observations": [');
    const result = await runCliInProcess(['observations', 'ingest', file, '--database', database]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/broken\.json: 不是有效的 JSON/);
    const listed = await runCliInProcess(['observations', 'rejected', '--limit', '1', '--database', database]);
    expect(listed.stdout).toMatch(/\[file\] broken\.json: 不是有效的 JSON/);
    expect((await runCliInProcess(['observations', 'rejected', '--limit', '0', '--database', database])).status).toBe(
      2,
    );
  });
});

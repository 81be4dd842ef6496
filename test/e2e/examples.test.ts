import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { tempDir } from '../support/temp-dir.ts';

describe("the README's first steps run as written (examples/)", () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('assess examples/situation.json grades a Ⅳ rainstorm over western Ordos', () => {
    const result = runCli(['assess', 'examples/situation.json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).overall).toMatchObject({ level: 'IV', hazards: ['rainstorm'] });
  });

  it('replay examples/scenario.json writes the drill: report.html and the CAP files', () => {
    const out = join(dir.path, 'drill');
    const result = runCli(['replay', 'examples/scenario.json', '--out', out]);
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).events).toHaveLength(10);
  });
});

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplayResult } from './run-replay.ts';

/**
 * Writes a replay's results under `dir`: `cap/0001.xml …`, `report.json` and `report.html`. CAP files left in
 * `cap/` by an earlier replay are removed first, so the folder holds exactly what report.json cites.
 */
export function writeReplayOutput(dir: string, result: ReplayResult, html: string): void {
  const capDir = join(dir, 'cap');
  mkdirSync(capDir, { recursive: true });
  for (const name of readdirSync(capDir)) if (/^\d{4,}\.xml$/.test(name)) rmSync(join(capDir, name));
  for (const file of result.capFiles) writeFileSync(join(dir, file.path), file.xml);
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(result.report, null, 2)}\n`);
  writeFileSync(join(dir, 'report.html'), html);
}

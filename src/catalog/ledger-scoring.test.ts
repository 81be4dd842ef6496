import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-dir.ts';
import { loadScoringRule } from './ledger-scoring.ts';

describe('the scoring rule file', () => {
  it('the shipped rule loads, with its version and a hash of its text', () => {
    const { rule, contentHash } = loadScoringRule();
    expect(rule.version).toMatch(/\S/);
    expect(rule.lines.length).toBeGreaterThan(0);
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a bad weight is refused naming the file and the field', () => {
    const dir = tempDir();
    const file = join(dir.path, 'ledger-scoring.json');
    const { rule } = loadScoringRule();
    writeFileSync(file, JSON.stringify({ ...rule, lines: [{ ...rule.lines[0], points: 'ten' }] }));
    expect(() => loadScoringRule(file)).toThrow(/ledger-scoring\.json: lines\[0\]\.points: /);
    writeFileSync(file, '{ "id": ');
    expect(() => loadScoringRule(file)).toThrow(/ledger-scoring\.json: \(root\): not valid JSON/);
    dir.remove();
  });
});

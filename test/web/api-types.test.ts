import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiTypesFile, generateApiTypes } from '../../scripts/api-types.ts';

describe("the web console's typed client", () => {
  it('web/src/api/schema.d.ts is what /openapi.json gives now (else: npm run api:types)', async () => {
    const committed = readFileSync(apiTypesFile, 'utf8');
    const current = await generateApiTypes();
    expect(
      current === committed,
      'the generated API types are stale: run `npm run api:types` and commit the file',
    ).toBe(true);
  });
});

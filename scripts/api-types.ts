import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/server/app.ts';
import { openContext } from '../src/startup/context.ts';

/** The web console's typed client reads its types from here; a test fails while it differs from the API. */
export const apiTypesFile = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));

const header = `// Generated from /openapi.json by \`npm run api:types\` (openapi-typescript). Do not edit by hand:
// change the route schemas in src/server/routes/** and run the command again; a test fails while this is stale.
`;

/** The TypeScript types of the API as the server describes it now (on a throw-away in-memory store). */
export async function generateApiTypes(): Promise<string> {
  const ctx = await openContext({ databaseUrl: ':memory:' });
  try {
    const app = await buildApp(ctx);
    await app.ready();
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    await app.close();
    return header + astToString(await openapiTS(document, { alphabetize: true }));
  } finally {
    await ctx.store.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(apiTypesFile, await generateApiTypes());
  process.stdout.write(`wrote ${apiTypesFile}\n`);
}

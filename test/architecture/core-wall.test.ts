import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the wall around the pure core (docs/ARCHITECTURE.md)', () => {
  it('a core module may not import the store, the server, messaging or an I/O package', async () => {
    expect(
      await restrictedImports(
        'src/weather/grading/leak.ts',
        "import { openStore } from '../../store/database.ts';\nexport const x = openStore;\n",
      ),
    ).toEqual([expect.stringMatching(/pure core does not import the store adapter/)]);
    expect(
      await restrictedImports(
        'src/response/leak.ts',
        "import { buildApp } from '../server/app.ts';\nexport const x = buildApp;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'src/air/leak.ts',
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      ),
    ).toEqual([expect.stringMatching(/pure core does no I\/O/)]);
    expect(
      await restrictedImports('src/alerts/leak.ts', "import { Kysely } from 'kysely';\nexport const x = Kysely;\n"),
    ).toHaveLength(1);
  });

  it('an adapter may import the core', async () => {
    expect(
      await restrictedImports(
        'src/services/ok.ts',
        "import { levelRank } from '../response/levels.ts';\nexport const x = levelRank;\n",
      ),
    ).toEqual([]);
  });
});

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the one door (docs/ARCHITECTURE.md): edges call services, never the store', () => {
  it.each([
    ['src/server/routes/warnings/leak.ts', '../../../store/warnings.repository.ts'],
    ['src/server/leak.ts', '../store/database.ts'],
    ['src/cli/commands/leak.ts', '../../store/audit.repository.ts'],
    ['src/cli/leak.ts', '../store/migrate.ts'],
    ['src/replay/leak.ts', '../store/response.repository.ts'],
    ['src/ingest/leak.ts', '../store/observations.repository.ts'],
  ])('%s may not import %s', async (file, target) => {
    expect(await restrictedImports(file, `import { x } from '${target}';\nexport const y = x;\n`)).toEqual([
      expect.stringMatching(/through a service in src\/services/),
    ]);
  });

  it('a type-only import of the store is refused too: the services re-export what the edges need', async () => {
    expect(
      await restrictedImports(
        'src/server/routes/leak.ts',
        "import type { Store } from '../../store/database.ts';\nexport type S = Store;\n",
      ),
    ).toHaveLength(1);
  });

  it('an edge may import a service, and a service may import the store', async () => {
    expect(
      await restrictedImports(
        'src/server/routes/ok.ts',
        "import { signOrder } from '../../services/response-orders.service.ts';\nexport const x = signOrder;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'src/services/ok.ts',
        "import { appendAudit } from '../store/audit.repository.ts';\nexport const x = appendAudit;\n",
      ),
    ).toEqual([]);
  });

  it('no file of the edges imports the store today', async () => {
    const results = await eslint.lintFiles(['src/server', 'src/cli', 'src/replay']);
    const breaches = results.flatMap((result) =>
      result.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => `${result.filePath}:${m.line}: ${m.message}`),
    );
    expect(breaches).toEqual([]);
  });
});

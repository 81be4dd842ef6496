// The web console's budgets: compressed JavaScript the public page loads (target ≤ 350 KB) and the time from
// navigation to the divisions map drawn, in Debian's chromium on this machine, against `npm start`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureWebBuild, webDist } from '../src/startup/web-build.ts';
import { launchBrowser } from '../test/browser/support/browser.ts';
import { startServer } from '../test/browser/support/server.ts';

const runs = 7;
const budgetKb = 350;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<void> {
  await ensureWebBuild();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const drawn: number[] = [];
    let scripts: Array<{ url: string; encoded: number; encoding: string }> = [];
    for (let i = 0; i < runs; i++) {
      // A fresh context each time: nothing cached, as a first visit.
      const { page, context } = await browser.open(`bench-${i}`);
      const loaded: typeof scripts = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        loaded.push({
          url: response.url(),
          encoded: 0,
          encoding: response.headers()['content-encoding'] ?? 'identity',
        });
        const entry = loaded.at(-1)!;
        void response
          .request()
          .sizes()
          .then((sizes) => (entry.encoded = sizes.responseBodySize));
      });
      await page.goto(server.origin);
      await page.locator('[data-testid=division-map][data-drawn=true]').waitFor();
      drawn.push(await page.evaluate(() => performance.getEntriesByName('nuancheng:map-drawn')[0]?.startTime ?? NaN));
      await page.waitForLoadState('networkidle');
      scripts = loaded;
      await context.close();
    }
    const transferred = scripts.reduce((sum, script) => sum + script.encoded, 0);
    const gzip = scripts.reduce((sum, script) => {
      const file = join(webDist, new URL(script.url).pathname);
      return sum + gzipSync(readFileSync(file), { level: 9 }).length;
    }, 0);
    const encodings = [...new Set(scripts.map((script) => script.encoding))].join(', ');
    console.log(`public page: ${scripts.length} scripts`);
    console.log(
      `  compressed JavaScript loaded: ${kb(transferred)} as sent (${encodings}), ${kb(gzip)} gzip -9; budget ${budgetKb} KB: ${gzip <= budgetKb * 1024 ? 'met' : 'MISSED'}`,
    );
    for (const script of scripts.sort((a, b) => b.encoded - a.encoded))
      console.log(`    ${new URL(script.url).pathname}: ${kb(script.encoded)}`);
    console.log(
      `  navigation → map drawn (cold, ${runs} runs): median ${median(drawn).toFixed(0)} ms, worst ${Math.max(...drawn).toFixed(0)} ms`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

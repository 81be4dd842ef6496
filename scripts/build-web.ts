import { ensureWebBuild, webBuildIsStale } from '../src/startup/web-build.ts';

// `npm run build:web`: builds the console now when stale (`npm start` does the same before it listens).
const result = await ensureWebBuild({ info: (m: string) => console.log(m), warn: (m: string) => console.warn(m) });
process.stdout.write(`web console: ${result}${webBuildIsStale() ? ' (still stale)' : ''}\n`);

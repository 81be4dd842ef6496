import type { ChildProcessWithoutNullStreams } from 'node:child_process';

/** Resolves once the child has printed a line matching `pattern`; rejects if it ends first (with what it said). */
export function waitForLine(process: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    process.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (pattern.test(out)) resolve();
    });
    process.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    process.on('exit', (code, signal) =>
      reject(new Error(`child ended (${code ?? signal}) before ${pattern}: ${out}${err}`)),
    );
  });
}

/** How the child ended: the signal that killed it, or its exit code. */
export const exited = (process: ChildProcessWithoutNullStreams) =>
  new Promise<NodeJS.Signals | number | null>((resolve) =>
    process.exitCode !== null || process.signalCode !== null
      ? resolve(process.signalCode ?? process.exitCode)
      : process.once('exit', (code, signal) => resolve(signal ?? code)),
  );

/** Where a command writes: the process's streams, or a test's buffers when the program runs in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Ends a command with an exit status other than 0 without it being an error (e.g. `audit verify` finding a break). */
export class ExitStatus extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
    this.name = 'ExitStatus';
  }
}

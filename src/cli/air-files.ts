import type { Hash } from 'node:crypto';
import { once } from 'node:events';
import { FeedError, type FeedHour } from '../air/feed/index.ts';
import * as files from '../catalog/air-feed-files.ts';
import { InputError } from './input-error.ts';

export { sha256 } from '../catalog/air-feed-files.ts';

function asInputError(error: unknown): unknown {
  return error instanceof FeedError || error instanceof files.FeedFileError ? new InputError(error.message) : error;
}

/** A feed file's hours; a malformed or unreadable file stops with an `InputError` naming file, line and column. */
export async function* feedHours(path: string, hash?: Hash): AsyncGenerator<FeedHour> {
  try {
    yield* files.feedHours(path, hash);
  } catch (error) {
    throw asInputError(error);
  }
}

/** Whether the file is the national station list (by its header) rather than an hourly feed file. */
export async function isStationList(path: string): Promise<boolean> {
  return files.isStationList(path).catch((error: unknown) => {
    throw asInputError(error);
  });
}

/** Standard output written in large pieces, waiting when the reader is slower than we are. */
export class BufferedOutput {
  private parts: string[] = [];
  private size = 0;

  constructor() {
    // A reader that stops early (`| head`) closes the pipe: that ends the command, it is not a failure.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  get pending(): number {
    return this.size;
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  }
}

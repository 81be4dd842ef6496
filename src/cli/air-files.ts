import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { FeedError, isStationListHeader, readFeed, splitLines, type FeedHour } from '../air/feed/index.ts';
import { InputError } from './input-error.ts';

/** The file's chunks, each also fed to `hash` when one is given. */
async function* chunksOf(path: string, hash?: Hash): AsyncGenerator<Buffer> {
  const stream = createReadStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash?.update(chunk);
      yield chunk;
    }
  } catch (error) {
    throw asInputError(path, error);
  }
}

function asInputError(path: string, error: unknown): unknown {
  if (error instanceof FeedError) return new InputError(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${path}: no such file`);
  if (code === 'EISDIR') return new InputError(`${path}: is a folder, not a feed file`);
  if (error instanceof TypeError && /encoded data was not valid/.test(error.message))
    return new InputError(`${path}: not UTF-8 text`);
  return error;
}

/** A feed file's hours; a malformed file stops with an `InputError` naming file, line and column. */
export async function* feedHours(path: string, hash?: Hash): AsyncGenerator<FeedHour> {
  try {
    yield* readFeed(splitLines(chunksOf(path, hash)), path);
  } catch (error) {
    throw asInputError(path, error);
  }
}

export function sha256(): Hash {
  return createHash('sha256');
}

/** Whether the file is the national station list (by its header) rather than an hourly feed file. */
export async function isStationList(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw asInputError(path, error);
  }
  try {
    const buffer = Buffer.alloc(256);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return isStationListHeader(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
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

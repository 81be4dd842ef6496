import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isStationListHeader, readFeed, splitLines, type FeedHour } from '../air/feed/index.ts';

/** A feed file that cannot be read as text (missing, a folder, not UTF-8): the message names the file. */
export class FeedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFileError';
  }
}

function asFileError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new FeedFileError(`${path}: no such file`);
  if (code === 'EISDIR') return new FeedFileError(`${path}: is a folder, not a feed file`);
  if (error instanceof TypeError && /encoded data was not valid/.test(error.message))
    return new FeedFileError(`${path}: not UTF-8 text`);
  return error;
}

/** The file's chunks, each also fed to `hash` when one is given. */
async function* chunksOf(path: string, hash?: Hash): AsyncGenerator<Buffer> {
  const stream = createReadStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash?.update(chunk);
      yield chunk;
    }
  } catch (error) {
    throw asFileError(path, error);
  }
}

/**
 * A national hourly feed file's hours (`china_sites_YYYYMMDD.csv`), read as they stream; a malformed file stops
 * with a `FeedError` naming file, line and column, an unreadable one with a `FeedFileError`. `name` is how
 * errors name the file (default: its path).
 */
export async function* feedHours(path: string, hash?: Hash, name = path): AsyncGenerator<FeedHour> {
  try {
    yield* readFeed(splitLines(chunksOf(path, hash)), name);
  } catch (error) {
    throw asFileError(name, error);
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
    throw asFileError(path, error);
  }
  try {
    const buffer = Buffer.alloc(256);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return isStationListHeader(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

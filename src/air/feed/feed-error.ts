/** Input the feed format refuses: where (file, 1-based line and CSV column) and why. */
export class FeedError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'FeedError';
  }
}

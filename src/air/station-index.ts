/**
 * Station codes → dense ids that stay the same across files whose headers list different stations, so the
 * per-station state of a stream (trailing hours, open days) lives in typed arrays. A header's id array is
 * made once and found again by the header array itself.
 */
export class StationIndex {
  private readonly ids = new Map<string, number>();
  private readonly byHeader = new WeakMap<readonly string[], Int32Array>();
  readonly codes: string[] = [];

  get size(): number {
    return this.codes.length;
  }

  idsOf(stations: readonly string[]): Int32Array {
    const known = this.byHeader.get(stations);
    if (known) return known;
    const ids = Int32Array.from(stations, (code) => {
      let id = this.ids.get(code);
      if (id === undefined) {
        id = this.codes.length;
        this.ids.set(code, id);
        this.codes.push(code);
      }
      return id;
    });
    this.byHeader.set(stations, ids);
    return ids;
  }
}

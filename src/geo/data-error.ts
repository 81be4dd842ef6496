/** Reference data that cannot be used, with where in it the problem is (a JSON path, or a CSV line and column). */
export class GeoDataError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`);
    this.name = 'GeoDataError';
  }
}

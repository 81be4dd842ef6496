/** Input the user can fix: the CLI prints its one-line message and exits with status 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

// Line breaks and other control characters, as they may arrive inside a message that quotes the input.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/**
 * Input the user can fix: the CLI prints its message and exits with status 2. The message is kept to one line
 * whatever it quotes (V8's JSON errors quote the input, line breaks and all): control characters are escaped.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message.replace(controlCharacters, (c) => JSON.stringify(c).slice(1, -1)));
    this.name = 'InputError';
  }
}

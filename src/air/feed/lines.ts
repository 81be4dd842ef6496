/**
 * Splits a stream of text or UTF-8 chunks into lines without holding more than one chunk and one partial
 * line: `\n` or `\r\n` end a line, a leading byte-order mark is dropped, and a last line without `\n` counts.
 */
export async function* splitLines(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let first = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    text = rest + text;
    let start = 0;
    let newline = text.indexOf('\n', start);
    while (newline !== -1) {
      yield text.charCodeAt(newline - 1) === 13 && newline > start
        ? text.slice(start, newline - 1)
        : text.slice(start, newline);
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest.endsWith('\r')) rest = rest.slice(0, -1);
  if (rest.length > 0) yield rest;
}

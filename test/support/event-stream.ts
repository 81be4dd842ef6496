import { request as httpRequest, type IncomingMessage } from 'node:http';

export interface StreamEvent {
  id: string;
  data: string;
}

/**
 * Reads server-sent events from a live server until `until` says enough; the stream is closed either way.
 * `onOpen` runs once the stream has started (its `retry:` line), so what a test commits then is live.
 */
export function readEvents(
  base: string,
  path: string,
  headers: Record<string, string>,
  until: (events: StreamEvent[]) => boolean,
  onOpen: () => void,
  timeoutMs = 10_000,
): Promise<StreamEvent[]> {
  return new Promise((resolve, reject) => {
    const events: StreamEvent[] = [];
    const req = httpRequest(`${base}${path}`, { headers }, (res: IncomingMessage) => {
      if (!/^text\/event-stream/.test(String(res.headers['content-type'])))
        reject(new Error(`not an event stream: ${res.headers['content-type']}`));
      let buffer = '';
      let opened = false;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith('retry:') && !opened) {
            opened = true;
            onOpen();
          }
          const id = /^id: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (id !== undefined && data !== undefined) events.push({ id, data });
        }
        if (until(events)) {
          req.destroy();
          resolve(events);
        }
      });
    });
    req.on('error', (error) => (error.message.includes('socket hang up') ? resolve(events) : reject(error)));
    setTimeout(() => {
      req.destroy();
      reject(new Error(`timed out with ${events.length} events`));
    }, timeoutMs).unref();
    req.end();
  });
}

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { ensureWebBuild } from '../../../src/startup/web-build.ts';
import { launchBrowser, type BrowserHandle, type Watched } from './browser.ts';
import { createPeople, startServer, type RunningServer } from './server.ts';
import { signIn } from './sign-in.ts';

type Person = Parameters<typeof createPeople>[1][number];

export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: BrowserHandle;
  /** Every watched session opened so far (one person each). */
  readonly opened: Watched[];
  open: (name: string) => Promise<Watched>;
  signIn: (page: Page, username: string, lands: string) => Promise<void>;
  /** No console error and no request to any host but 127.0.0.1 in any watched session. */
  expectClean: () => void;
}

/**
 * A browser suite's frame, registered on the enclosing `describe`: the web build, `npm start` on a fresh store
 * with the given people (one password), chromium, and everything closed after.
 */
export function browserSuite(people: Person[], password: string): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: BrowserHandle | undefined;
  const opened: Watched[] = [];
  beforeAll(async () => {
    await ensureWebBuild();
    server = await startServer();
    await createPeople(server, people, password);
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    opened,
    open: async (name) => {
      const watched = await started(browser).open(name);
      opened.push(watched);
      return watched;
    },
    signIn: (page, username, lands) => signIn(page, started(server).origin, { username, password }, lands),
    expectClean: () => {
      for (const watched of opened) {
        expect(watched.errors).toEqual([]);
        expect(watched.outside).toEqual([]);
      }
    },
  };
}

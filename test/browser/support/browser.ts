import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Screenshots are kept as test artifacts here (git-ignored), one per screen. */
export const artifactsDir = fileURLToPath(new URL('../../../test-artifacts/screens/', import.meta.url));

/** Debian's chromium (`apt-get install chromium`; `.ci/run` installs it when missing). Never a downloaded build. */
export const chromiumPath = '/usr/bin/chromium';

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, as "type: text". */
  errors: string[];
  /** Requests to any host but 127.0.0.1: refused, and the test fails on them. */
  outside: string[];
}

export interface BrowserHandle {
  browser: Browser;
  /** A fresh context (its own cookies: one person) with the network and console watched. */
  open: (name: string) => Promise<Watched>;
  close: () => Promise<void>;
}

/** Chromium with a fresh profile (Playwright gives each launch its own temporary --user-data-dir). */
export async function launchBrowser(): Promise<BrowserHandle> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    open: async () => {
      const context = await browser.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1400, height: 1000 },
      });
      contexts.push(context);
      const errors: string[] = [];
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1') return route.continue();
        outside.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
      return { page, context, errors, outside };
    },
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

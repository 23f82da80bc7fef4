import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser';
import { startServer, type RunningServer } from './server';

/** The real server (with the demo seed) and Chromium, started once for a test file and stopped after it. */
export function runningApp(): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(inject('seededSource'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the server is not running yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not running yet');
      return browser;
    },
  };
}

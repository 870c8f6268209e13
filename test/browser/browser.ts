/**
 * Headless Chromium from Debian's `chromium` package, driven by
 * playwright-core (which never downloads a browser), against a real
 * `sitrep serve` app listening on a free loopback port. Pages record their
 * console errors, uncaught exceptions and dialogs so tests can assert there
 * were none.
 *
 * @example
 *   const ui = await startUi(dbFile); const page = await ui.page('#/claims'); …; await ui.close();
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp, openSqliteReadModel } from '../../src/server/index.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
export const ARTIFACTS = path.resolve('artifacts');

export interface WatchedPage extends Page {
  problems: string[];
  dialogs: string[];
}

export async function startUi(db: string) {
  const model = openSqliteReadModel(db);
  const server = serve({ fetch: createApp(model).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  return {
    base,
    /** Opens a route and waits until its view has rendered. */
    async page(hash = '#/'): Promise<WatchedPage> {
      const page = (await context.newPage()) as WatchedPage;
      page.problems = [];
      page.dialogs = [];
      page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
      page.on('dialog', (d) => { page.dialogs.push(d.message()); void d.dismiss(); });
      await page.goto(base + hash);
      await ready(page);
      return page;
    },
    async close() {
      await browser.close();
      server.close();
      await model.close();
    },
  };
}

/** Waits for the current view to finish rendering. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="1"]', { timeout: 10_000 });
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

// Shared by the browser journeys: the environment check, Debian's Chromium, and steps that leave a screenshot
// (and the page's HTML) in e2e/out/ when they fail. Not a test file itself (node --test runs *.test.mjs).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const STEP_TIMEOUT = 15_000; // hard cap for one step
export const WAIT_TIMEOUT = 10_000; // one wait inside a step, so its own message wins over the cap
export const SPA_URL = (process.env.SPA_URL ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Registers the journey's before/after hooks: checks `requiredEnv` (and `check()`), that Chromium exists and the
 * SPA answers, then opens a Vietnamese-locale page with `contextOptions`. Returns `step` and a getter for the page.
 */
export function journey(label, { requiredEnv, check = () => {}, contextOptions = {} }) {
  let browser;
  let page;

  before(async () => {
    const missing = requiredEnv.filter((name) => !process.env[name]);
    assert.equal(missing.length, 0, `${label}: missing environment variables: ${missing.join(', ')}`);
    check();
    assert.ok(existsSync(CHROMIUM), `${label}: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    try {
      const response = await fetch(SPA_URL, { signal: AbortSignal.timeout(5_000) });
      assert.ok(response.ok, `${label}: SPA_URL ${SPA_URL} answered HTTP ${response.status}`);
    } catch (error) {
      if (error instanceof assert.AssertionError) throw error;
      const reason = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error);
      assert.fail(`${label}: SPA_URL ${SPA_URL} is unreachable (${reason}); start the stack first`);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN', ...contextOptions });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_TIMEOUT);
    page.setDefaultNavigationTimeout(WAIT_TIMEOUT);
  });

  after(async () => {
    await browser?.close();
  });

  async function screenshot(name) {
    if (!page) return null;
    try {
      mkdirSync(OUT_DIR, { recursive: true });
      const slug = `${label}-${name}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      const base = join(OUT_DIR, `${slug}-${Date.now()}`);
      await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
      writeFileSync(`${base}.html`, await page.content());
      return `${base}.png`;
    } catch {
      return null;
    }
  }

  /** Runs one step; on failure saves a screenshot and names the step in the error. */
  async function step(name, fn, timeout = STEP_TIMEOUT) {
    let timer;
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms`)), timeout);
        }),
      ]);
    } catch (error) {
      const file = await screenshot(name);
      const where = page ? ` at ${page.url()}` : '';
      throw new Error(`${label} step "${name}" failed${where}: ${error.message}${file ? `\n  screenshot: ${file}` : ''}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  return { step, page: () => page };
}

/** The element's text, whitespace collapsed, once `accept` takes it or WAIT_TIMEOUT has passed. */
async function settledText(page, locator, accept) {
  await locator.waitFor({ state: 'visible' });
  const deadline = Date.now() + WAIT_TIMEOUT;
  let actual;
  do {
    actual = (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
    if (accept(actual)) return actual;
    await page.waitForTimeout(100);
  } while (Date.now() < deadline);
  return actual;
}

/** Waits until the element's text, whitespace collapsed, is exactly `expected`. */
export async function expectTextOn(page, locator, expected) {
  assert.equal(await settledText(page, locator, (actual) => actual === expected), expected, `text of ${locator}`);
}

/** Waits until the element's text, whitespace collapsed, contains `expected`. */
export async function expectTextContainingOn(page, locator, expected) {
  const actual = await settledText(page, locator, (text) => text.includes(expected));
  assert.ok(actual.includes(expected), `text of ${locator}:\n  ${actual}\nshould contain\n  ${expected}`);
}

/**
 * Signs in from the home page, so the login page sends us back there (a plain reload of /login would keep the
 * history state of the last session, and with it the previous user's page as the place to return to).
 */
export async function logInOn(page, username, password) {
  await page.goto(`${SPA_URL}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByTestId('header-user').waitFor();
}

/** Signs out with the header's button and waits for the login page. */
export async function logOutOn(page) {
  await page.getByTestId('logout').click();
  await page.waitForURL((url) => url.pathname === '/login');
}

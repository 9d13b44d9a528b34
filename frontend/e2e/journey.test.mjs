// Browser journey against a running stack (SPA served by `vite preview`, backend, database).
//   SPA_URL        where the SPA is served (default http://127.0.0.1:4173)
//   E2E_USERNAME   a seeded user whose office has the names below
//   E2E_PASSWORD
//   E2E_OFFICE_VI  office.nameVi expected in the header
//   E2E_OFFICE_EN  office.nameEn expected in the header
//   CHROMIUM_PATH  optional, default /usr/bin/chromium
// Run: npm run e2e   (node --test e2e/). A failed step leaves a screenshot in e2e/out/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const STEP_TIMEOUT = 15_000; // hard cap for one step
const WAIT_TIMEOUT = 10_000; // one wait inside a step, so its own message wins over the cap
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'out');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SPA_URL = (process.env.SPA_URL ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');
const env = {
  username: process.env.E2E_USERNAME,
  password: process.env.E2E_PASSWORD,
  officeVi: process.env.E2E_OFFICE_VI,
  officeEn: process.env.E2E_OFFICE_EN,
};

let browser;
let page;

before(async () => {
  const missing = ['E2E_USERNAME', 'E2E_PASSWORD', 'E2E_OFFICE_VI', 'E2E_OFFICE_EN'].filter((name) => !process.env[name]);
  assert.equal(missing.length, 0, `journey: missing environment variables: ${missing.join(', ')}`);
  assert.ok(existsSync(CHROMIUM), `journey: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

  try {
    const response = await fetch(SPA_URL, { signal: AbortSignal.timeout(5_000) });
    assert.ok(response.ok, `journey: SPA_URL ${SPA_URL} answered HTTP ${response.status}`);
  } catch (error) {
    if (error instanceof assert.AssertionError) throw error;
    const reason = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error);
    assert.fail(`journey: SPA_URL ${SPA_URL} is unreachable (${reason}); start the stack first`);
  }

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN' });
  page = await context.newPage();
  page.setDefaultTimeout(WAIT_TIMEOUT);
  page.setDefaultNavigationTimeout(WAIT_TIMEOUT);
});

after(async () => {
  await browser?.close();
});

/** Runs one step; on failure saves a screenshot and names the step in the error. */
async function step(name, fn) {
  let timer;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${STEP_TIMEOUT} ms`)), STEP_TIMEOUT);
      }),
    ]);
  } catch (error) {
    const file = await screenshot(name);
    const where = page ? ` at ${page.url()}` : '';
    throw new Error(`journey step "${name}" failed${where}: ${error.message}${file ? `\n  screenshot: ${file}` : ''}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

async function screenshot(name) {
  if (!page) return null;
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    const base = join(OUT_DIR, `journey-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${Date.now()}`);
    await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
    writeFileSync(`${base}.html`, await page.content());
    return `${base}.png`;
  } catch {
    return null;
  }
}

/** Waits until the element's trimmed text is exactly `expected`. */
async function expectText(testId, expected) {
  const locator = page.getByTestId(testId);
  await locator.waitFor({ state: 'visible' });
  try {
    await page.waitForFunction(
      ([id, text]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === text,
      [testId, expected],
      { timeout: WAIT_TIMEOUT },
    );
  } catch {
    const actual = (await locator.textContent())?.trim();
    assert.equal(actual, expected, `[data-testid="${testId}"] text`);
  }
}

async function expectHtmlLang(lang) {
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: WAIT_TIMEOUT });
}

test('sign in, switch language, sign out', async () => {
  await step('open the SPA and land on the login page', async () => {
    await page.goto(`${SPA_URL}/`);
    await page.waitForURL((url) => url.pathname === '/login');
    await expectText('login-submit', 'Đăng nhập');
    await expectHtmlLang('vi');
  });

  await step('log in', async () => {
    await page.getByTestId('login-username').fill(env.username);
    await page.getByTestId('login-password').fill(env.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/');
  });

  await step('header shows the office in Vietnamese', async () => {
    await expectText('header-office', env.officeVi);
    await expectText('logout', 'Đăng xuất');
    await page.getByText('Đăng xuất', { exact: true }).waitFor();
  });

  await step('switch to English', async () => {
    await page.getByTestId('lang-en').click();
    await expectText('header-office', env.officeEn);
    await expectText('logout', 'Log out');
    await expectHtmlLang('en');
  });

  await step('log out and keep English on the login page', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL((url) => url.pathname === '/login');
    await expectText('login-submit', 'Log in');
    await expectHtmlLang('en');
  });
});

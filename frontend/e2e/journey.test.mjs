// Browser journey against a running stack (SPA served by `vite preview`, backend, database).
//   SPA_URL        where the SPA is served (default http://127.0.0.1:4173)
//   E2E_USERNAME   a seeded user whose office has the names below
//   E2E_PASSWORD
//   E2E_OFFICE_VI  office.nameVi expected in the header
//   E2E_OFFICE_EN  office.nameEn expected in the header
//   CHROMIUM_PATH  optional, default /usr/bin/chromium
// Run: npm run e2e   (node --test e2e/). A failed step leaves a screenshot in e2e/out/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { journey, SPA_URL, WAIT_TIMEOUT } from './support.mjs';

const env = {
  username: process.env.E2E_USERNAME,
  password: process.env.E2E_PASSWORD,
  officeVi: process.env.E2E_OFFICE_VI,
  officeEn: process.env.E2E_OFFICE_EN,
};
const run = journey('journey', { requiredEnv: ['E2E_USERNAME', 'E2E_PASSWORD', 'E2E_OFFICE_VI', 'E2E_OFFICE_EN'] });
const step = run.step;
let page;

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
  page = run.page();
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

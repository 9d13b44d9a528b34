// Browser journey of a brand-new province (issue 18): its first administrator comes from the bootstrap
// (ADMIN_BOOTSTRAP_* at the backend's first start, as in the README's "Setting up a new province" — e2e.sh starts the
// journeys' backend with them), logs in with the one-time password, must change it, creates the People's Committee
// Office under Quản trị → tổ chức and a specialist account under Quản trị → tài khoản, whose one-time password is shown
// once; the specialist logs in with it, is sent to the change-password page, changes it and lands on the home page.
//   SPA_URL                    where the SPA is served (default http://127.0.0.1:4173)
//   E2E_NEW_ADMIN_USERNAME     the bootstrapped administrator of the new jurisdiction
//   E2E_NEW_ADMIN_PASSWORD     its one-time password (ADMIN_BOOTSTRAP_PASSWORD)
//   E2E_NEW_JURISDICTION_NAME  the new jurisdiction's name (ADMIN_BOOTSTRAP_JURISDICTION_NAME)
//   E2E_NEW_PREFIX             a per-run prefix for the office code and the specialist's username
//   CHROMIUM_PATH              optional, default /usr/bin/chromium
// Run: npm run e2e (node --test e2e/). A failed step leaves a screenshot in e2e/out/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectTextContainingOn, expectTextOn, journey, logOutOn, SPA_URL } from './support.mjs';

const env = {
  admin: process.env.E2E_NEW_ADMIN_USERNAME,
  adminPassword: process.env.E2E_NEW_ADMIN_PASSWORD,
  jurisdiction: process.env.E2E_NEW_JURISDICTION_NAME,
  prefix: process.env.E2E_NEW_PREFIX,
};
const run = journey('new-province', {
  requiredEnv: ['E2E_NEW_ADMIN_USERNAME', 'E2E_NEW_ADMIN_PASSWORD', 'E2E_NEW_JURISDICTION_NAME', 'E2E_NEW_PREFIX'],
});
const step = run.step;
let page;

const officeCode = `${env.prefix}-VPUBND`.toUpperCase().replace(/[^A-Z0-9_-]/g, '').slice(0, 30);
const officeName = 'Văn phòng Ủy ban nhân dân tỉnh';
const specialist = `${env.prefix}.vpubnd.moi`.toLowerCase();
const specialistName = 'Lò Văn Minh';
const adminPassword = 'Quan-tri-tinh-moi-2026';
const specialistPassword = 'Chuyen-vien-tinh-moi-2026';
let oneTimePassword;

/** Logs in from the home page and expects the forced change-password page, in Vietnamese. */
async function logInWithOneTimePassword(username, password) {
  await page.goto(`${SPA_URL}/`);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === '/change-password');
  await expectTextOn(page, page.getByTestId('password-forced'),
    'Mật khẩu của bạn là mật khẩu dùng một lần. Vui lòng đặt mật khẩu mới trước khi tiếp tục.');
}

/** Fills the change-password form and waits for the home page greeting. */
async function changePasswordAndLandHome(current, next, fullName) {
  await page.locator('#password-current').fill(current);
  await page.locator('#password-new').fill(next);
  await page.locator('#password-repeat').fill(next);
  await page.getByTestId('password-submit').click();
  await page.waitForURL((url) => url.pathname === '/');
  await expectTextOn(page, page.getByTestId('home-greeting'), `Xin chào, ${fullName}!`);
}

test("a new province's administrator creates the People's Committee Office and a specialist, who changes the one-time password", async () => {
  page = run.page();

  await step('the bootstrapped administrator logs in and must change the one-time password', async () => {
    await logInWithOneTimePassword(env.admin, env.adminPassword);
    await changePasswordAndLandHome(env.adminPassword, adminPassword, 'Quản trị hệ thống');
    await expectTextOn(page, page.getByTestId('profile-jurisdiction'), env.jurisdiction);
  });

  await step('Quản trị → tổ chức: the new province has no office yet', async () => {
    await page.getByTestId('nav-admin').click();
    await page.waitForURL((url) => url.pathname === '/admin');
    await page.getByTestId('admin-section-org').click();
    await page.waitForURL((url) => url.pathname === '/admin/org');
    await page.getByTestId('org-offices').waitFor();
    assert.equal(await page.getByTestId('org-office-row').count(), 0, 'a brand-new province has no offices');
  });

  await step("create the People's Committee Office", async () => {
    const form = page.getByTestId('org-office-form');
    await form.locator('#office-code').fill(officeCode);
    await form.locator('#office-kind').selectOption('PEOPLES_COMMITTEE_OFFICE');
    await form.locator('#office-name-vi').fill(officeName);
    await form.locator('#office-name-en').fill("Provincial People's Committee Office");
    await form.locator('#office-short').fill('VPUBND');
    await page.getByTestId('org-office-submit').click();
    const row = page.getByTestId('org-office-row').filter({ hasText: officeCode });
    await expectTextContainingOn(page, row, officeName);
    await expectTextContainingOn(page, row, 'Văn phòng UBND');
  });

  await step('Quản trị → tài khoản: create the specialist and read the one-time password, shown once', async () => {
    await page.getByTestId('nav-admin').click();
    await page.waitForURL((url) => url.pathname === '/admin');
    await page.getByTestId('admin-section-users').click();
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await page.getByTestId('user-new').click();
    const form = page.getByTestId('user-form');
    await form.locator('#user-username').fill(specialist);
    await form.locator('#user-fullname').fill(specialistName);
    await form.locator('#user-role').selectOption('SPECIALIST');
    await form.locator('#user-office option', { hasText: officeName }).waitFor({ state: 'attached' });
    await form.locator('#user-office').selectOption({ label: officeName });
    await page.getByTestId('user-save').click();
    const shown = page.getByTestId('one-time-password');
    await expectTextContainingOn(page, shown, `Mật khẩu dùng một lần của ${specialist}`);
    oneTimePassword = (await page.getByTestId('one-time-password-value').textContent())?.trim();
    assert.ok(oneTimePassword && oneTimePassword.length >= 10, `a one-time password is shown: ${oneTimePassword}`);
    const row = page.getByTestId('user-row').filter({ hasText: specialist });
    await expectTextContainingOn(page, row, specialistName);
  });

  await step('the administrator logs out', async () => {
    await logOutOn(page);
  });

  await step('the specialist logs in with the one-time password and is sent to change it', async () => {
    await logInWithOneTimePassword(specialist, oneTimePassword);
    // nothing else opens until the password is changed
    await page.goto(`${SPA_URL}/conclusions`);
    await page.waitForURL((url) => url.pathname === '/change-password');
    await page.getByTestId('password-forced').waitFor();
  });

  await step('the specialist changes the password and lands on the home page of the new office', async () => {
    await changePasswordAndLandHome(oneTimePassword, specialistPassword, specialistName);
    await expectTextOn(page, page.getByTestId('profile-username'), specialist);
    await expectTextOn(page, page.getByTestId('profile-role'), 'Chuyên viên');
    await expectTextOn(page, page.getByTestId('profile-office'), officeName);
    await expectTextOn(page, page.getByTestId('profile-jurisdiction'), env.jurisdiction);
    await expectTextOn(page, page.getByTestId('header-office'), officeName);
  });

  await step('the new password is the one that works from now on', async () => {
    await logOutOn(page);
    await page.getByTestId('login-username').fill(specialist);
    await page.getByTestId('login-password').fill(specialistPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/');
    await expectTextOn(page, page.getByTestId('home-greeting'), `Xin chào, ${specialistName}!`);
  });
});

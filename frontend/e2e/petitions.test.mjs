// Browser journey of the petitions feature (đơn thư), against a running stack.
//   SPA_URL                   where the SPA is served (default http://127.0.0.1:4173); /api is forwarded to the backend
//   E2E_PASSWORD              password of every account below
//   E2E_USERNAME              specialist of "Văn phòng Tỉnh ủy", the Party Committee Office (handles the petition)
//   E2E_VPTU_LEADER_USERNAME  office leader of the Party Committee Office (assigns the handler)
//   E2E_ADMIN_USERNAME        system administrator of the journey's jurisdiction (reads the identity disclosure log)
//   E2E_PORTAL_CLIENT_ID      the e-portal's machine client (scope petitions:submit)
//   E2E_PORTAL_CLIENT_SECRET  its secret
//   CHROMIUM_PATH             optional, default /usr/bin/chromium
// The e-portal submits a citizen's denunciation to the Party Committee Office through the API (client credentials, then
// POST /portal/petitions with an Idempotency-Key). A leader of that office opens it and sees the denouncer redacted — the
// name is nowhere on the page — and assigns the office's specialist to handle it. The specialist finds it in "Việc của
// tôi", classifies it (not eligible: outside competence), forwards it to a named authority after previewing the letter,
// and downloads the forwarding letter (DOCX). The specialist, now its handler, sees the denouncer's identity with a reason;
// the administrator finds that disclosure — who and why — in the log. A failed step leaves a screenshot in e2e/out/.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { SPA_URL, expectTextContainingOn, expectTextOn, journey, logInOn, logOutOn } from './support.mjs';

const REQUIRED = [
  'E2E_PASSWORD',
  'E2E_USERNAME',
  'E2E_VPTU_LEADER_USERNAME',
  'E2E_ADMIN_USERNAME',
  'E2E_PORTAL_CLIENT_ID',
  'E2E_PORTAL_CLIENT_SECRET',
];
const env = {
  password: process.env.E2E_PASSWORD,
  specialist: process.env.E2E_USERNAME,
  leader: process.env.E2E_VPTU_LEADER_USERNAME,
  admin: process.env.E2E_ADMIN_USERNAME,
  clientId: process.env.E2E_PORTAL_CLIENT_ID,
  clientSecret: process.env.E2E_PORTAL_CLIENT_SECRET,
};
// of the fixture (frontend/e2e/fixture.sql)
const SPECIALIST_NAME = 'Nguyễn Thị Hành Trình';
const LEADER_NAME = 'Hoàng Văn Tổng Hợp';

const LOGIN_STEP_TIMEOUT = 30_000; // the steps that sign in: login, the lazy petitions pages, the page's data
const RUN = Date.now().toString(36).toUpperCase();
// a denouncer of this run only: the page must never show the name unless a handler asks, with a reason
const DENOUNCER = `Phạm Thị Tố Giác ${RUN}`;
const SUBJECT = `Tố cáo cán bộ địa chính phường nhận tiền khi cấp giấy chứng nhận (hành trình ${RUN})`;
const AUTHORITY = 'Thanh tra tỉnh';
const REASON = `Cần liên hệ người tố cáo để xác minh thêm tình tiết trước khi chuyển đơn (hành trình ${RUN})`;

/** POST a form or JSON to the API through the SPA's proxy; returns the response. */
async function api(path, { method = 'GET', token, json, form, headers = {} } = {}) {
  const response = await fetch(`${SPA_URL}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(json ? { 'Content-Type': 'application/json' } : {}),
      ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      ...headers,
    },
    body: json ? JSON.stringify(json) : form ? new URLSearchParams(form).toString() : undefined,
    signal: AbortSignal.timeout(10_000),
  });
  return response;
}

const run = journey('petitions', {
  requiredEnv: REQUIRED,
  contextOptions: { viewport: { width: 1366, height: 900 }, timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true },
});
const step = run.step;
let page;

const expectText = (locator, expected) => expectTextOn(page, locator, expected);
const expectTextContaining = (locator, expected) => expectTextContainingOn(page, locator, expected);
const logIn = (username) => logInOn(page, username, env.password);
const logOut = () => logOutOn(page);

/** Nothing of the denouncer anywhere on the page: its HTML (attributes included) and its text. */
async function expectNoDenouncer() {
  assert.ok(!(await page.content()).includes(DENOUNCER), 'the denouncer\'s name is not in the page');
  assert.ok(!(await page.locator('body').innerText()).includes(DENOUNCER), 'the denouncer\'s name is not shown');
}

test('the e-portal submits a denunciation; the office assigns, classifies and forwards it; the handler sees the denouncer with a recorded reason', async () => {
  page = run.page();
  let petitionPath;
  let petitionNumber;

  await step('the e-portal submits a citizen\'s denunciation to the Party Committee Office through the API', async () => {
    // the office to send it to: the leader's (the e-portal knows the offices' ids)
    const login = await api('/auth/login', { method: 'POST', json: { username: env.leader, password: env.password } });
    assert.equal(login.status, 200, 'the leader logs in to the API');
    const me = await (await api('/me', { token: (await login.json()).accessToken })).json();
    assert.ok(me.office?.id, 'the leader belongs to an office');

    const token = await api('/auth/token', {
      method: 'POST',
      form: { grant_type: 'client_credentials', client_id: env.clientId, client_secret: env.clientSecret },
    });
    assert.equal(token.status, 200, 'the e-portal gets a token with its client credentials');
    const { access_token: accessToken, scope } = await token.json();
    assert.match(scope, /petitions:submit/);

    const submitted = await api('/portal/petitions', {
      method: 'POST',
      token: accessToken,
      headers: { 'Idempotency-Key': randomUUID() },
      json: {
        officeId: me.office.id,
        kind: 'DENUNCIATION',
        subject: SUBJECT,
        content: 'Tôi tố cáo cán bộ địa chính phường đã yêu cầu người dân nộp tiền ngoài quy định để được cấp giấy chứng nhận quyền sử dụng đất nhanh.',
        petitioners: [{ fullName: DENOUNCER, address: 'Số 5 phố Trần Duy Hưng', idNumber: '001099012345', phone: '0912345678', representative: false }],
      },
    });
    assert.equal(submitted.status, 201, `the e-portal's petition is received: ${await submitted.clone().text()}`);
    const receipt = await submitted.json();
    assert.ok(receipt.trackingCode && receipt.secret, 'the citizen gets a tracking code and its secret');
    assert.equal(receipt.officeName, me.office.nameVi);
  });

  await step('a leader of the office opens it: the denouncer is redacted, the name nowhere on the page', async () => {
    await logIn(env.leader);
    await page.getByTestId('nav-petitions').click();
    await page.waitForURL((url) => url.pathname === '/petitions');
    await expectText(page.locator('h1'), 'Đơn thư');
    await page.getByTestId('petitions-tab-all').click();
    await page.getByTestId('petitions-q').fill(RUN.toLowerCase());
    await page.getByTestId('petitions-search').click();
    const row = page.getByTestId('petition-row').filter({ hasText: SUBJECT });
    await row.waitFor();
    await expectTextContaining(row, 'Tố cáo');
    await expectTextContaining(row, 'Cổng thông tin điện tử');
    await expectTextContaining(row.getByTestId('petition-row-due-countdown'), 'còn');
    await row.getByTestId('petition-link').click();
    await page.waitForURL((url) => /^\/petitions\/[0-9a-f-]{36}$/.test(url.pathname));
    petitionPath = new URL(page.url()).pathname;
    await expectTextContaining(page.getByTestId('petition-heading'), 'Đơn tố cáo số ');
    petitionNumber = ((await page.getByTestId('petition-heading').textContent()) ?? '').replace('Đơn tố cáo số ', '').trim();
    assert.match(petitionNumber, /\d/);
    await expectText(page.getByTestId('petition-subject'), SUBJECT);
    await expectText(page.getByTestId('petition-status'), 'Chờ phân loại, xử lý');
    await expectText(page.getByTestId('petitioner-redacted'), 'Đã ẩn danh tính');
    await expectTextContaining(page.getByTestId('deadline-first'), 'Căn cứ:');
    assert.equal(await page.getByTestId('reveal-open').count(), 0, 'a leader who does not handle it cannot see the identity');
    await expectNoDenouncer();
  }, LOGIN_STEP_TIMEOUT);

  await step('the leader assigns the office\'s specialist to handle it', async () => {
    await page.getByTestId('assign-handler').selectOption({ label: `${SPECIALIST_NAME} (Chuyên viên)` });
    await page.getByTestId('assign-handler-submit').click();
    await expectText(page.getByTestId('petition-done'), `Đã giao đồng chí ${SPECIALIST_NAME} xử lý đơn.`);
    await expectTextContaining(page.getByTestId('handlers-list'), SPECIALIST_NAME);
    await expectNoDenouncer();
    await logOut();
  });

  await step('the specialist finds it in "Việc của tôi" and classifies it: not eligible, outside competence', async () => {
    await logIn(env.specialist);
    await page.getByTestId('nav-petitions').click();
    await page.waitForURL((url) => url.pathname === '/petitions');
    const row = page.getByTestId('petition-row').filter({ hasText: SUBJECT });
    await row.waitFor();
    await expectTextContaining(row.getByTestId('petition-row-due-countdown'), 'còn');
    await row.getByTestId('petition-link').click();
    await page.waitForURL((url) => url.pathname === petitionPath);
    await expectText(page.getByTestId('petitioner-redacted'), 'Đã ẩn danh tính');
    // the history says who assigned it
    await expectTextContaining(page.locator('[data-testid="history-row"][data-kind="HANDLER_ASSIGNED"]'), LEADER_NAME);
    await page.getByTestId('action-classify').click();
    await page.getByTestId('classify-eligible-no').check();
    await page.getByTestId('classify-reason').selectOption({ label: 'Không thuộc thẩm quyền' });
    await page.getByTestId('classify-submit').click();
    await expectText(page.getByTestId('petition-done'), 'Đã thực hiện: Phân loại.');
    await expectTextContaining(page.getByTestId('deadline-classification'), 'Không đủ điều kiện xử lý: Không thuộc thẩm quyền');
  }, LOGIN_STEP_TIMEOUT);

  await step('forwards it to the competent authority, previewing the letter, and downloads the forwarding letter (DOCX)', async () => {
    await page.getByTestId('action-forward').click();
    await page.getByTestId('forward-authority').fill(AUTHORITY);
    await page.getByTestId('forward-note').fill('xác minh, xử lý theo quy định và thông báo kết quả');
    await expectTextContaining(page.getByTestId('forward-preview'), `Kính gửi: ${AUTHORITY}`);
    await expectTextContaining(page.getByTestId('forward-preview'), `nhận được đơn tố cáo số ${petitionNumber}`);
    await expectTextContaining(page.getByTestId('forward-preview'), 'Đề nghị giữ bí mật họ tên, địa chỉ, bút tích');
    await page.getByTestId('forward-submit').click();
    await expectText(page.getByTestId('petition-done').locator('span').first(), 'Đã thực hiện: Chuyển đơn.');
    await expectText(page.getByTestId('petition-status'), 'Đã chuyển đơn');
    const forwarding = page.getByTestId('forwarding');
    await expectText(forwarding.getByTestId('forwarding-authority'), `Chuyển đến: ${AUTHORITY}`);
    const [download] = await Promise.all([page.waitForEvent('download'), forwarding.getByTestId('forwarding-letter-download').click()]);
    const name = download.suggestedFilename();
    assert.ok(name.startsWith('cong-van-chuyen-don-') && name.endsWith('.docx'), `the letter's file name: ${name}`);
    const file = await download.path();
    assert.ok(file && statSync(file).size > 0, 'the letter is not empty');
    await expectNoDenouncer();
  });

  await step('the handler sees the denouncer\'s identity with a reason, in the dialog only', async () => {
    await page.getByTestId('reveal-open').click();
    const dialog = page.getByTestId('reveal-dialog');
    await expectText(dialog.getByTestId('reveal-recorded'), 'Việc xem danh tính được ghi lại: người xem, thời điểm, lý do.');
    await dialog.getByTestId('reveal-reason').fill('Cần xem');
    await dialog.getByTestId('reveal-submit').click();
    await expectText(dialog.getByTestId('reveal-reason-error'), 'Lý do phải có ít nhất 10 ký tự.');
    await dialog.getByTestId('reveal-reason').fill(REASON);
    await dialog.getByTestId('reveal-submit').click();
    await expectText(dialog.getByTestId('identity-name'), DENOUNCER);
    await expectText(dialog.getByTestId('identity-id-number'), '001099012345');
    await dialog.getByTestId('reveal-close').click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.getByTestId('petitioner-redacted'), 'Đã ẩn danh tính');
    await expectNoDenouncer();
    await logOut();
  });

  await step('the administrator finds the disclosure in the log: who, on which petition, and why', async () => {
    await logIn(env.admin);
    await page.getByTestId('nav-disclosures').click();
    await page.waitForURL((url) => url.pathname === '/petition-disclosures');
    await expectText(page.locator('h1'), 'Nhật ký tiết lộ danh tính');
    const row = page.getByTestId('disclosure-row').filter({ hasText: REASON });
    await row.waitFor();
    await expectText(row.getByTestId('disclosure-who'), SPECIALIST_NAME);
    await expectText(row.getByTestId('disclosure-petition'), petitionNumber);
    await expectText(row.getByTestId('disclosure-reason'), REASON);
    assert.ok(!(await page.locator('body').innerText()).includes(DENOUNCER), 'the log never shows an identity');
    await logOut();
  }, LOGIN_STEP_TIMEOUT);
});

// Browser journey of the conclusions feature (thông báo kết luận), against a running stack.
//   SPA_URL                 where the SPA is served (default http://127.0.0.1:4173)
//   E2E_PASSWORD            password of every account below
//   E2E_UBND_USERNAME       specialist of "Văn phòng Ủy ban nhân dân tỉnh"
//   E2E_UNIT_USERNAME       unit officer of the first unit of E2E_UNIT_NAMES (Sở Giáo dục và Đào tạo)
//   E2E_BODY_NAME           the leadership body that office serves (Ủy ban nhân dân tỉnh)
//   E2E_UNIT_NAMES          "Sở Giáo dục và Đào tạo|Sở Y tế|Sở Tài chính"
//   E2E_BACKEND_CTL         script: `restart P3D` restarts the backend 3 days ahead (deploy/local/e2e-backend.sh)
//   CHROMIUM_PATH           optional, default /usr/bin/chromium
// The UBND specialist records a notice with three tasks; the Sở Giáo dục officer reports progress on task 2 and
// proposes its completion; the specialist confirms it; three days pass on the server, task 1 is overdue: the
// specialist urges Sở Giáo dục (DOCX) and reads the statistics. A failed step leaves a screenshot in e2e/out/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { expectTextOn, journey, logInOn, logOutOn } from './support.mjs';

const RESTART_TIMEOUT = 60_000; // the backend restart
const REQUIRED = ['E2E_PASSWORD', 'E2E_UBND_USERNAME', 'E2E_UNIT_USERNAME', 'E2E_BODY_NAME', 'E2E_UNIT_NAMES', 'E2E_BACKEND_CTL'];
const env = {
  password: process.env.E2E_PASSWORD,
  specialist: process.env.E2E_UBND_USERNAME,
  unitOfficer: process.env.E2E_UNIT_USERNAME,
  bodyName: process.env.E2E_BODY_NAME,
  unitNames: (process.env.E2E_UNIT_NAMES ?? '').split('|'),
  backendCtl: process.env.E2E_BACKEND_CTL,
};

/** yyyy-MM-dd in Vietnam, `days` from today (the SPA and the server count days there). */
function vietnamDate(days = 0) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date())
    .reduce((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  const date = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) + days));
  return date.toISOString().slice(0, 10);
}

const RUN = `${Date.now().toString(36).toUpperCase()}`;
const notice = {
  number: `${RUN}-TB/VPUBND`,
  signer: 'Trần Văn Cường',
  summary: `Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban (hành trình ${RUN})`,
};
const [GD, YT] = env.unitNames;
const tasks = [
  { content: `Nhiệm vụ 1 (${RUN}): rà soát mạng lưới trường học`, lead: GD, deadline: vietnamDate(1) },
  { content: `Nhiệm vụ 2 (${RUN}): báo cáo tuyển sinh đầu cấp`, lead: GD, deadline: vietnamDate(30) },
  { content: `Nhiệm vụ 3 (${RUN}): kiểm tra an toàn thực phẩm`, lead: YT, deadline: vietnamDate(30) },
];

const run = journey('conclusions', {
  requiredEnv: REQUIRED,
  check: () => assert.ok(env.unitNames.length >= 2, 'conclusions journey: E2E_UNIT_NAMES needs at least two units separated by |'),
  contextOptions: { viewport: { width: 1366, height: 900 }, timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true },
});
const step = run.step;
let page;

/** Waits until the element's text, whitespace collapsed, is exactly `expected`. */
const expectText = (locator, expected) => expectTextOn(page, locator, expected);

const logIn = (username) => logInOn(page, username, env.password);

const logOut = () => logOutOn(page);

/** The link of a task, by its (unique) content, inside `scope`. */
function taskLink(scope, content) {
  return scope.getByTestId('task-link').filter({ hasText: content });
}

test('record a notice, follow its tasks up, urge and count', async () => {
  page = run.page();
  let noticePath;

  await step('the UBND specialist opens the notice form', async () => {
    await logIn(env.specialist);
    await page.getByTestId('nav-conclusions').click();
    await page.waitForURL((url) => url.pathname === '/conclusions');
    await page.getByTestId('conclusion-new').click();
    await page.waitForURL((url) => url.pathname === '/conclusions/new');
  });

  await step('record the notice with three tasks', async () => {
    await page.getByTestId('conclusion-kind').selectOption('CONCLUDING_NOTICE');
    await page.getByTestId('conclusion-number').fill(notice.number);
    await page.getByTestId('conclusion-issued-on').fill(vietnamDate(0));
    await page.getByTestId('conclusion-body').selectOption({ label: env.bodyName });
    await page.getByTestId('conclusion-signer').fill(notice.signer);
    await page.getByTestId('conclusion-summary').fill(notice.summary);
    for (let i = 0; i < tasks.length; i++) {
      if (i > 0) await page.getByTestId('conclusion-add-task').click();
      await page.getByTestId(`task-${i}-content`).fill(tasks[i].content);
      await page.getByTestId(`task-${i}-expected-result`).fill(`Kết quả của nhiệm vụ ${i + 1}`);
      await page.getByTestId(`task-${i}-lead`).selectOption({ label: tasks[i].lead });
      await page.getByTestId(`task-${i}-focal-officer`).fill(`Cán bộ đầu mối ${i + 1}`);
      await page.getByTestId(`task-${i}-deadline`).fill(tasks[i].deadline);
    }
    await page.getByTestId('conclusion-submit').click();
    await page.waitForURL((url) => /^\/conclusions\/[0-9a-f-]{36}$/.test(url.pathname));
    noticePath = new URL(page.url()).pathname;
  });

  await step('the notice page shows it with its three tasks', async () => {
    await expectText(page.getByTestId('conclusion-heading'), `Thông báo kết luận số ${notice.number}`);
    await expectText(page.getByTestId('conclusion-body'), env.bodyName);
    const table = page.getByTestId('conclusion-tasks');
    await table.waitFor();
    assert.equal(await table.getByTestId('task-row').count(), 3);
    for (const t of tasks) await taskLink(table, t.content).waitFor();
    await expectText(page.getByTestId('conclusion-assigned'), 'Tổng số nhiệm vụ: 3');
    await logOut();
  });

  await step('the Sở Giáo dục officer opens task 2 from the unit tasks', async () => {
    await logIn(env.unitOfficer);
    await page.getByTestId('nav-my-tasks').click();
    await page.waitForURL((url) => url.pathname === '/my-tasks');
    await taskLink(page.getByTestId('my-tasks'), tasks[1].content).click();
    await page.waitForURL((url) => url.pathname.startsWith('/conclusion-tasks/'));
    await expectText(page.getByTestId('task-content'), tasks[1].content);
    await expectText(page.getByTestId('task-status'), 'Đang thực hiện');
  });

  await step('report 50 % progress', async () => {
    await page.getByTestId('action-progress').click();
    await page.getByTestId('action-percent').fill('50');
    await page.getByTestId('action-note').fill('Đã tổng hợp số liệu tuyển sinh của các huyện');
    await page.getByTestId('action-submit').click();
    await expectText(page.getByTestId('task-progress'), '50 %');
    await page.getByTestId('task-event').filter({ hasText: 'Báo cáo tiến độ' }).waitFor();
  });

  await step('propose completion', async () => {
    await page.getByTestId('action-propose').click();
    await page.getByTestId('action-note').fill('Đã gửi báo cáo tuyển sinh cho UBND tỉnh');
    await page.getByTestId('action-submit').click();
    await page.getByTestId('task-awaiting').waitFor();
    assert.equal(await page.getByTestId('action-propose').count(), 0, 'the proposal button is gone');
    await logOut();
  });

  await step('the UBND specialist confirms task 2 from the board', async () => {
    await logIn(env.specialist);
    await page.getByTestId('nav-board').click();
    await page.waitForURL((url) => url.pathname === '/conclusion-board');
    await taskLink(page.getByTestId('board-awaiting'), tasks[1].content).click();
    await page.waitForURL((url) => url.pathname.startsWith('/conclusion-tasks/'));
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('action-submit').click();
    await expectText(page.getByTestId('task-status'), 'Hoàn thành đúng hạn');
    await expectText(page.getByTestId('task-progress'), '100 %');
    await logOut();
  });

  await step('three days pass on the server', async () => {
    execFileSync(env.backendCtl, ['restart', 'P3D'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: RESTART_TIMEOUT - 5_000 });
  }, RESTART_TIMEOUT);

  await step('the specialist logs in again: task 1 is overdue on the board', async () => {
    await page.reload();
    await logIn(env.specialist);
    await page.getByTestId('nav-board').click();
    await page.waitForURL((url) => url.pathname === '/conclusion-board');
    await taskLink(page.getByTestId('board-overdue'), tasks[0].content).waitFor();
    assert.equal(await taskLink(page.getByTestId('board-overdue'), tasks[1].content).count(), 0, 'task 2 is done');
    assert.equal(await taskLink(page.getByTestId('board-overdue'), tasks[2].content).count(), 0, 'task 3 is not due');
  });

  await step('prepare an urging letter for Sở Giáo dục and download it', async () => {
    const unit = page.getByTestId('urging-unit').filter({ hasText: GD });
    await unit.getByTestId('urging-prepare').click();
    const letter = page.getByTestId('urging-letter').filter({ hasText: GD }).first();
    await letter.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), letter.getByTestId('urging-download').click()]);
    const name = download.suggestedFilename();
    assert.ok(name.endsWith('.docx'), `the letter's file name ends with .docx: ${name}`);
    const file = await download.path();
    assert.ok(file && statSync(file).size > 0, 'the letter is not empty');
  });

  await step('the statistics: 33,3 % done on time, 33,3 % in progress, 1 overdue', async () => {
    await page.getByTestId('nav-statistics').click();
    await page.waitForURL((url) => url.pathname === '/conclusion-statistics');
    await expectText(page.getByTestId('stat-done-on-time-percent'), '33,3 %');
    await expectText(page.getByTestId('stat-in-progress-percent'), '33,3 %');
    await expectText(page.getByTestId('stat-overdue'), '1');
    await expectText(page.getByTestId('stat-assigned'), '3');
    assert.ok(noticePath, 'the notice was recorded');
  });
});

// Browser journey of the meetings feature (hội nghị, cuộc họp), against a running stack.
//   SPA_URL                   where the SPA is served (default http://127.0.0.1:4173)
//   E2E_PASSWORD              password of every account below
//   E2E_USERNAME              specialist of "Văn phòng Tỉnh ủy", the Party Committee Office (hosts the meeting)
//   E2E_UBND_USERNAME         specialist of "Văn phòng Ủy ban nhân dân tỉnh", the People's Committee Office (supports it)
//   E2E_VPTU_LEADER_USERNAME  office leader of the Party Committee Office (approves the minutes, closes the meeting)
//   E2E_LEADER_NAME           a leader of the Standing Board ("Nguyễn Văn Bí Thư"), who chairs it
//   E2E_LEADER_TITLE          their title ("Bí thư Tỉnh ủy")
//   E2E_BODY_NAME             the People's Committee body invited ("Ủy ban nhân dân tỉnh")
//   CHROMIUM_PATH             optional, default /usr/bin/chromium
// The Party Committee Office plans a standing-board meeting of the Standing Board (Thường trực Tỉnh ủy, fixture) today (the
// server's day: the conclusions journey runs the backend days ahead), started within the last hour, with the People's
// Committee Office supporting it; adds an agenda item, uploads a PDF, invites the People's Committee and sends the invitations, and assigns a preparation task to the People's Committee
// Office. That office finds the task in its inbox (/meeting-tasks) and ticks it off. The host marks the meeting held and
// writes the minutes; its office leader approves them, which closes the meeting. A failed step leaves a screenshot in e2e/out/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SPA_URL, expectTextContainingOn, expectTextOn, journey, logInOn, logOutOn } from './support.mjs';

const REQUIRED = [
  'E2E_PASSWORD',
  'E2E_USERNAME',
  'E2E_UBND_USERNAME',
  'E2E_VPTU_LEADER_USERNAME',
  'E2E_LEADER_NAME',
  'E2E_LEADER_TITLE',
  'E2E_BODY_NAME',
];
const env = {
  password: process.env.E2E_PASSWORD,
  vptuSpecialist: process.env.E2E_USERNAME,
  ubndSpecialist: process.env.E2E_UBND_USERNAME,
  vptuLeader: process.env.E2E_VPTU_LEADER_USERNAME,
  leaderName: process.env.E2E_LEADER_NAME,
  leaderTitle: process.env.E2E_LEADER_TITLE,
  ubndBody: process.env.E2E_BODY_NAME,
};
// of the fixture (frontend/e2e/fixture.sql)
const HOST_OFFICE = 'Văn phòng Tỉnh ủy';
const SUPPORTING_OFFICE = 'Văn phòng Ủy ban nhân dân tỉnh';
const STANDING_BOARD = 'Thường trực Tỉnh ủy';
const UBND_SPECIALIST_NAME = 'Trần Văn Theo Dõi';
const VPTU_SPECIALIST_NAME = 'Nguyễn Thị Hành Trình';
const VPTU_LEADER_NAME = 'Hoàng Văn Tổng Hợp';

const pad = (n) => String(n).padStart(2, '0');

/** Now on Vietnam's wall clock, in minutes since midnight. */
function vietnamMinutes() {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(new Date())
    .reduce((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return Number(parts.hour) * 60 + Number(parts.minute);
}

// started within the last hour (so it can be marked held today), ending two hours later (maybe the next day)
const startMinutes = Math.max(0, Math.floor((vietnamMinutes() - 45) / 5) * 5);
const endMinutes = startMinutes + 120;
const startTime = `${pad(Math.floor(startMinutes / 60))}:${pad(startMinutes % 60)}`;
const endTime = `${pad(Math.floor((endMinutes % (24 * 60)) / 60))}:${pad(endMinutes % 60)}`;
const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const vi = (day) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/**
 * "Today" as the server counts it: an earlier journey may have restarted the backend days ahead (CLOCK_OFFSET), and
 * holding a meeting, due times and the dates written on the page follow the server's clock.
 */
async function serverToday() {
  const login = await fetch(`${SPA_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: env.vptuSpecialist, password: env.password }),
    signal: AbortSignal.timeout(5_000),
  });
  assert.equal(login.status, 200, 'log in to read the server\'s day');
  const { accessToken } = await login.json();
  const board = await fetch(`${SPA_URL}/api/v1/programme-deadlines`, {
    headers: { Authorization: `Bearer ${accessToken}` },
    signal: AbortSignal.timeout(5_000),
  });
  assert.equal(board.status, 200, 'the deadline board says what day it is');
  return (await board.json()).today;
}

const LOGIN_STEP_TIMEOUT = 30_000; // the steps that sign in: login, the lazy meetings pages, the page's data
const RUN = Date.now().toString(36).toUpperCase();
const meetingTitle = `Hội nghị Thường trực Tỉnh ủy nghe báo cáo tình hình kinh tế – xã hội (hành trình ${RUN})`;
const venue = 'Phòng họp số 1, Tỉnh ủy';
const agendaTitle = 'Báo cáo tình hình kinh tế – xã hội tháng 11';
const documentTitle = 'Dự thảo báo cáo tình hình kinh tế – xã hội';
const fileName = 'du-thao-bao-cao.pdf';
const taskTitle = `Chuẩn bị âm thanh, màn hình tại phòng họp (hành trình ${RUN})`;
const minutesText = `Hội nghị đã nghe báo cáo tình hình kinh tế – xã hội tháng 11 và thống nhất các nhiệm vụ trọng tâm tháng 12 (hành trình ${RUN}).`;

/** A tiny but well-formed PDF: the server checks what a file is by its first bytes. */
function pdfBytes() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const run = journey('meetings', {
  requiredEnv: REQUIRED,
  contextOptions: { viewport: { width: 1366, height: 900 }, timezoneId: 'Asia/Ho_Chi_Minh' },
});
const step = run.step;
let page;

const expectText = (locator, expected) => expectTextOn(page, locator, expected);

const expectTextContaining = (locator, expected) => expectTextContainingOn(page, locator, expected);

const logIn = (username) => logInOn(page, username, env.password);

const logOut = () => logOutOn(page);

/** Signs in as `username` and opens the meeting from the meetings list. */
async function openMeeting(username, meetingPath) {
  await logIn(username);
  await page.getByTestId('nav-meetings').click();
  await page.waitForURL((url) => url.pathname === '/meetings');
  await page.locator(`[data-testid="meeting-link"][href="${meetingPath}"]`).click();
  await page.waitForURL((url) => url.pathname === meetingPath);
  await expectText(page.getByTestId('meeting-heading'), meetingTitle);
}

test('plan a meeting, prepare it with another office, hold it, write and approve the minutes', async () => {
  page = run.page();
  let meetingPath;
  let today;
  let todayVi;
  let endDay;

  await step('find out what day it is on the server', async () => {
    today = await serverToday();
    assert.match(today ?? '', /^\d{4}-\d{2}-\d{2}$/);
    todayVi = vi(today);
    endDay = endMinutes >= 24 * 60 ? addDays(today, 1) : today;
  });

  await step('the Party Committee Office plans a standing-board meeting today, supported by the People\'s Committee Office', async () => {
    await logIn(env.vptuSpecialist);
    await page.getByTestId('nav-meetings').click();
    await page.waitForURL((url) => url.pathname === '/meetings');
    await expectText(page.locator('h1'), 'Hội nghị, cuộc họp');
    await page.getByTestId('meeting-new').click();
    await page.waitForURL((url) => url.pathname === '/meetings/new');
    await expectText(page.locator('h1'), 'Tạo cuộc họp');
    await page.getByTestId('meeting-kind').selectOption({ label: 'Hội nghị Thường trực Thành ủy' });
    await page.getByTestId('meeting-body').selectOption({ label: STANDING_BOARD });
    await page.getByTestId('meeting-title').fill(meetingTitle);
    await page.getByTestId('meeting-start-date').fill(today);
    await page.getByTestId('meeting-start-time').fill(startTime);
    await page.getByTestId('meeting-end-date').fill(endDay);
    await page.getByTestId('meeting-end-time').fill(endTime);
    await page.getByTestId('meeting-venue').fill(venue);
    await page.getByTestId('meeting-leaders').getByLabel(`${env.leaderName} (${env.leaderTitle})`).check();
    await page.getByTestId('meeting-supporting').getByLabel(SUPPORTING_OFFICE).check();
    await page.getByTestId('meeting-confidentiality').selectOption('INTERNAL');
    await page.getByTestId('meeting-save').click();
    await page.waitForURL((url) => /^\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
    meetingPath = new URL(page.url()).pathname;
    await expectText(page.getByTestId('meeting-heading'), meetingTitle);
    await expectText(page.getByTestId('meeting-done'), 'Đã tạo cuộc họp.');
    await expectText(page.getByTestId('meeting-status'), 'Dự kiến');
    await expectTextContaining(page.getByTestId('fact-when'), `${startTime}`);
    await expectTextContaining(page.getByTestId('fact-when'), `ngày ${todayVi}`);
    await expectText(page.getByTestId('fact-host'), HOST_OFFICE);
    await expectText(page.getByTestId('fact-supporting'), SUPPORTING_OFFICE);
    await expectText(page.getByTestId('fact-leaders'), `${env.leaderName} (${env.leaderTitle})`);
    await expectText(page.getByTestId('fact-confidentiality'), 'Lưu hành nội bộ');
  }, LOGIN_STEP_TIMEOUT);

  await step('adds an item to the agenda', async () => {
    await page.getByTestId('tab-agenda').click();
    await page.getByTestId('agenda-add').click();
    await page.getByTestId('agenda-title').fill(agendaTitle);
    await page.getByTestId('agenda-presenter').fill('Giám đốc Sở Tài chính');
    await page.getByTestId('agenda-save').click();
    const row = page.getByTestId('agenda-row').filter({ hasText: agendaTitle });
    await row.waitFor();
    await expectTextContaining(row, 'Giám đốc Sở Tài chính');
    await expectTextContaining(page.getByTestId('tab-agenda'), 'Chương trình');
  });

  await step('uploads a document (a PDF) for that item', async () => {
    await page.getByTestId('tab-documents').click();
    await expectText(page.getByTestId('documents-empty'), 'Chưa có tài liệu.');
    await page.getByTestId('document-add').click();
    await page.getByTestId('document-title').fill(documentTitle);
    await page.getByTestId('document-agenda-item').selectOption({ label: `1. ${agendaTitle}` });
    await page.getByTestId('document-file').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdfBytes() });
    await page.getByTestId('document-save').click();
    const doc = page.getByTestId('document').filter({ hasText: documentTitle });
    await doc.waitFor();
    await expectTextContaining(doc, `Nội dung: 1. ${agendaTitle}`);
    await expectText(doc.getByTestId('document-file-name'), fileName);
    await expectTextContaining(doc.getByTestId('document-version'), `Phiên bản 1 · ${fileName}`);
    await expectTextContaining(doc.getByTestId('document-version'), `${VPTU_SPECIALIST_NAME} tải lên lúc ${todayVi}`);
  });

  await step('invites the People\'s Committee and sends the invitations', async () => {
    await page.getByTestId('tab-invitees').click();
    await expectText(page.getByTestId('invitees-empty'), 'Chưa có thành phần mời.');
    await page.getByTestId('invitee-add').click();
    await page.getByTestId('invitee-kind').selectOption('BODY');
    await page.getByTestId('invitee-body').selectOption({ label: env.ubndBody });
    await page.getByTestId('invitee-save').click();
    const row = page.getByTestId('invitee-row').filter({ hasText: env.ubndBody });
    await row.waitFor();
    await expectText(row.getByTestId('invitee-reply'), 'Chưa phản hồi');
    await expectText(page.getByTestId('meeting-invite'), 'Gửi giấy mời');
    await page.getByTestId('meeting-invite').click();
    await expectText(page.getByTestId('meeting-status'), 'Đã gửi giấy mời');
    await expectText(page.getByTestId('meeting-done'), 'Đã thực hiện: Gửi giấy mời.');
    assert.equal(await page.getByTestId('meeting-invite').count(), 0, 'the invitations are sent once');
    await page.getByTestId('meeting-hold').waitFor();
  });

  await step('assigns a preparation task to the People\'s Committee Office', async () => {
    await page.getByTestId('tab-checklist').click();
    await expectText(page.getByTestId('checklist-table-empty'), 'Chưa có nhiệm vụ chuẩn bị.');
    await page.getByTestId('task-add').click();
    await page.getByTestId('task-category').selectOption('SOUND_AND_SCREENS');
    await page.getByTestId('task-title').fill(taskTitle);
    await page.getByTestId('task-office').selectOption({ label: SUPPORTING_OFFICE });
    await page.getByTestId('task-due-date').fill(endDay);
    await page.getByTestId('task-due-time').fill('23:30');
    await page.getByTestId('task-save').click();
    const row = page.getByTestId('task-row').filter({ hasText: taskTitle });
    await row.waitFor();
    await expectTextContaining(row, 'Âm thanh, màn hình');
    await expectTextContaining(row, SUPPORTING_OFFICE);
    await expectText(row.getByTestId('task-state'), 'Chưa hoàn thành');
    await logOut();
  }, LOGIN_STEP_TIMEOUT);

  await step('the People\'s Committee Office finds the task in its inbox and ticks it off', async () => {
    await logIn(env.ubndSpecialist);
    await page.getByTestId('nav-meetings').click();
    await page.waitForURL((url) => url.pathname === '/meetings');
    await expectText(page.getByTestId('meetings-tasks-link'), 'Việc chuẩn bị họp');
    await page.getByTestId('meetings-tasks-link').click();
    await page.waitForURL((url) => url.pathname === '/meeting-tasks');
    await expectText(page.locator('h1'), 'Việc được giao');
    const row = page.getByTestId('open-tasks').getByTestId('task-row').filter({ hasText: taskTitle });
    await row.waitFor();
    await expectText(row.getByTestId('task-meeting'), meetingTitle);
    await expectText(row.getByTestId('task-state'), 'Chưa hoàn thành');
    await expectText(row.getByTestId('task-complete'), 'Hoàn thành');
    await row.getByTestId('task-complete').click();
    await row.getByTestId('complete-note').fill('Đã kiểm tra âm thanh, màn hình và đường truyền.');
    await row.getByTestId('complete-submit').click();
    const done = page.getByTestId('done-tasks').getByTestId('task-row').filter({ hasText: taskTitle });
    await done.waitFor();
    await expectText(done.getByTestId('task-state'), 'Đã hoàn thành');
    await expectTextContaining(done.getByTestId('task-done-by'), `${UBND_SPECIALIST_NAME}, ${todayVi}`);
    assert.equal(await page.getByTestId('open-tasks').getByTestId('task-row').filter({ hasText: taskTitle }).count(), 0, 'no longer open');
    await logOut();
  }, LOGIN_STEP_TIMEOUT);

  await step('the host marks the meeting held and writes the minutes', async () => {
    await openMeeting(env.vptuSpecialist, meetingPath);
    await page.getByTestId('tab-checklist').click();
    const task = page.getByTestId('task-row').filter({ hasText: taskTitle });
    await expectText(task.getByTestId('task-state'), 'Đã hoàn thành');
    await page.getByTestId('meeting-hold').click();
    await expectText(page.getByTestId('meeting-status'), 'Đã họp');
    await expectText(page.getByTestId('meeting-done'), 'Đã thực hiện: Xác nhận đã họp.');
    assert.equal(await page.getByTestId('meeting-close').count(), 0, 'a specialist does not approve the minutes');
    await page.getByTestId('tab-minutes').click();
    await expectText(page.getByTestId('minutes-empty'), 'Chưa có biên bản.');
    await expectText(page.getByTestId('minutes-edit'), 'Ghi biên bản');
    await page.getByTestId('minutes-edit').click();
    await page.getByTestId('minutes-content').fill(minutesText);
    await page.getByTestId('minutes-save').click();
    await expectText(page.getByTestId('minutes').getByTestId('minutes-text'), minutesText);
    await expectTextContaining(page.getByTestId('minutes-written'), `Người ghi: ${VPTU_SPECIALIST_NAME}, lúc ${todayVi}`);
    await logOut();
  }, LOGIN_STEP_TIMEOUT);

  await step('a leader of the Party Committee Office approves the minutes and closes the meeting', async () => {
    await openMeeting(env.vptuLeader, meetingPath);
    await expectText(page.getByTestId('meeting-status'), 'Đã họp');
    await expectText(page.getByTestId('meeting-close'), 'Duyệt biên bản, kết thúc cuộc họp');
    await page.getByTestId('meeting-close').click();
    await expectText(page.getByTestId('meeting-status'), 'Đã kết thúc');
    await expectText(page.getByTestId('meeting-done'), 'Đã thực hiện: Duyệt biên bản, kết thúc cuộc họp.');
    await page.getByTestId('tab-minutes').click();
    await expectTextContaining(page.getByTestId('minutes-approved'), `Đã duyệt: ${VPTU_LEADER_NAME}, lúc ${todayVi}`);
    await page.getByTestId('tab-history').click();
    await page.getByTestId('history-table').waitFor();
    const actions = await page.getByTestId('history-action').allTextContents();
    assert.deepEqual(actions, ['Lập kế hoạch', 'Gửi giấy mời', 'Đã họp', 'Duyệt biên bản, kết thúc']);
    await logOut();
  }, LOGIN_STEP_TIMEOUT);
});

// Browser journey of the calendars feature (chương trình, lịch công tác), against a running stack.
//   SPA_URL                   where the SPA is served (default http://127.0.0.1:4173)
//   E2E_PASSWORD              password of every account below
//   E2E_UBND_USERNAME         specialist of "Văn phòng Ủy ban nhân dân tỉnh" (drafts the UBND programme)
//   E2E_UBND_LEADER_USERNAME  office leader of that office (submits it)
//   E2E_USERNAME              specialist of "Văn phòng Tỉnh ủy", the Party Committee Office (consolidates it)
//   E2E_VPTU_LEADER_USERNAME  office leader of the Party Committee Office (approves and publishes it)
//   E2E_LEADER_NAME           the leader chairing the fixture's Party Committee item ("Nguyễn Văn Bí Thư")
//   E2E_LEADER_TITLE          their title ("Bí thư Tỉnh ủy")
//   CHROMIUM_PATH             optional, default /usr/bin/chromium
// The fixture gives the Standing Board (Thường trực Tỉnh ủy) a submitted programme for next month with an item on the
// 10th, 08:00–11:00, chaired by that leader. The UBND specialist drafts next month's programme for the UBND calendar
// and adds a public item for the same leader, 09:00–10:30 on the 10th: the clash shows in Vietnamese while typing and
// after saving. The UBND leader submits, the Party Committee Office consolidates, its leader approves and publishes,
// and the item is in the calendar's public iCal feed. A failed step leaves a screenshot in e2e/out/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SPA_URL, expectTextContainingOn, expectTextOn, journey, logInOn, logOutOn } from './support.mjs';

const REQUIRED = [
  'E2E_PASSWORD',
  'E2E_UBND_USERNAME',
  'E2E_UBND_LEADER_USERNAME',
  'E2E_USERNAME',
  'E2E_VPTU_LEADER_USERNAME',
  'E2E_LEADER_NAME',
  'E2E_LEADER_TITLE',
];
const env = {
  password: process.env.E2E_PASSWORD,
  ubndSpecialist: process.env.E2E_UBND_USERNAME,
  ubndLeader: process.env.E2E_UBND_LEADER_USERNAME,
  vptuSpecialist: process.env.E2E_USERNAME,
  vptuLeader: process.env.E2E_VPTU_LEADER_USERNAME,
  leaderName: process.env.E2E_LEADER_NAME,
  leaderTitle: process.env.E2E_LEADER_TITLE,
};

/** Today in Vietnam as [year, month (1–12), day]. */
function vietnamToday() {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date())
    .reduce((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return [Number(parts.year), Number(parts.month), Number(parts.day)];
}

const [year, month] = vietnamToday();
const next = new Date(Date.UTC(year, month, 1)); // the first day of next month
const pad = (n) => String(n).padStart(2, '0');
const nextMonth = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1 };
const firstDay = `${nextMonth.year}-${pad(nextMonth.month)}-01`;
const tenth = `${nextMonth.year}-${pad(nextMonth.month)}-10`;
const tenthVi = `10/${pad(nextMonth.month)}/${nextMonth.year}`;

const RUN = Date.now().toString(36).toUpperCase();
const programmeTitle = `Chương trình công tác tháng ${pad(nextMonth.month)}/${nextMonth.year} của UBND tỉnh (hành trình ${RUN})`;
const itemTitle = `Làm việc với Sở Tài chính về dự toán ngân sách (hành trình ${RUN})`;
const clashSentence = `Trùng lịch: Đ/c ${env.leaderName} (${env.leaderTitle}) đã có lịch «Hội nghị Ban Thường vụ Tỉnh ủy tháng ${pad(nextMonth.month)}/${nextMonth.year}» (Thường trực Tỉnh ủy) 08:00–11:00 ngày ${tenthVi}.`;

const run = journey('calendars', {
  requiredEnv: REQUIRED,
  contextOptions: { viewport: { width: 1366, height: 900 }, timezoneId: 'Asia/Ho_Chi_Minh' },
});
const step = run.step;
let page;

/** Waits until the element's text, whitespace collapsed, is exactly `expected`. */
const expectText = (locator, expected) => expectTextOn(page, locator, expected);

const expectTextContaining = (locator, expected) => expectTextContainingOn(page, locator, expected);

const logIn = (username) => logInOn(page, username, env.password);

const logOut = () => logOutOn(page);

/** Signs in as `username` and opens the programme from the programmes list. */
async function openProgramme(username, programmePath) {
  await logIn(username);
  await page.getByTestId('nav-programmes').click();
  await page.waitForURL((url) => url.pathname === '/calendar/programmes');
  await page.locator(`[data-testid="programme-link"][href="${programmePath}"]`).click();
  await page.waitForURL((url) => url.pathname === programmePath);
  await expectText(page.getByTestId('programme-heading'), programmeTitle);
}

test('draft a programme, see the clash, submit, consolidate, approve, publish, find it in the iCal feed', async () => {
  page = run.page();
  let programmePath;
  let calendarId;

  await step('the UBND specialist drafts next month\'s programme for the UBND calendar', async () => {
    await logIn(env.ubndSpecialist);
    await page.getByTestId('nav-programmes').click();
    await page.waitForURL((url) => url.pathname === '/calendar/programmes');
    await page.getByTestId('programme-new').click();
    await page.getByTestId('new-programme-kind').selectOption('MONTH');
    await page.getByTestId('new-programme-day').fill(tenth);
    await expectTextContaining(page.getByTestId('new-programme-period'), `Kỳ: Tháng ${pad(nextMonth.month)}/${nextMonth.year} (từ 01/`);
    assert.equal(await page.getByTestId('new-programme-period').getAttribute('data-period-start'), firstDay);
    await page.getByTestId('new-programme-title').fill(programmeTitle);
    await page.getByTestId('new-programme-submit').click();
    await page.waitForURL((url) => /^\/calendar\/programmes\/[0-9a-f-]{36}$/.test(url.pathname));
    programmePath = new URL(page.url()).pathname;
    await expectText(page.getByTestId('programme-heading'), programmeTitle);
    await expectText(page.getByTestId('programme-status'), 'Dự thảo');
    calendarId = await page.getByTestId('programme').getAttribute('data-calendar-id');
    assert.match(calendarId ?? '', /^[0-9a-f-]{36}$/);
  });

  await step('adding a public item for the same leader warns of the clash before saving', async () => {
    await page.getByTestId('item-add').click();
    await page.getByTestId('item-title').fill(itemTitle);
    await page.getByTestId('item-start-date').fill(tenth);
    await page.getByTestId('item-start-time').fill('09:00');
    await page.getByTestId('item-end-date').fill(tenth);
    await page.getByTestId('item-end-time').fill('10:30');
    await page.getByTestId('item-venue').fill('Trụ sở UBND tỉnh');
    await page.getByTestId('item-visibility').selectOption('PUBLIC');
    await page.getByTestId('item-leaders').getByLabel(`${env.leaderName} (${env.leaderTitle})`).check();
    const warning = page.getByTestId('clash-warning');
    await expectTextContaining(warning, clashSentence);
    assert.equal(await warning.getAttribute('role'), 'alert');
    assert.equal(await warning.getByTestId('clash').first().getAttribute('data-severity'), 'CONFLICT');
  });

  await step('saving keeps the item and shows the clash again', async () => {
    await page.getByTestId('item-save').click();
    await expectTextContaining(page.getByTestId('programme-done'), 'Đã lưu hoạt động.');
    await expectTextContaining(page.getByTestId('saved-clashes'), clashSentence);
    const row = page.getByTestId('item-row').filter({ hasText: itemTitle });
    await row.waitFor();
    await expectTextContaining(row, `09:00–10:30 ngày ${tenthVi}`);
    await expectTextContaining(row, 'Công khai');
    assert.equal(await page.getByTestId('programme-submit').count(), 0, 'a specialist cannot submit');
    await logOut();
  });

  await step('the UBND office leader submits it', async () => {
    await openProgramme(env.ubndLeader, programmePath);
    await page.getByTestId('programme-submit').click();
    await expectText(page.getByTestId('programme-status'), 'Đã gửi');
    await page.getByTestId('on-time').waitFor();
    assert.equal(await page.getByTestId('programme-submit').count(), 0, 'submitted once');
    await logOut();
  });

  await step('the Party Committee Office specialist consolidates it', async () => {
    await openProgramme(env.vptuSpecialist, programmePath);
    await page.getByTestId('programme-return').waitFor();
    assert.equal(await page.getByTestId('programme-approve').count(), 0, 'a specialist cannot approve');
    await page.getByTestId('programme-consolidate').click();
    await expectText(page.getByTestId('programme-status'), 'Đã tổng hợp');
    await logOut();
  });

  await step('the Party Committee Office leader approves it with the decision, then publishes it', async () => {
    await openProgramme(env.vptuLeader, programmePath);
    await page.getByTestId('programme-approve').click();
    await page.getByTestId('approve-reference').fill(`${RUN}-QĐ/TU`);
    await page.getByTestId('approve-submit').click();
    await expectText(page.getByTestId('programme-status'), 'Đã phê duyệt');
    await expectTextContaining(page.getByTestId('programme-decision'), `Số ${RUN}-QĐ/TU ngày`);
    await page.getByTestId('programme-publish').click();
    await expectText(page.getByTestId('programme-status'), 'Đã ban hành');
    await page.getByTestId('amendments').waitFor();
  });

  await step('the published item is in the calendar\'s public iCal feed (anonymous)', async () => {
    const response = await fetch(`${SPA_URL}/api/v1/public/calendars/${calendarId}/ical`, { signal: AbortSignal.timeout(5_000) });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
    // unfold the content lines (RFC 5545 §3.1) before looking for the summary
    const feed = (await response.text()).replace(/\r\n[ \t]/g, '');
    assert.ok(feed.includes('BEGIN:VCALENDAR'), 'an iCalendar document');
    assert.ok(feed.includes(`SUMMARY:${itemTitle}`), `the feed has the item:\n${feed}`);
    assert.ok(feed.includes(`DTSTART;TZID=Asia/Ho_Chi_Minh:${tenth.replaceAll('-', '')}T090000`), 'it starts at 09:00 Vietnam time');
    await logOut();
  });
});

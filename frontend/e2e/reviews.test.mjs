// Browser journey of the reviews feature (đánh giá, sơ kết, tổng kết), against a running stack.
//   SPA_URL                   where the SPA is served (default http://127.0.0.1:4173)
//   E2E_PASSWORD              password of every account below
//   E2E_VPTU_LEADER_USERNAME  office leader of "Văn phòng Tỉnh ủy", the Party Committee Office (hosts the review)
//   E2E_UNIT_NAMES            "Sở Giáo dục và Đào tạo|Sở Y tế|Sở Tài chính"; the last one leads the proposal's task
//   CHROMIUM_PATH             optional, default /usr/bin/chromium
// The fixture (frontend/e2e/fixture.sql) has the Party Committee Office's DRAFT annual review of 2025 («1/2026»), with
// the People's Committee Office taking part, and two standing-board meetings the Party Committee Office served in 2025
// (the People's Committee Office supported one). A leader of the Party Committee Office opens the review, reads the
// computed figures (2 meetings served; no petition received in 2025, a computed zero), writes a lesson and a proposal, turns the
// proposal into a task led by Sở Tài chính, finalises the review (after confirming) and downloads the report (DOCX).
// A failed step leaves a screenshot in e2e/out/.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { expectTextContainingOn, expectTextOn, journey, logInOn, logOutOn } from './support.mjs';

const REQUIRED = ['E2E_PASSWORD', 'E2E_VPTU_LEADER_USERNAME', 'E2E_UNIT_NAMES'];
const env = {
  password: process.env.E2E_PASSWORD,
  vptuLeader: process.env.E2E_VPTU_LEADER_USERNAME,
  unitNames: (process.env.E2E_UNIT_NAMES ?? '').split('|'),
};
// of the fixture
const REVIEW_TITLE = 'Đánh giá công tác phối hợp năm 2025';
const REVIEW_NUMBER = '1/2026';
const HOST_OFFICE = 'Văn phòng Tỉnh ủy';
const PARTICIPATING_OFFICE = 'Văn phòng Ủy ban nhân dân tỉnh';
const VPTU_LEADER_NAME = 'Hoàng Văn Tổng Hợp';
const LEAD_UNIT = env.unitNames.at(-1);

/** yyyy-MM-dd in Vietnam, `days` from today (an earlier journey may run the server 3 days ahead: far enough). */
function vietnamDate(days = 0) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date())
    .reduce((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  const date = new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) + days));
  return date.toISOString().slice(0, 10);
}
const vi = (day) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

const LOGIN_STEP_TIMEOUT = 30_000; // the steps that sign in: login, the lazy reviews pages, the page's data
const RUN = Date.now().toString(36).toUpperCase();
const lesson = `Trao đổi chương trình công tác sớm giữa các Văn phòng giúp tránh trùng lịch (hành trình ${RUN})`;
const proposal = `Họp định kỳ lãnh đạo các Văn phòng mỗi quý để thống nhất lịch phục vụ (hành trình ${RUN})`;
const deadline = vietnamDate(90);

const run = journey('reviews', {
  requiredEnv: REQUIRED,
  check: () => assert.ok(LEAD_UNIT, 'reviews journey: E2E_UNIT_NAMES names no unit'),
  contextOptions: { viewport: { width: 1366, height: 900 }, timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true },
});
const step = run.step;
let page;

const expectText = (locator, expected) => expectTextOn(page, locator, expected);

const expectTextContaining = (locator, expected) => expectTextContainingOn(page, locator, expected);

/** The row of the meetings served in the meetings table of the figures. */
const meetingsHeld = () => page.getByTestId('figures-table-MEETINGS').locator('[data-testid="figure-row"][data-key="MEETINGS_HELD"]');

test('open the annual review, read its figures, write findings, turn a proposal into a task, finalise and download the report', async () => {
  page = run.page();

  await step('a leader of the Party Committee Office finds the draft annual review', async () => {
    await logInOn(page, env.vptuLeader, env.password);
    await page.getByTestId('nav-reviews').click();
    await page.waitForURL((url) => url.pathname === '/reviews');
    await expectText(page.locator('h1'), 'Sơ kết, tổng kết');
    const row = page.getByTestId('review-row').filter({ hasText: REVIEW_TITLE });
    await expectTextContaining(row, REVIEW_NUMBER);
    await expectTextContaining(row, '01/01/2025 – 31/12/2025');
    await expectText(row.getByTestId('review-row-status'), 'Dự thảo');
    await row.getByTestId('review-link').click();
    await page.waitForURL((url) => /^\/reviews\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectText(page.getByTestId('review-heading'), REVIEW_TITLE);
    await expectText(page.getByTestId('review-subtitle'), `Đánh giá hằng năm số ${REVIEW_NUMBER}`);
    await expectText(page.getByTestId('review-status'), 'Dự thảo');
    await expectText(page.getByTestId('fact-period'), '01/01/2025 – 31/12/2025');
    await expectText(page.getByTestId('fact-host'), HOST_OFFICE);
    await expectText(page.getByTestId('fact-participants'), PARTICIPATING_OFFICE);
  }, LOGIN_STEP_TIMEOUT);

  await step('the figures are computed: 2 meetings served, 1 with the People\'s Committee Office; no petition figures yet', async () => {
    await expectTextContaining(page.getByTestId('figures-stamp'), 'Số liệu tính đến');
    const held = meetingsHeld();
    await expectText(held.getByTestId('figure-label'), 'Hội nghị, cuộc họp đã phục vụ');
    await expectText(held.getByTestId('figure-total'), '2');
    assert.deepEqual(await held.getByTestId('figure-office').allTextContents(), ['2', '1'], 'the host served both, the People\'s Committee Office one');
    await expectText(held.getByTestId('figure-previous'), '0');
    await expectText(held.getByTestId('figure-change'), '+2');
    const link = await held.getByTestId('figure-total').getByRole('link').getAttribute('href');
    assert.ok(link?.startsWith('/meetings?from=2025-01-01&to=2025-12-31'), `the total opens the meetings of the period: ${link}`);
    // the petitions of 2025 are counted too (the fixture has none in 2025: a real zero, computed, not "unavailable")
    const received = page.getByTestId('figures-table-PETITIONS').locator('[data-testid="figure-row"][data-key="PETITIONS_RECEIVED"]');
    await expectText(received.getByTestId('figure-label'), 'Đơn thư tiếp nhận');
    await expectText(received.getByTestId('figure-total'), '0');
    assert.equal(await page.getByTestId('figures-PETITIONS').getByTestId('figures-unavailable').count(), 0, 'the petitions have figures');
  });

  await step('writes a lesson', async () => {
    await page.getByTestId('finding-add-LESSON').click();
    await page.getByTestId('finding-text').fill(lesson);
    await page.getByTestId('finding-save').click();
    await expectText(page.getByTestId('findings-LESSON').getByTestId('finding').filter({ hasText: lesson }).getByTestId('finding-content'), lesson);
  });

  await step('writes a proposal', async () => {
    await page.getByTestId('finding-add-PROPOSAL').click();
    await page.getByTestId('finding-text').fill(proposal);
    await page.getByTestId('finding-save').click();
    await expectText(page.getByTestId('findings-PROPOSAL').getByTestId('finding').filter({ hasText: proposal }).getByTestId('finding-content'), proposal);
  });

  await step(`turns the proposal into a task led by ${LEAD_UNIT}`, async () => {
    const item = page.getByTestId('findings-PROPOSAL').getByTestId('finding').filter({ hasText: proposal });
    await expectText(item.getByTestId('finding-convert'), 'Chuyển thành nhiệm vụ');
    await item.getByTestId('finding-convert').click();
    await page.getByTestId('task-lead-search').fill(LEAD_UNIT.split(' ').slice(-2).join(' '));
    await page.getByTestId('task-lead-result').filter({ hasText: LEAD_UNIT }).click();
    await expectTextContaining(page.getByTestId('task-lead-selected'), LEAD_UNIT);
    await page.getByTestId('task-deadline').fill(deadline);
    await page.getByTestId('task-expected').fill('Quy chế họp định kỳ giữa các Văn phòng được ban hành');
    await page.getByTestId('convert-submit').click();
    const task = item.getByTestId('proposal-task');
    await expectText(task.getByTestId('proposal-task-status'), 'Đang thực hiện');
    await expectText(task.getByTestId('proposal-task-lead'), `Đơn vị chủ trì: ${LEAD_UNIT}`);
    await expectText(task.getByTestId('proposal-task-deadline'), `Hạn: ${vi(deadline)}`);
    assert.match((await task.getByTestId('proposal-task-link').getAttribute('href')) ?? '', /^\/conclusion-tasks\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByTestId('convert-form').count(), 0, 'the form is closed');
  });

  await step('finalises the review after confirming: the figures are frozen', async () => {
    await expectText(page.getByTestId('review-finalise'), 'Hoàn thành, khóa số liệu');
    await page.getByTestId('review-finalise').click();
    await page.getByTestId('finalise-dialog').waitFor();
    await page.getByTestId('finalise-confirm').click();
    await expectText(page.getByTestId('review-status'), 'Đã hoàn thành');
    await expectText(page.getByTestId('review-done'), 'Đã hoàn thành kỳ đánh giá; số liệu đã được khóa.');
    await expectTextContaining(page.getByTestId('fact-finalised'), VPTU_LEADER_NAME);
    await expectTextContaining(page.getByTestId('figures-stamp'), 'Số liệu đã khóa ngày');
    await expectText(meetingsHeld().getByTestId('figure-total'), '2');
    assert.equal(await page.getByTestId('review-finalise').count(), 0, 'finalised once');
    assert.equal(await page.getByTestId('finding-add-LESSON').count(), 0, 'the findings no longer change');
  });

  await step('downloads the report (DOCX)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review-download-report').click()]);
    const name = download.suggestedFilename();
    assert.ok(name.endsWith('.docx'), `the report's file name ends with .docx: ${name}`);
    const file = await download.path();
    assert.ok(file && statSync(file).size > 0, 'the report is not empty');
    await logOutOn(page);
  });
});

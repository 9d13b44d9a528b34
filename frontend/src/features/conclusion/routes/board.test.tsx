import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import type { MeResponse } from '@/lib/api/types';
import { tokenStore, tokensFromResponse } from '@/lib/auth/token-store';
import { tokens } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { UrgingLetter } from '../api/types';
import { GD, leadOfficer, OFFICE_ID, officeSpecialist, stubObjectUrls, task, taskPage, YT } from '../testing/fixtures';
import { BoardRoute } from './board';

function renderBoard(me: MeResponse = officeSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <BoardRoute />
    </CurrentUserContext.Provider>,
  );
}

const letter: UrgingLetter = {
  id: 'l-1',
  officeId: OFFICE_ID,
  unit: GD,
  preparedOn: '2026-11-27',
  taskIds: ['t-1'],
  reference: null,
  sentAt: null,
};

function boardApi(letters: UrgingLetter[], extra = {}) {
  return mockApi({
    'GET /api/v1/conclusion-tasks': (req) => {
      const q = new URL(req.url).searchParams;
      if (q.get('status') === 'OVERDUE') {
        return json(200, taskPage([task({ id: 'o-1', status: 'OVERDUE', content: 'Nhiệm vụ quá hạn 1' }), task({ id: 'o-2', status: 'OVERDUE', leadUnit: YT, content: 'Nhiệm vụ quá hạn 2' })]));
      }
      if (q.get('awaitingConfirmation') === 'true') return json(200, taskPage([task({ id: 'a-1', awaitingConfirmation: true, content: 'Chờ xác nhận 1' })]));
      if (q.get('dueWithinDays') === '7') return json(200, taskPage([]));
      throw new Error(`unexpected query ${q.toString()}`);
    },
    'GET /api/v1/conclusion-urging-letters': () => json(200, { items: letters, page: 0, size: 20, totalItems: letters.length, totalPages: 1 }),
    ...extra,
  });
}

describe('BoardRoute', () => {
  it('shows the three sections of the office it follows', async () => {
    const { calls } = boardApi([]);
    renderBoard();
    const overdue = await screen.findByTestId('board-overdue');
    expect(await within(overdue).findByText('Nhiệm vụ quá hạn 1', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(within(screen.getByTestId('board-awaiting')).getByText('Chờ xác nhận 1')).toBeInTheDocument();
    expect(await screen.findByTestId('board-due-soon-empty')).toHaveTextContent('Không có nhiệm vụ nào.');
    const taskCalls = calls.filter((c) => c.url.includes('/conclusion-tasks'));
    expect(taskCalls).toHaveLength(3);
    for (const call of taskCalls) expect(new URL(call.url).searchParams.get('followingOfficeId')).toBe(OFFICE_ID);
    expect(screen.getByTestId('urging-no-letters')).toBeInTheDocument();
  });

  it('prepares a letter per unit with overdue tasks and shows a 409 detail', async () => {
    const posted: unknown[] = [];
    boardApi([], {
      'POST /api/v1/conclusion-urging-letters': async (req: Request) => {
        posted.push(await req.json());
        return problem(409, 'urn:lienthong:problem:conflict', 'Đơn vị không có nhiệm vụ quá hạn.');
      },
    });
    renderBoard();
    const user = userEvent.setup();
    const units = await screen.findAllByTestId('urging-unit', {}, { timeout: 5_000 });
    expect(units.map((u) => u.querySelector('strong')?.textContent)).toEqual([GD.name, YT.name]);
    await user.click(within(units[1]!).getByTestId('urging-prepare'));
    expect(await within(units[1]!).findByTestId('urging-error')).toHaveTextContent('Đơn vị không có nhiệm vụ quá hạn.');
    expect(within(units[0]!).queryByTestId('urging-error')).not.toBeInTheDocument();
    expect(posted).toEqual([{ unitId: YT.id }]);
  });

  it('downloads a letter as DOCX with the bearer token and records it as sent', async () => {
    tokenStore.set(tokensFromResponse(tokens('1')));
    const createObjectURL = stubObjectUrls('blob:docx');
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    let letters = [letter];
    const { calls } = boardApi([], {
      'GET /api/v1/conclusion-urging-letters': () => json(200, { items: letters, page: 0, size: 20, totalItems: 1, totalPages: 1 }),
      'GET /api/v1/conclusion-urging-letters/l-1/document': () => new Response('PK docx', { status: 200 }),
      'POST /api/v1/conclusion-urging-letters/l-1/sending': () => {
        letters = [{ ...letter, reference: '12/2026', sentAt: '2026-11-27T10:00:00+07:00' }];
        return json(200, letters[0]);
      },
    });
    renderBoard();
    const user = userEvent.setup();
    const row = await screen.findByTestId('urging-letter', {}, { timeout: 5_000 });
    expect(within(row).getByTestId('urging-letter-status')).toHaveTextContent('Chưa gửi');
    await user.click(within(row).getByTestId('urging-download'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toBe('cong-van-don-doc-sgddt-2026-11-27.docx');
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe('PK docx');
    expect(calls.find((c) => c.url.endsWith('/document'))?.headers.get('Authorization')).toBe('Bearer access-1');

    await user.click(within(row).getByTestId('urging-send'));
    await waitFor(() => expect(screen.getByTestId('urging-letter-status')).toHaveTextContent('Đã gửi, số 12/2026, lúc 27/11/2026 10:00'));
    expect(screen.queryByTestId('urging-send')).not.toBeInTheDocument();
  });

  it('is for office staff only', () => {
    mockApi({});
    renderBoard(leadOfficer);
    expect(screen.getByTestId('forbidden')).toHaveTextContent('Trang này không dành cho vai trò của bạn.');
  });
});

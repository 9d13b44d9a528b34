import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { MeetingRequest } from '../api/types';
import { bodies, kinds, leaders, meeting, offices, unitOfficer, validationProblem, VPUB_OFFICE, vptuSpecialist } from '../testing/fixtures';
import { MeetingRoute } from './meeting';
import { NewMeetingRoute } from './new-meeting';

const TODAY = '2026-11-24';

function renderForm(me: MeResponse = vptuSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/meetings/new" element={<NewMeetingRoute today={TODAY} />} />
        <Route path="/meetings/:id" element={<MeetingRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/meetings/new' },
  );
}

const reference = {
  'GET /api/v1/meeting-kinds': () => json(200, kinds),
  'GET /api/v1/bodies': () => json(200, bodies),
  'GET /api/v1/leaders': () => json(200, { items: leaders, page: 0, size: 100, totalItems: 2, totalPages: 1 }),
  'GET /api/v1/offices': () => json(200, offices),
};

async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

async function fillMeeting(user: UserEvent) {
  await waitFor(() => expect(screen.getAllByRole('option', { name: 'Hội nghị Thường trực Thành ủy' })).toHaveLength(1));
  await user.selectOptions(screen.getByTestId('meeting-kind'), 'Hội nghị Thường trực Thành ủy');
  await user.selectOptions(screen.getByTestId('meeting-body'), 'Thường trực Tỉnh ủy');
  await fill(user, 'meeting-title', 'Hội nghị Thường trực Tỉnh ủy tháng 11');
  fireEvent.change(screen.getByTestId('meeting-start-date'), { target: { value: '2026-11-27' } });
  fireEvent.change(screen.getByTestId('meeting-start-time'), { target: { value: '08:00' } });
  fireEvent.change(screen.getByTestId('meeting-end-time'), { target: { value: '11:30' } });
  await fill(user, 'meeting-venue', 'Phòng họp số 1, Tỉnh ủy');
  await user.selectOptions(screen.getByTestId('meeting-format'), 'Trực tiếp kết hợp trực tuyến');
  await user.click(await screen.findByLabelText('Nguyễn Văn An (Bí thư Tỉnh ủy)'));
  await user.click(screen.getByLabelText('Văn phòng UBND tỉnh'));
}

describe('NewMeetingRoute', () => {
  it('plans the meeting with an Idempotency-Key, then its page shows it with the clashes found', async () => {
    const posted: { key: string | null; body: MeetingRequest }[] = [];
    const sentence = 'Trùng lịch với «Tiếp xúc cử tri» (Thường trực HĐND): cùng lãnh đạo Nguyễn Văn An.';
    const created = meeting({ format: 'HYBRID', clashes: [{ severity: 'CONFLICT', kind: 'LEADER', message: sentence }] });
    mockApi({
      ...reference,
      'POST /api/v1/meetings': async (req) => {
        posted.push({ key: req.headers.get('Idempotency-Key'), body: (await req.json()) as MeetingRequest });
        return json(201, created);
      },
      'GET /api/v1/meetings/m-1': () => json(200, created),
      'GET /api/v1/meetings/m-1/agenda': () => json(200, []),
    });
    renderForm();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tạo cuộc họp');
    expect(screen.getByText('Văn phòng chủ trì phục vụ: Văn phòng Tỉnh ủy')).toBeInTheDocument();
    const user = userEvent.setup();
    await fillMeeting(user);
    // the host office does not support its own meeting: it is not offered
    expect(screen.queryByLabelText('Văn phòng Tỉnh ủy')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('meeting-save'));

    expect(await screen.findByTestId('meeting-done', {}, { timeout: 5_000 })).toHaveTextContent('Đã tạo cuộc họp.');
    expect(screen.getByTestId('meeting-clashes')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('meeting-clashes')).toHaveTextContent(sentence);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(posted[0]!.body).toEqual({
      kindId: 'k-tt',
      title: 'Hội nghị Thường trực Tỉnh ủy tháng 11',
      startsAt: '2026-11-27T08:00:00+07:00',
      endsAt: '2026-11-27T11:30:00+07:00',
      venue: 'Phòng họp số 1, Tỉnh ủy',
      format: 'HYBRID',
      bodyId: 'b-tttu',
      leaderIds: ['l-bt'],
      supportingOfficeIds: [VPUB_OFFICE],
      confidentiality: 'INTERNAL',
      description: null,
    });
  });

  it('checks the form before sending, then puts the server\'s 422 field errors under their fields', async () => {
    const keys: (string | null)[] = [];
    mockApi({
      ...reference,
      'POST /api/v1/meetings': (req) => {
        keys.push(req.headers.get('Idempotency-Key'));
        return validationProblem(422, 'The meeting is inconsistent or refers to unknown data.', [
          { field: 'bodyId', message: 'no such leadership body in your jurisdiction' },
          { field: 'leaderIds', message: 'refers to an unknown leader of your jurisdiction' },
          { field: 'sequence', message: 'is not expected' },
        ]);
      },
    });
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('meeting-save'));
    expect(screen.getByTestId('meeting-kind-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(screen.getByTestId('meeting-title-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(screen.getByTestId('meeting-body-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(screen.getByTestId('meeting-form-error')).toHaveTextContent('Vui lòng kiểm tra các trường được đánh dấu.');
    await waitFor(() => expect(screen.getByTestId('meeting-kind')).toHaveFocus());
    expect(keys).toHaveLength(0);

    await fillMeeting(user);
    await user.click(screen.getByTestId('meeting-save'));
    expect(await screen.findByTestId('meeting-body-error')).toHaveTextContent('no such leadership body in your jurisdiction');
    expect(screen.getByTestId('meeting-leaders-error')).toHaveTextContent('refers to an unknown leader of your jurisdiction');
    expect(screen.getByTestId('meeting-body')).toHaveAttribute('aria-invalid', 'true');
    const summary = screen.getByTestId('meeting-form-error');
    expect(summary).toHaveTextContent('The meeting is inconsistent or refers to unknown data.');
    expect(summary).toHaveTextContent('sequence: is not expected');

    // a retry of the same meeting keeps its key
    await user.click(screen.getByTestId('meeting-save'));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).toBe(keys[0]);
  });

  it('is for office staff only', () => {
    mockApi({});
    renderForm(unitOfficer);
    expect(screen.getByTestId('forbidden')).toHaveTextContent('Trang này không dành cho vai trò của bạn.');
  });
});

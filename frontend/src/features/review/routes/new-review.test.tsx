import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { ReviewRequest } from '../api/types';
import { figures, offices, review, rotation, unitOfficer, validationProblem, VPDB, VPDB_OFFICE, VPTU_OFFICE, vptuSpecialist } from '../testing/fixtures';
import { NewReviewRoute } from './new-review';
import { ReviewRoute } from './review';

const TODAY = '2026-11-24';

function renderForm(me: MeResponse = vptuSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <Routes>
        <Route path="/reviews/new" element={<NewReviewRoute today={TODAY} />} />
        <Route path="/reviews/:id" element={<ReviewRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/reviews/new' },
  );
}

async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

describe('NewReviewRoute', () => {
  it('shows the proposed host, opens the review with an Idempotency-Key, then shows its page', async () => {
    const posted: { key: string | null; body: ReviewRequest }[] = [];
    const created = review({ kind: 'INTERIM', title: 'Sơ kết 2 năm thực hiện Quy chế phối hợp', findings: [], participatingOffices: [VPDB] });
    mockApi({
      'GET /api/v1/review-rotation': () => json(200, rotation),
      'GET /api/v1/offices': () => json(200, offices),
      'POST /api/v1/reviews': async (req) => {
        posted.push({ key: req.headers.get('Idempotency-Key'), body: (await req.json()) as ReviewRequest });
        return json(201, created);
      },
      'GET /api/v1/reviews/r-1': () => json(200, created),
      'GET /api/v1/reviews/r-1/figures': () => json(200, figures()),
    });
    renderForm();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mở kỳ đánh giá mới');
    expect(screen.getByTestId('review-host')).toHaveTextContent('Văn phòng chủ trì: Văn phòng Tỉnh ủy');
    expect(await screen.findByTestId('review-rotation', {}, { timeout: 5_000 })).toHaveTextContent('Văn phòng đề xuất chủ trì: Văn phòng Tỉnh ủy');
    expect(screen.queryByTestId('review-rotation-other')).not.toBeInTheDocument();
    // a new review is the yearly one, for last year, with every other office
    expect(screen.getByTestId('review-kind')).toHaveValue('ANNUAL');
    expect(screen.getByTestId('review-from')).toHaveValue('2025-01-01');
    expect(screen.getByTestId('review-to')).toHaveValue('2025-12-31');
    const user = userEvent.setup();
    expect(await screen.findByLabelText('Văn phòng UBND tỉnh')).toBeChecked();
    expect(screen.getByLabelText('Văn phòng Đoàn ĐBQH và HĐND tỉnh')).toBeChecked();
    // the host does not take part in its own review as another office
    expect(screen.queryByLabelText('Văn phòng Tỉnh ủy')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByTestId('review-kind'), 'Sơ kết');
    fireEvent.change(screen.getByTestId('review-from'), { target: { value: '2024-07-01' } });
    fireEvent.change(screen.getByTestId('review-to'), { target: { value: '2026-06-30' } });
    await fill(user, 'review-title', 'Sơ kết 2 năm thực hiện Quy chế phối hợp');
    await user.click(screen.getByLabelText('Văn phòng UBND tỉnh'));
    await user.click(screen.getByTestId('review-save'));

    expect(await screen.findByTestId('review-done', {}, { timeout: 5_000 })).toHaveTextContent('Đã mở kỳ đánh giá.');
    expect(screen.getByTestId('review-heading')).toHaveTextContent('Sơ kết 2 năm thực hiện Quy chế phối hợp');
    expect(posted).toHaveLength(1);
    expect(posted[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(posted[0]!.body).toEqual({
      kind: 'INTERIM',
      title: 'Sơ kết 2 năm thực hiện Quy chế phối hợp',
      periodFrom: '2024-07-01',
      periodTo: '2026-06-30',
      hostOfficeId: VPTU_OFFICE,
      participatingOfficeIds: [VPDB_OFFICE],
      meetingId: null,
    });
  });

  it('says who the rotation proposes when it is another office, and still opens the review as the caller\'s office', async () => {
    mockApi({
      'GET /api/v1/review-rotation': () => json(200, { ...rotation, nextHost: VPDB }),
      'GET /api/v1/offices': () => json(200, offices),
    });
    renderForm();
    expect(await screen.findByTestId('review-rotation', {}, { timeout: 5_000 })).toHaveTextContent(
      'Văn phòng đề xuất chủ trì: Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    );
    expect(screen.getByTestId('review-rotation-other')).toHaveTextContent(
      'Theo thứ tự luân phiên, Văn phòng Đoàn ĐBQH và HĐND tỉnh được đề xuất chủ trì; kỳ đánh giá mở tại đây do Văn phòng Tỉnh ủy chủ trì.',
    );
    expect(screen.getByTestId('review-host')).toHaveTextContent('Văn phòng chủ trì: Văn phòng Tỉnh ủy');
  });

  it('checks the form before sending, then puts the server\'s field errors under their fields; a retry keeps its key', async () => {
    const keys: (string | null)[] = [];
    mockApi({
      'GET /api/v1/review-rotation': () => json(200, rotation),
      'GET /api/v1/offices': () => json(200, offices),
      'POST /api/v1/reviews': (req) => {
        keys.push(req.headers.get('Idempotency-Key'));
        return validationProblem(400, 'The review is invalid.', [
          { field: 'periodTo', message: 'at most ten years after the first day' },
          { field: 'meetingId', message: 'no such meeting' },
        ]);
      },
    });
    renderForm();
    const user = userEvent.setup();
    fireEvent.change(screen.getByTestId('review-to'), { target: { value: '2024-12-31' } });
    await user.click(screen.getByTestId('review-save'));
    expect(screen.getByTestId('review-title-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(screen.getByTestId('review-to-error')).toHaveTextContent('Ngày kết thúc không được trước ngày bắt đầu.');
    expect(screen.getByTestId('review-form-error')).toHaveTextContent('Vui lòng kiểm tra các trường được đánh dấu.');
    await waitFor(() => expect(screen.getByTestId('review-to')).toHaveFocus());
    expect(keys).toHaveLength(0);

    fireEvent.change(screen.getByTestId('review-to'), { target: { value: '2025-12-31' } });
    await fill(user, 'review-title', 'Đánh giá công tác phối hợp năm 2025');
    await user.click(screen.getByTestId('review-save'));
    expect(await screen.findByTestId('review-to-error')).toHaveTextContent('at most ten years after the first day');
    const summary = screen.getByTestId('review-form-error');
    expect(summary).toHaveTextContent('The review is invalid.');
    expect(summary).toHaveTextContent('meetingId: no such meeting');
    await user.click(screen.getByTestId('review-save'));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).toBe(keys[0]);
  });

  it('is for office staff only', () => {
    mockApi({});
    renderForm(unitOfficer);
    expect(screen.getByTestId('forbidden')).toHaveTextContent('Trang này không dành cho vai trò của bạn.');
  });
});

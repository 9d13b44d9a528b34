import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { VoterRecommendation } from '../api/types';
import { page, recommendation, vptuSpecialist } from '../testing/fixtures';
import { VoterRecommendationRoute } from './voter-recommendation';
import { VoterRecommendationsRoute } from './voter-recommendations';

const TODAY = '2026-11-24';

function renderAt(route: string) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={vptuSpecialist}>
      <Routes>
        <Route path="/voter-recommendations" element={<VoterRecommendationsRoute today={TODAY} />} />
        <Route path="/voter-recommendations/:id" element={<VoterRecommendationRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route },
  );
}

const deadline = {
  from: TODAY,
  countedFrom: 'DECISION',
  dueOn: '2027-01-04',
  days: 40,
  dayType: 'CALENDAR',
  ruleCode: 'VOTER_ANSWER',
  legalReference: 'Quyết định 33/2017/QĐ-TTg, Điều 12',
  extensionDays: null,
  maxExtensions: null,
  extendedMaxOn: null,
  note: null,
};

describe('voters\' recommendations', () => {
  it('lists them with the counts by competent body and the overdue ones in red', async () => {
    const overdue = recommendation({ id: 'r-2', number: '2/2026', status: 'ASSIGNED', assignedUnit: { id: 'u-sgt', name: 'Sở Giao thông vận tải' }, dueOn: '2026-11-20', overdue: true });
    const zero = { gathered: 0, assigned: 0, answered: 0, answeredOnTime: 0, answeredLate: 0, overdue: 0 };
    mockApi({
      'GET /api/v1/voter-recommendations': () => json(200, page([overdue, recommendation()])),
      'GET /api/v1/voter-recommendations/summary': () =>
        json(200, {
          from: null,
          to: null,
          asOf: TODAY,
          total: { unit: null, authority: null, ...zero, gathered: 2, assigned: 1, overdue: 1 },
          byAssignee: [
            { unit: { id: 'u-sgt', name: 'Sở Giao thông vận tải' }, authority: null, ...zero, gathered: 1, assigned: 1, overdue: 1 },
            { unit: null, authority: null, ...zero, gathered: 1 },
          ],
        }),
    });
    renderAt('/voter-recommendations');
    const rows = await screen.findAllByTestId('recommendation-row', {}, { timeout: 5_000 });
    expect(rows[0]).toHaveTextContent('Sở Giao thông vận tải');
    expect(screen.getByTestId('recommendation-row-due-countdown')).toHaveTextContent('quá hạn 4 ngày');
    expect(screen.getByTestId('recommendation-row-due-countdown')).toHaveClass('chip--danger');
    const summaryRows = await screen.findAllByTestId('voter-summary-row');
    expect(summaryRows[1]).toHaveTextContent('Chưa chuyển');
    expect(screen.getByTestId('voter-summary-total')).toHaveTextContent('Tổng cộng21');
  });

  it('sends one to a unit showing the statutory deadline (40 days, 50 for a shared matter), then records the answer', async () => {
    let current: VoterRecommendation = recommendation();
    const assigned: unknown[] = [];
    const answered: unknown[] = [];
    const { calls } = mockApi({
      'GET /api/v1/voter-recommendations/r-1': () => json(200, current),
      'GET /api/v1/petition-deadlines': (req) => {
        const shared = new URL(req.url).searchParams.get('complexity') === 'COMPLEX';
        return json(200, shared ? { ...deadline, dueOn: '2027-01-13', days: 50 } : deadline);
      },
      'GET /api/v1/units': () => json(200, page([{ id: 'u-sgt', code: 'SGT', name: 'Sở Giao thông vận tải', kind: 'DEPARTMENT', validFrom: '2020-01-01', validTo: null, version: 0, updatedAt: TODAY }])),
      'POST /api/v1/voter-recommendations/r-1/assignment': async (req) => {
        assigned.push(await req.json());
        current = recommendation({
          status: 'ASSIGNED',
          assignedUnit: { id: 'u-sgt', name: 'Sở Giao thông vận tải' },
          assignedOn: TODAY,
          dueOn: '2027-01-04',
          dueRule: 'Quyết định 33/2017/QĐ-TTg, Điều 12',
          allowedActions: ['EDIT', 'ASSIGN', 'ANSWER'],
        });
        return json(200, current);
      },
      'POST /api/v1/voter-recommendations/r-1/answer': async (req) => {
        answered.push(await req.json());
        current = { ...current, status: 'ANSWERED', answer: 'Đã bố trí vốn năm 2027.', answeredOn: TODAY, answeredOnTime: true, allowedActions: ['PUBLISH'] };
        return json(200, current);
      },
    });
    renderAt('/voter-recommendations/r-1');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('recommendation-assign', {}, { timeout: 5_000 }));
    expect(await screen.findByText('Hạn trả lời theo quy định: 04/01/2027 (40 ngày — Quyết định 33/2017/QĐ-TTg, Điều 12).')).toBeInTheDocument();
    await user.click(screen.getByTestId('voter-shared'));
    await waitFor(() => expect(screen.getByTestId('voter-default-due')).toHaveTextContent('13/01/2027 (50 ngày'));
    await user.click(screen.getByTestId('voter-shared'));
    await user.click(screen.getByTestId('recommendation-assign-submit'));
    expect(screen.getByTestId('voter-unit-error')).toHaveTextContent('Chọn đơn vị hoặc ghi cơ quan có thẩm quyền trả lời.');
    await user.type(screen.getByTestId('voter-unit-search'), 'giao thong');
    await user.click(await screen.findByTestId('voter-unit-result', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('recommendation-assign-submit'));
    expect(await screen.findByTestId('recommendation-done')).toHaveTextContent('Đã chuyển kiến nghị đến cơ quan có thẩm quyền.');
    expect(assigned).toEqual([{ unitId: 'u-sgt', authority: null, assignedOn: TODAY, dueOn: null, sharedMatter: false }]);
    expect(screen.getByTestId('recommendation-due-countdown')).toHaveTextContent('còn 41 ngày');
    expect(calls.some((c) => new URL(c.url).searchParams.get('kind') === 'VOTER_RECOMMENDATION')).toBe(true);

    await user.click(screen.getByTestId('recommendation-answer-open'));
    await user.type(screen.getByTestId('voter-answer'), 'Đã bố trí vốn năm 2027.');
    await user.click(screen.getByTestId('recommendation-answer-submit'));
    expect(await screen.findByTestId('recommendation-answer')).toHaveTextContent('Đã bố trí vốn năm 2027.');
    expect(answered).toEqual([{ answer: 'Đã bố trí vốn năm 2027.', answeredOn: TODAY, documentNumber: null }]);
    expect(screen.getByTestId('recommendation-publish')).toHaveTextContent('Công khai');
  });
});

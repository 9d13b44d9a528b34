import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { AgendaItem, AgendaItemRequest } from '../api/types';
import { agendaItem, meeting } from '../testing/fixtures';
import { AgendaTab } from './agenda-tab';

describe('AgendaTab', () => {
  it('adds an item with its slot on the meeting\'s day, and changes one with If-Match', async () => {
    const posted: AgendaItemRequest[] = [];
    const puts: { ifMatch: string | null; body: AgendaItemRequest }[] = [];
    let list: AgendaItem[] = [agendaItem()];
    mockApi({
      'GET /api/v1/meetings/m-1/agenda': () => json(200, list),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'POST /api/v1/meetings/m-1/agenda': async (req) => {
        const body = (await req.json()) as AgendaItemRequest;
        posted.push(body);
        list = [...list, agendaItem({ id: 'a-2', position: 2, title: body.title, presenter: body.presenter ?? null, startsAt: body.startsAt ?? null, endsAt: body.endsAt ?? null })];
        return json(201, list[1]);
      },
      'PUT /api/v1/meetings/m-1/agenda/a-1': async (req) => {
        const body = (await req.json()) as AgendaItemRequest;
        puts.push({ ifMatch: req.headers.get('If-Match'), body });
        list = [agendaItem({ title: body.title, version: 1 }), list[1]!];
        return json(200, list[0]);
      },
    });
    renderWithProviders(<AgendaTab meeting={meeting()} />);
    expect(await screen.findByTestId('agenda-row', {}, { timeout: 5_000 })).toHaveTextContent('108:00–08:45Báo cáo tình hình kinh tế – xã hội tháng 11');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('agenda-add'));
    await user.click(screen.getByTestId('agenda-title'));
    await user.paste('Thảo luận, kết luận');
    fireEvent.change(screen.getByTestId('agenda-start'), { target: { value: '10:30' } });
    fireEvent.change(screen.getByTestId('agenda-end'), { target: { value: '10:00' } });
    await user.click(screen.getByTestId('agenda-save'));
    expect(screen.getByTestId('agenda-end-error')).toHaveTextContent('Thời gian kết thúc phải sau thời gian bắt đầu.');
    fireEvent.change(screen.getByTestId('agenda-end'), { target: { value: '11:30' } });
    await user.click(screen.getByTestId('agenda-save'));
    await waitFor(() => expect(screen.getAllByTestId('agenda-row')).toHaveLength(2));
    expect(posted).toEqual([
      { title: 'Thảo luận, kết luận', presenter: null, startsAt: '2026-11-27T10:30:00+07:00', endsAt: '2026-11-27T11:30:00+07:00', notes: null },
    ]);

    await user.click(screen.getAllByTestId('agenda-edit')[0]!);
    await user.clear(screen.getByTestId('agenda-title'));
    await user.click(screen.getByTestId('agenda-title'));
    await user.paste('Báo cáo kinh tế – xã hội');
    await user.click(screen.getByTestId('agenda-save'));
    await waitFor(() => expect(screen.getAllByTestId('agenda-row-title')[0]).toHaveTextContent('Báo cáo kinh tế – xã hội'));
    expect(puts[0]?.ifMatch).toBe('"0"');
    expect(puts[0]?.body).toMatchObject({ title: 'Báo cáo kinh tế – xã hội', position: 1, startsAt: '2026-11-27T08:00:00+07:00' });
  }, 15_000);

  it('moves an item up or down with its fields, position ± 1 and If-Match, not past the ends', async () => {
    const puts: { path: string; ifMatch: string | null; body: AgendaItemRequest }[] = [];
    let stale = false;
    const second = agendaItem({ id: 'a-2', position: 2, title: 'Thảo luận', presenter: null, startsAt: null, endsAt: null, notes: 'Các đại biểu', version: 4 });
    let list: AgendaItem[] = [agendaItem(), second, agendaItem({ id: 'a-3', position: 3, title: 'Kết luận', presenter: 'Chủ trì', startsAt: null, endsAt: null })];
    const put = async (req: Request) => {
      const body = (await req.json()) as AgendaItemRequest;
      puts.push({ path: new URL(req.url).pathname, ifMatch: req.headers.get('If-Match'), body });
      if (stale) return problem(412, 'urn:lienthong:problem:precondition-failed', 'The item has changed.');
      list = [list[1]!, list[0]!, list[2]!].map((item, i) => ({ ...item, position: i + 1, version: item.version + 1 }));
      return json(200, list[0]);
    };
    mockApi({
      'GET /api/v1/meetings/m-1/agenda': () => json(200, list),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'PUT /api/v1/meetings/m-1/agenda/a-2': put,
      'PUT /api/v1/meetings/m-1/agenda/a-1': put,
    });
    renderWithProviders(<AgendaTab meeting={meeting()} />);
    const rows = await screen.findAllByTestId('agenda-row', {}, { timeout: 5_000 });
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('button', { name: 'Chuyển nội dung Báo cáo tình hình kinh tế – xã hội tháng 11 lên' })).toBeDisabled();
    expect(within(rows[0]!).getByTestId('agenda-move-down')).toBeEnabled();
    expect(within(rows[1]!).getByTestId('agenda-move-up')).toBeEnabled();
    expect(within(rows[2]!).getByTestId('agenda-move-up')).toHaveTextContent('Lên');
    expect(within(rows[2]!).getByTestId('agenda-move-down')).toHaveTextContent('Xuống');
    expect(within(rows[2]!).getByTestId('agenda-move-down')).toBeDisabled();

    const user = userEvent.setup();
    await user.click(within(rows[1]!).getByTestId('agenda-move-up'));
    await waitFor(() => expect(screen.getAllByTestId('agenda-row-title').map((c) => c.textContent)).toEqual(['Thảo luận', 'Báo cáo tình hình kinh tế – xã hội tháng 11', 'Kết luận']));
    expect(puts[0]).toEqual({
      path: '/api/v1/meetings/m-1/agenda/a-2',
      ifMatch: '"4"',
      body: { title: 'Thảo luận', presenter: null, startsAt: null, endsAt: null, notes: 'Các đại biểu', position: 1 },
    });

    stale = true;
    await user.click(within(screen.getAllByTestId('agenda-row')[1]!).getByTestId('agenda-move-down'));
    expect(await screen.findByTestId('agenda-move-error')).toHaveTextContent('Chương trình vừa được người khác thay đổi. Vui lòng tải lại trang rồi thực hiện lại.');
    expect(puts[1]).toMatchObject({ path: '/api/v1/meetings/m-1/agenda/a-1', ifMatch: '"1"', body: { position: 3, startsAt: '2026-11-27T08:00:00+07:00' } });
  }, 15_000);

  it('is read-only when the server does not let the user edit the meeting', async () => {
    mockApi({ 'GET /api/v1/meetings/m-1/agenda': () => json(200, []) });
    renderWithProviders(<AgendaTab meeting={meeting({ allowedActions: [] })} />);
    expect(await screen.findByTestId('agenda-empty', {}, { timeout: 5_000 })).toHaveTextContent('Chưa có chương trình cuộc họp.');
    expect(screen.queryByTestId('agenda-add')).not.toBeInTheDocument();
  });

  it('offers no moves to a user who may not edit the meeting', async () => {
    mockApi({ 'GET /api/v1/meetings/m-1/agenda': () => json(200, [agendaItem(), agendaItem({ id: 'a-2', position: 2 })]) });
    renderWithProviders(<AgendaTab meeting={meeting({ allowedActions: [] })} />);
    expect(await screen.findAllByTestId('agenda-row', {}, { timeout: 5_000 })).toHaveLength(2);
    expect(screen.queryByTestId('agenda-move-up')).not.toBeInTheDocument();
    expect(screen.queryByTestId('agenda-move-down')).not.toBeInTheDocument();
  });
});

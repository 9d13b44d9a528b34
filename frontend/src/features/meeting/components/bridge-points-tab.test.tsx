import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { stubObjectUrls } from '@/testing/object-urls';
import { renderWithProviders } from '@/testing/render';
import type { BridgePoint, BridgePointRequest, Meeting } from '../api/types';
import { meeting, page, validationProblem, vptuSpecialist } from '../testing/fixtures';
import { BridgePointsTab } from './bridge-points-tab';

const hybrid = meeting({
  format: 'HYBRID',
  status: 'INVITED',
  allowedActions: ['EDIT', 'HOLD', 'MANAGE_BRIDGE_POINTS'],
  counts: { ...meeting().counts, bridgePoints: 2, expectedDelegates: 1250, actualDelegates: 0 },
});

function point(overrides: Partial<BridgePoint> = {}): BridgePoint {
  return {
    id: 'bp-1',
    meetingId: 'm-1',
    position: 1,
    name: 'Điểm cầu UBND huyện Ba Vì',
    unit: { id: 'u-bv', code: 'BAVI', name: 'UBND huyện Ba Vì' },
    address: 'Hội trường UBND huyện',
    contactName: 'Nguyễn Văn Cầu',
    contactPhone: '0243 123 456',
    expectedDelegates: 1200,
    actualDelegates: null,
    version: 0,
    ...overrides,
  };
}

function renderTab(m: Meeting = hybrid) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={vptuSpecialist}>
      <BridgePointsTab meeting={m} />
    </CurrentUserContext.Provider>,
  );
}

describe('BridgePointsTab', () => {
  it('lists the bridge points with the totals of the conference', async () => {
    mockApi({ 'GET /api/v1/meetings/m-1/bridge-points': () => json(200, page([point(), point({ id: 'bp-2', position: 2, name: 'Điểm cầu xã Tản Lĩnh', unit: null, expectedDelegates: 50, actualDelegates: 48 })])) });
    renderTab();
    const rows = await screen.findAllByTestId('bridge-row', {}, { timeout: 5_000 });
    expect(rows[0]).toHaveTextContent('1Điểm cầu UBND huyện Ba VìUBND huyện Ba VìHội trường UBND huyện');
    expect(rows[0]).toHaveTextContent('Nguyễn Văn Cầu · 0243 123 456');
    expect(rows[0]).toHaveTextContent('1.200');
    expect(rows[1]).toHaveTextContent('48');
    expect(screen.getByTestId('bridge-count')).toHaveTextContent('2');
    expect(screen.getByTestId('bridge-total-expected')).toHaveTextContent('1.250');
  });

  it('adds a bridge point, numbers checked first', async () => {
    const posted: BridgePointRequest[] = [];
    let list = [point()];
    mockApi({
      'GET /api/v1/meetings/m-1/bridge-points': () => json(200, page(list)),
      'GET /api/v1/meetings/m-1': () => json(200, hybrid),
      'POST /api/v1/meetings/m-1/bridge-points': async (req) => {
        const body = (await req.json()) as BridgePointRequest;
        posted.push(body);
        list = [...list, point({ id: 'bp-2', position: 2, name: body.name, unit: null, expectedDelegates: body.expectedDelegates })];
        return json(201, list[1]);
      },
    });
    renderTab();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('bridge-add', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('bridge-name'));
    await user.paste('Điểm cầu xã Tản Lĩnh');
    await user.type(screen.getByTestId('bridge-expected'), 'năm mươi');
    await user.click(screen.getByTestId('bridge-save'));
    expect(screen.getByTestId('bridge-expected-error')).toHaveTextContent('Nhập số nguyên từ 0 trở lên.');
    await user.clear(screen.getByTestId('bridge-expected'));
    await user.type(screen.getByTestId('bridge-expected'), '50');
    await user.click(screen.getByTestId('bridge-save'));
    await waitFor(() => expect(screen.getAllByTestId('bridge-row')).toHaveLength(2));
    expect(posted).toEqual([
      { name: 'Điểm cầu xã Tản Lĩnh', unitId: null, address: null, contactName: null, contactPhone: null, expectedDelegates: 50, actualDelegates: null },
    ]);
  });

  it('imports a spreadsheet and shows each wrong row of a refused one in a table', async () => {
    const modes: (string | null)[] = [];
    const contentTypes: (string | null)[] = [];
    let refuse = true;
    mockApi({
      'GET /api/v1/meetings/m-1/bridge-points': () => json(200, page([point()])),
      'GET /api/v1/meetings/m-1': () => json(200, hybrid),
      'POST /api/v1/meetings/m-1/bridge-points/import': async (req) => {
        modes.push(new URL(req.url).searchParams.get('mode'));
        contentTypes.push(req.headers.get('Content-Type'));
        if (refuse) {
          return validationProblem(422, 'The file has errors; nothing was imported.', [
            { field: 'rows[7].expectedDelegates', message: '«nhiều» is not a whole number of 0 or more («Số đại biểu dự kiến»)' },
            { field: 'rows[5].name', message: 'the bridge point\'s name («Tên điểm cầu») is required' },
            { field: 'header', message: 'the column «Địa chỉ» appears twice (columns 3 and 5)' },
          ]);
        }
        return json(200, { mode: 'REPLACE', imported: 230, replaced: 1, bridgePoints: 230, expectedDelegates: 9200, actualDelegates: 0 });
      },
    });
    renderTab();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('bridge-import-open', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('bridge-import-submit'));
    expect(screen.getByTestId('bridge-import-file-error')).toHaveTextContent('Vui lòng chọn tệp.');
    await user.upload(screen.getByTestId('bridge-import-file'), new File(['PK'], 'diem-cau.xlsx'));
    await user.click(screen.getByTestId('bridge-import-submit'));
    expect(await screen.findByTestId('bridge-import-error')).toHaveTextContent('Tệp chưa được nhập: có 3 lỗi cần sửa.');
    const problems = within(screen.getByTestId('bridge-import-problems')).getAllByTestId('bridge-import-problem');
    expect(problems.map((p) => p.textContent)).toEqual([
      '—Dòng tiêu đềthe column «Địa chỉ» appears twice (columns 3 and 5)',
      '5Tên điểm cầuthe bridge point\'s name («Tên điểm cầu») is required',
      '7Số đại biểu dự kiến«nhiều» is not a whole number of 0 or more («Số đại biểu dự kiến»)',
    ]);

    refuse = false;
    await user.click(screen.getByTestId('bridge-mode-REPLACE'));
    await user.click(screen.getByTestId('bridge-import-submit'));
    expect(await screen.findByTestId('bridge-import-result')).toHaveTextContent(
      'Đã thay 1 điểm cầu cũ bằng 230 điểm cầu. Hội nghị có 230 điểm cầu, 9.200 đại biểu dự kiến.',
    );
    expect(screen.queryByTestId('bridge-import-problems')).not.toBeInTheDocument();
    expect(modes).toEqual(['APPEND', 'REPLACE']);
    expect(contentTypes[0]).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('downloads the import template', async () => {
    const created = stubObjectUrls('blob:template');
    const { calls } = mockApi({
      'GET /api/v1/meetings/m-1/bridge-points': () => json(200, page([])),
      'GET /api/v1/meetings/m-1/bridge-points/template': () => new Response(new Blob(['PK']), { status: 200 }),
    });
    renderTab();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('bridge-import-open', {}, { timeout: 5_000 }));
    await user.click(screen.getByTestId('bridge-template-csv'));
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(new URL(calls.at(-1)!.url).searchParams.get('format')).toBe('CSV');
  });

  it('says an in-person meeting has no bridge points, and offers nothing to manage without the action', async () => {
    mockApi({ 'GET /api/v1/meetings/m-1/bridge-points': () => json(200, page([point()])) });
    const { unmount } = renderTab(meeting({ format: 'IN_PERSON', allowedActions: ['EDIT'] }));
    expect(screen.getByText('Cuộc họp tổ chức trực tiếp, không có điểm cầu.')).toBeInTheDocument();
    unmount();
    renderTab({ ...hybrid, allowedActions: [] });
    await screen.findByTestId('bridge-row', {}, { timeout: 5_000 });
    expect(screen.queryByTestId('bridge-add')).not.toBeInTheDocument();
    expect(screen.queryByTestId('bridge-import-open')).not.toBeInTheDocument();
    expect(screen.queryByTestId('bridge-delete')).not.toBeInTheDocument();
  });
});

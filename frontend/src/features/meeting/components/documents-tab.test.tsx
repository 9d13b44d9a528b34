import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@/lib/api/types';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi, problem } from '@/testing/http';
import { stubObjectUrls } from '@/testing/object-urls';
import { renderWithProviders } from '@/testing/render';
import type { Meeting, MeetingDocumentRequest } from '../api/types';
import { agendaItem, meeting, meetingDocument, unitOfficer, vptuSpecialist } from '../testing/fixtures';
import { DocumentsTab } from './documents-tab';

function renderTab(m: Meeting = meeting(), me: MeResponse = vptuSpecialist) {
  return renderWithProviders(
    <CurrentUserContext.Provider value={me}>
      <DocumentsTab meeting={m} />
    </CurrentUserContext.Provider>,
  );
}

describe('DocumentsTab', () => {
  it('uploads the file first, then records the document with it', async () => {
    const posted: MeetingDocumentRequest[] = [];
    let documents = [meetingDocument()];
    const { calls } = mockApi({
      'GET /api/v1/meetings/m-1/documents': () => json(200, documents),
      'GET /api/v1/meetings/m-1/agenda': () => json(200, [agendaItem()]),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'POST /api/v1/attachments': () =>
        json(201, { id: 'att-9', fileName: 'ke-hoach.pdf', contentType: 'application/pdf', sizeBytes: 1200, sha256: 'x', createdAt: '2026-11-24T10:00:00+07:00' }),
      'POST /api/v1/meetings/m-1/documents': async (req) => {
        const body = (await req.json()) as MeetingDocumentRequest;
        posted.push(body);
        const created = meetingDocument({ id: 'd-2', title: body.title, agendaItemId: 'a-1', versions: [{ ...meetingDocument().versions[0]!, fileName: 'ke-hoach.pdf' }] });
        documents = [...documents, created];
        return json(201, created);
      },
    });
    renderTab();
    const list = await screen.findByTestId('documents-list', {}, { timeout: 5_000 });
    const first = within(list).getByTestId('document');
    expect(within(first).getByTestId('document-version')).toHaveTextContent('Phiên bản 1 · bao-cao.pdf (471 KB) · Lê Thị Hoa tải lên lúc 24/11/2026 15:00');

    const user = userEvent.setup();
    await user.click(screen.getByTestId('document-add'));
    await user.click(screen.getByTestId('document-save'));
    expect(screen.getByTestId('document-title-error')).toHaveTextContent('Vui lòng nhập thông tin này.');
    expect(screen.getByTestId('document-file-error')).toHaveTextContent('Vui lòng chọn tệp.');

    await user.click(screen.getByTestId('document-title'));
    await user.paste('Kế hoạch tổ chức hội nghị');
    await waitFor(() => expect(screen.getAllByRole('option', { name: /Báo cáo tình hình/ })).toHaveLength(1));
    await user.selectOptions(screen.getByTestId('document-agenda-item'), '1. Báo cáo tình hình kinh tế – xã hội tháng 11');
    await user.upload(screen.getByTestId('document-file'), new File(['%PDF-1.4'], 'ke-hoach.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByTestId('document-save'));

    await waitFor(() => expect(screen.getAllByTestId('document')).toHaveLength(2));
    expect(screen.getAllByTestId('document')[1]).toHaveTextContent('Nội dung: 1. Báo cáo tình hình kinh tế – xã hội tháng 11');
    expect(posted).toEqual([{ title: 'Kế hoạch tổ chức hội nghị', attachmentId: 'att-9', agendaItemId: 'a-1', note: null }]);
    const order = calls.filter((c) => c.method === 'POST').map((c) => new URL(c.url).pathname);
    expect(order).toEqual(['/api/v1/attachments', '/api/v1/meetings/m-1/documents']);
    expect(screen.queryByTestId('document-form')).not.toBeInTheDocument();
  });

  it('downloads a version under its file name', async () => {
    const created = stubObjectUrls('blob:doc');
    const { calls } = mockApi({
      'GET /api/v1/meetings/m-1/documents': () => json(200, [meetingDocument()]),
      'GET /api/v1/meetings/m-1/agenda': () => json(200, []),
      'GET /api/v1/meetings/m-1/documents/d-1/versions/1/content': () => new Response(new Blob(['%PDF']), { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
    });
    renderTab(meeting(), unitOfficer);
    const button = await screen.findByTestId('document-download', {}, { timeout: 5_000 });
    expect(button).toHaveAccessibleName('Tải về bao-cao.pdf (phiên bản 1)');
    // a unit reads the documents but does not add any
    expect(screen.queryByTestId('document-add')).not.toBeInTheDocument();
    expect(screen.queryByTestId('document-new-version')).not.toBeInTheDocument();
    await userEvent.setup().click(button);
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(calls.at(-1)?.url).toMatch(/\/documents\/d-1\/versions\/1\/content$/);
  });

  it('says plainly that an internal meeting\'s documents are not for the caller', async () => {
    mockApi({});
    renderTab(meeting({ documentsVisible: false }));
    expect(screen.getByTestId('documents-internal')).toHaveTextContent(
      'Tài liệu của cuộc họp này lưu hành nội bộ: chỉ văn phòng chủ trì, văn phòng phối hợp và thành phần được mời xem được.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the same message when the server answers 403', async () => {
    mockApi({
      'GET /api/v1/meetings/m-1/documents': () => problem(403, 'urn:lienthong:problem:forbidden', 'The documents of this meeting are internal.'),
      'GET /api/v1/meetings/m-1/agenda': () => json(200, []),
    });
    renderTab();
    expect(await screen.findByTestId('documents-internal', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('uploads a new version of a document', async () => {
    const versions: unknown[] = [];
    mockApi({
      'GET /api/v1/meetings/m-1/documents': () => json(200, [meetingDocument()]),
      'GET /api/v1/meetings/m-1/agenda': () => json(200, []),
      'GET /api/v1/meetings/m-1': () => json(200, meeting()),
      'POST /api/v1/attachments': () => json(201, { id: 'att-2', fileName: 'bao-cao-v2.pdf', contentType: 'application/pdf', sizeBytes: 10, sha256: 'y', createdAt: '2026-11-25T10:00:00+07:00' }),
      'POST /api/v1/meetings/m-1/documents/d-1/versions': async (req) => {
        versions.push(await req.json());
        return json(201, meetingDocument());
      },
    });
    renderTab(meeting(), vptuSpecialist);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('document-new-version', {}, { timeout: 5_000 }));
    await user.upload(screen.getByTestId('version-file'), new File(['%PDF-1.4'], 'bao-cao-v2.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByTestId('version-note'));
    await user.paste('Tiếp thu ý kiến các sở');
    await user.click(screen.getByTestId('version-save'));
    await waitFor(() => expect(versions).toEqual([{ attachmentId: 'att-2', note: 'Tiếp thu ý kiến các sở' }]));
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CurrentUserContext } from '@/lib/current-user';
import { json, mockApi } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import type { PetitionRequest } from '../api/types';
import { bodies, duplicate, petition, uploaded, validationProblem, vptuSpecialist } from '../testing/fixtures';
import { NewPetitionRoute } from './new-petition';
import { PetitionRoute } from './petition';

const TODAY = '2026-11-24';

function renderForm() {
  return renderWithProviders(
    <CurrentUserContext.Provider value={vptuSpecialist}>
      <Routes>
        <Route path="/petitions/new" element={<NewPetitionRoute today={TODAY} />} />
        <Route path="/petitions/:id" element={<PetitionRoute today={TODAY} />} />
      </Routes>
    </CurrentUserContext.Provider>,
    { route: '/petitions/new' },
  );
}

async function fill(user: UserEvent, testId: string, value: string) {
  const field = screen.getByTestId(testId);
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

const SCAN_LABEL =
  'Bản chụp có chữ viết tay, thông tin nhận dạng người viết đơn (được mã hóa; chỉ cán bộ được phân công xử lý xem, phải nêu lý do)';

/** POST /attachments answering u-1, u-2, … in the order the files are chosen (the form uploads them one after another). */
function uploads(names: string[]) {
  let n = 0;
  return () => {
    n += 1;
    return json(201, uploaded({ id: `u-${n}`, fileName: names[n - 1] }));
  };
}

/** Chooses the files and waits until each is listed under the field. */
async function upload(user: UserEvent, ...names: string[]) {
  const before = screen.queryAllByTestId('petition-file').length;
  await user.upload(
    screen.getByTestId('petition-files'),
    names.map((name) => new File(['%PDF-1.7'], name, { type: 'application/pdf' })),
  );
  await waitFor(() => expect(screen.getAllByTestId('petition-file')).toHaveLength(before + names.length));
}

const scanBox = (i: number) => screen.getByTestId(`petition-file-${i}-identity-scan`);

async function fillRequired(user: UserEvent) {
  await fill(user, 'petition-subject', 'Tố cáo cán bộ địa chính phường nhận tiền');
  await fill(user, 'petition-content', 'Nội dung đơn.');
  await fill(user, 'petitioner-0-name', 'Phạm Văn Tố Giác');
}

describe('NewPetitionRoute', () => {
  it('asks for the transferring body of a transferred petition and shows the server\'s field errors (400) on their fields', async () => {
    const posted: { key: string | null; body: PetitionRequest }[] = [];
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'POST /api/v1/petitions': async (req) => {
        posted.push({ key: req.headers.get('Idempotency-Key'), body: (await req.json()) as PetitionRequest });
        return validationProblem(400, 'The petition is invalid.', [
          { field: 'receivedOn', message: 'must not be in the future' },
          { field: 'petitioners[0].idNumber', message: 'must be 12 digits' },
          { field: 'transferredFrom', message: 'a transferred petition names the body that transferred it' },
        ]);
      },
    });
    renderForm();
    const user = userEvent.setup();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tiếp nhận đơn');
    expect(screen.getByText('Cơ quan tiếp nhận: Văn phòng Tỉnh ủy')).toBeInTheDocument();
    expect(screen.queryByLabelText('Cơ quan chuyển đến')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByTestId('petition-channel'), 'Cơ quan khác chuyển đến');
    expect(screen.getByLabelText('Cơ quan chuyển đến')).toBeInTheDocument();
    // complaint by default: the act complained about is asked
    expect(screen.getByLabelText('Quyết định, hành vi bị khiếu nại')).toBeInTheDocument();
    await fill(user, 'petition-subject', 'Khiếu nại quyết định thu hồi đất');
    await fill(user, 'petition-content', 'Nội dung khiếu nại.');
    await fill(user, 'petitioner-0-name', 'Nguyễn Văn A');
    await fill(user, 'petitioner-0-id-number', '0123');

    // the client's own check first: a transferred petition names who transferred it
    await user.click(screen.getByTestId('petition-save'));
    expect(screen.getByTestId('petition-transferred-from-error')).toHaveTextContent('Vui lòng ghi cơ quan đã chuyển đơn đến.');
    expect(screen.getByTestId('petition-form-error')).toHaveTextContent('Vui lòng kiểm tra lại các trường được đánh dấu.');
    expect(posted).toHaveLength(0);

    await fill(user, 'petition-transferred-from', 'Ban Tiếp công dân Trung ương');
    await user.click(screen.getByTestId('petition-save'));
    expect(await screen.findByTestId('petition-received-on-error')).toHaveTextContent('must not be in the future');
    expect(screen.getByTestId('petitioner-0-id-number-error')).toHaveTextContent('must be 12 digits');
    expect(screen.getByTestId('petition-transferred-from-error')).toHaveTextContent('a transferred petition names the body that transferred it');
    expect(screen.getByTestId('petitioner-0-id-number')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('petition-form-error')).toHaveTextContent('The petition is invalid.');

    expect(posted[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(posted[0]!.body).toEqual({
      kind: 'COMPLAINT',
      channel: 'TRANSFERRED',
      receivedOn: TODAY,
      subject: 'Khiếu nại quyết định thu hồi đất',
      content: 'Nội dung khiếu nại.',
      contestedAct: null,
      addressedTo: null,
      addressedBodyId: null,
      transferredFrom: 'Ban Tiếp công dân Trung ương',
      petitioners: [{ fullName: 'Nguyễn Văn A', address: null, idNumber: '0123', phone: null, representative: false }],
      petitionerCount: null,
      attachmentIds: [],
      identityScanIds: [],
    });
  });

  it('explains the crowd rule and checks the representatives: 1–2 for 5–10 people, up to 5 above 10', async () => {
    const posted: PetitionRequest[] = [];
    const created = petition({ id: 'p-9', kind: 'COMPLAINT', channel: 'POST', crowd: true, petitionerCount: 12, flags: ['CROWD'] });
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'POST /api/v1/petitions': async (req) => {
        posted.push((await req.json()) as PetitionRequest);
        return json(201, created);
      },
      'GET /api/v1/petitions/p-9': () => json(200, created),
      'GET /api/v1/petitions/p-9/duplicates': () => json(200, [duplicate()]),
      'GET /api/v1/petitions/p-9/history': () => json(200, []),
    });
    renderForm();
    const user = userEvent.setup();
    expect(screen.getByTestId('petition-crowd-rule')).toHaveTextContent(
      'Đơn đông người (từ 5 người trở lên): 5–10 người cử 1–2 người đại diện; trên 10 người cử không quá 5 người đại diện.',
    );
    await fill(user, 'petition-subject', 'Khiếu nại việc bồi thường giải phóng mặt bằng');
    await fill(user, 'petition-content', 'Các hộ dân khiếu nại mức bồi thường.');
    await fill(user, 'petitioner-0-name', 'Trần Văn Đại Diện');
    fireEvent.change(screen.getByTestId('petition-count'), { target: { value: '12' } });
    expect(screen.getByTestId('petition-crowd-rule')).toHaveTextContent('Đơn đông người (12 người): đánh dấu từ 1 đến 5 người đại diện — đang đánh dấu 0.');

    await user.click(screen.getByTestId('petition-save'));
    expect(screen.getByTestId('petition-petitioners-error')).toHaveTextContent('Đơn của 12 người phải có từ 1 đến 5 người đại diện (đang đánh dấu 0).');
    expect(posted).toHaveLength(0);

    await user.click(screen.getByTestId('petitioner-0-representative'));
    await user.click(screen.getByTestId('petitioner-add'));
    await fill(user, 'petitioner-1-name', 'Lê Thị Đại Diện');
    await user.click(screen.getByTestId('petitioner-1-representative'));
    expect(screen.getByTestId('petition-crowd-rule')).toHaveTextContent('đang đánh dấu 2');
    await user.click(screen.getByTestId('petition-save'));

    // the petition's page, with its likely duplicates called out
    expect(await screen.findByTestId('petition-heading', {}, { timeout: 5_000 })).toHaveTextContent('Đơn khiếu nại số 12/2026');
    expect(screen.getByTestId('petition-done')).toHaveTextContent('Đã tiếp nhận đơn.');
    expect(await screen.findByTestId('duplicates-alert')).toHaveTextContent('Có 1 đơn có thể trùng với đơn này');
    expect(within(screen.getByTestId('duplicates-table')).getByTestId('duplicate-same-petitioner')).toHaveTextContent('Cùng người gửi');
    expect(posted[0]!.petitionerCount).toBe(12);
    expect(posted[0]!.petitioners?.map((p) => p.representative)).toEqual([true, true]);
  });

  it('records an anonymous petition without petitioners', async () => {
    const posted: PetitionRequest[] = [];
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'POST /api/v1/petitions': async (req) => {
        posted.push((await req.json()) as PetitionRequest);
        return validationProblem(400, 'Nope', []);
      },
    });
    renderForm();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('petition-kind'), 'Phản ánh');
    expect(screen.queryByLabelText('Quyết định, hành vi bị khiếu nại')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('option', { name: 'Thường trực Tỉnh ủy' })).toHaveLength(1));
    await user.selectOptions(screen.getByTestId('petition-body'), 'Thường trực Tỉnh ủy');
    await fill(user, 'petition-subject', 'Phản ánh ô nhiễm');
    await fill(user, 'petition-content', 'Khói bụi từ nhà máy.');
    await user.click(screen.getByTestId('petition-anonymous'));
    expect(screen.queryByTestId('petitioner-row')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('petition-save'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ kind: 'REFLECTION', addressedBodyId: 'b-tttu', petitioners: [], petitionerCount: null });
  });

  it("sends a file marked as showing the petitioner's handwriting in identityScanIds, and an unmarked one in attachmentIds", async () => {
    const posted: PetitionRequest[] = [];
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'POST /api/v1/attachments': uploads(['don-khieu-nai.pdf', 'quyet-dinh-thu-hoi-dat.pdf']),
      'POST /api/v1/petitions': async (req) => {
        posted.push((await req.json()) as PetitionRequest);
        return validationProblem(400, 'The petition is invalid.', []);
      },
    });
    renderForm();
    const user = userEvent.setup();
    await fillRequired(user);
    await upload(user, 'don-khieu-nai.pdf', 'quyet-dinh-thu-hoi-dat.pdf');

    // a complaint's files start unmarked; each has its own labelled checkbox, described by the file's name
    const [letter, decision] = screen.getAllByTestId('petition-file');
    expect(within(letter!).getByRole('checkbox', { name: SCAN_LABEL })).not.toBeChecked();
    expect(within(decision!).getByRole('checkbox', { name: SCAN_LABEL })).not.toBeChecked();
    expect(scanBox(0)).toHaveAccessibleDescription('don-khieu-nai.pdf');
    expect(scanBox(1)).toHaveAccessibleDescription('quyet-dinh-thu-hoi-dat.pdf');

    // by its label, and with the keyboard
    await user.click(within(letter!).getByText(SCAN_LABEL));
    expect(scanBox(0)).toBeChecked();
    scanBox(1).focus();
    await user.keyboard(' ');
    expect(scanBox(1)).toBeChecked();
    await user.keyboard(' ');
    expect(scanBox(1)).not.toBeChecked();

    await user.click(screen.getByTestId('petition-save'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]!.identityScanIds).toEqual(['u-1']);
    expect(posted[0]!.attachmentIds).toEqual(['u-2']);
  });

  it('starts a file uploaded for a denunciation marked, and leaves the files already uploaded as they are when the kind changes', async () => {
    const posted: PetitionRequest[] = [];
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'POST /api/v1/attachments': uploads(['giay-uy-quyen.pdf', 'don-to-cao.pdf', 'bien-lai.pdf']),
      'POST /api/v1/petitions': async (req) => {
        posted.push((await req.json()) as PetitionRequest);
        return validationProblem(400, 'The petition is invalid.', []);
      },
    });
    renderForm();
    const user = userEvent.setup();
    await fillRequired(user);
    await upload(user, 'giay-uy-quyen.pdf');
    expect(scanBox(0)).not.toBeChecked();

    await user.selectOptions(screen.getByTestId('petition-kind'), 'Tố cáo');
    // the file already there is not flipped
    expect(scanBox(0)).not.toBeChecked();
    await upload(user, 'don-to-cao.pdf', 'bien-lai.pdf');
    expect(scanBox(1)).toBeChecked();
    expect(scanBox(2)).toBeChecked();
    // the user may unmark one
    await user.click(scanBox(2));
    expect(scanBox(2)).not.toBeChecked();

    // nor when the kind changes back
    await user.selectOptions(screen.getByTestId('petition-kind'), 'Khiếu nại');
    expect(scanBox(1)).toBeChecked();
    await user.selectOptions(screen.getByTestId('petition-kind'), 'Tố cáo');
    expect(scanBox(2)).not.toBeChecked();

    await user.click(screen.getByTestId('petition-save'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ kind: 'DENUNCIATION', attachmentIds: ['u-1', 'u-3'], identityScanIds: ['u-2'] });
  });

  it('keeps each file\'s mark in the draft: after removing another file, a failed check and a failed save', async () => {
    const posted: { key: string | null; body: PetitionRequest }[] = [];
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'POST /api/v1/attachments': uploads(['phong-bi.pdf', 'don-to-cao.pdf', 'bien-lai.pdf']),
      'POST /api/v1/petitions': async (req) => {
        posted.push({ key: req.headers.get('Idempotency-Key'), body: (await req.json()) as PetitionRequest });
        return validationProblem(400, 'The petition is invalid.', []);
      },
    });
    renderForm();
    const user = userEvent.setup();
    await upload(user, 'phong-bi.pdf', 'don-to-cao.pdf', 'bien-lai.pdf');
    await user.click(scanBox(1));

    // the mark stays with its file, not with its place in the list
    await user.click(screen.getByRole('button', { name: 'Bỏ tệp phong-bi.pdf' }));
    expect(screen.getAllByTestId('petition-file')).toHaveLength(2);
    expect(scanBox(0)).toHaveAccessibleDescription('don-to-cao.pdf');
    expect(scanBox(0)).toBeChecked();
    expect(scanBox(1)).not.toBeChecked();

    // the form's own check fails: nothing is lost
    await user.click(screen.getByTestId('petition-save'));
    expect(screen.getByTestId('petition-form-error')).toHaveTextContent('Vui lòng kiểm tra lại các trường được đánh dấu.');
    expect(posted).toHaveLength(0);
    expect(scanBox(0)).toBeChecked();
    expect(scanBox(1)).not.toBeChecked();

    // the server refuses it: sent again as it was
    await fillRequired(user);
    await user.click(screen.getByTestId('petition-save'));
    expect(await screen.findByTestId('petition-form-error')).toHaveTextContent('The petition is invalid.');
    expect(scanBox(0)).toBeChecked();
    await user.click(screen.getByTestId('petition-save'));
    await waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[0]!.body).toMatchObject({ attachmentIds: ['u-3'], identityScanIds: ['u-2'] });
    expect(posted[1]).toEqual(posted[0]);
  });

  it("shows the server's errors on identityScanIds next to the files they name", async () => {
    mockApi({
      'GET /api/v1/bodies': () => json(200, bodies),
      'POST /api/v1/attachments': uploads(['phong-bi.pdf', 'don-to-cao.pdf', 'chung-minh-thu.pdf']),
      'POST /api/v1/petitions': () =>
        validationProblem(400, 'The petition is invalid.', [
          { field: 'identityScanIds[1]', message: 'the attachment is already part of another record' },
          { field: 'identityScanIds', message: 'at most 20 scans' },
          { field: 'attachmentIds', message: 'unknown attachment, or one your office or unit did not upload' },
        ]),
    });
    renderForm();
    const user = userEvent.setup();
    await fillRequired(user);
    await upload(user, 'phong-bi.pdf', 'don-to-cao.pdf', 'chung-minh-thu.pdf');
    await user.click(scanBox(1));
    await user.click(scanBox(2));
    await user.click(screen.getByTestId('petition-save'));

    // identityScanIds[1] is the second sealed file sent: the third in the list
    expect(await screen.findByTestId('petition-file-2-identity-scan-error')).toHaveTextContent('the attachment is already part of another record');
    expect(scanBox(2)).toHaveAttribute('aria-invalid', 'true');
    expect(scanBox(2)).toHaveAccessibleDescription('chung-minh-thu.pdf the attachment is already part of another record');
    expect(screen.queryByTestId('petition-file-1-identity-scan-error')).not.toBeInTheDocument();
    expect(scanBox(1)).not.toHaveAttribute('aria-invalid');
    // the others under the field, none left for the summary
    expect(screen.getByTestId('petition-files-error')).toHaveTextContent(
      'unknown attachment, or one your office or unit did not upload; at most 20 scans',
    );
    expect(screen.getByTestId('petition-form-error')).toHaveTextContent('The petition is invalid.');
    expect(screen.getByTestId('petition-form-error')).not.toHaveTextContent('identityScanIds');
  });
});

import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './download';

const withHeader = (value: string | null) => new Response(null, { headers: value === null ? {} : { 'Content-Disposition': value } });

describe('fileNameFrom', () => {
  it('prefers the UTF-8 name of a Vietnamese file', () => {
    expect(
      fileNameFrom(withHeader(`attachment; filename="Don to cao.jpg"; filename*=UTF-8''%C4%90%C6%A1n%20t%E1%BB%91%20c%C3%A1o.jpg`)),
    ).toBe('Đơn tố cáo.jpg');
  });

  it('takes the plain name when there is no UTF-8 one, quoted or not', () => {
    expect(fileNameFrom(withHeader('attachment; filename="thong-ke.xlsx"'))).toBe('thong-ke.xlsx');
    expect(fileNameFrom(withHeader('attachment; filename=giay-moi.ics'))).toBe('giay-moi.ics');
  });

  it('gives nothing without a name', () => {
    expect(fileNameFrom(withHeader(null))).toBeUndefined();
    expect(fileNameFrom(withHeader('attachment'))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import { columnLabel, importProblems } from './import-errors';

describe('import problems', () => {
  it('turns rows[N].field into a row and a column, the file\'s own problems first', () => {
    const problems = importProblems({
      type: 'urn:lienthong:problem:unprocessable',
      title: 'x',
      status: 422,
      detail: 'x',
      instance: '/x',
      errors: [
        { field: 'rows[12].unitCode', message: 'no unit with the code «XX»' },
        { field: 'rows[3].name', message: 'is required' },
        { field: 'file', message: 'is not UTF-8 encoded' },
      ],
    } as never);
    expect(problems).toEqual([
      { row: null, field: 'file', message: 'is not UTF-8 encoded' },
      { row: 3, field: 'name', message: 'is required' },
      { row: 12, field: 'unitCode', message: 'no unit with the code «XX»' },
    ]);
    expect(importProblems(null)).toEqual([]);
  });

  it('names the columns as the template does', () => {
    const t = translator('vi');
    expect(columnLabel('expectedDelegates', t)).toBe('Số đại biểu dự kiến');
    expect(columnLabel('unitCode', t)).toBe('Mã đơn vị');
    expect(columnLabel('somethingNew', t)).toBe('somethingNew');
  });
});

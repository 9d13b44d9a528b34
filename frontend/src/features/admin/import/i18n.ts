import { useI18n } from '@/lib/i18n';

// The import's own messages (Vietnamese first), kept with the panel the users page and the units tab share.
const vi = {
  open: 'Nhập từ tệp',
  close: 'Đóng',
  'title.users': 'Nhập tài khoản từ tệp',
  'title.units': 'Nhập đơn vị từ tệp',
  'hint.users': 'Tải mẫu, điền mỗi tài khoản một dòng (tiêu đề tiếng Việt ở dòng 1), rồi tải tệp lên. Mọi dòng đều được kiểm tra: chỉ cần một dòng sai thì không tài khoản nào được tạo.',
  'hint.units': 'Tải mẫu, điền mỗi đơn vị một dòng (tiêu đề tiếng Việt ở dòng 1), rồi tải tệp lên. Mọi dòng đều được kiểm tra: chỉ cần một dòng sai thì không đơn vị nào được tạo.',
  template: 'Tải mẫu',
  format: 'Định dạng mẫu',
  file: 'Tệp CSV hoặc Excel (.xlsx), tối đa 5 MiB',
  upload: 'Nhập',
  tooLarge: 'Tệp lớn hơn 5 MiB.',
  refused: 'Tệp chưa được nhập: {count} lỗi. Sửa các dòng dưới đây rồi nhập lại cả tệp.',
  row: 'Dòng',
  column: 'Cột',
  message: 'Lỗi',
  'done.users': 'Đã tạo {count} tài khoản.',
  'done.units': 'Đã tạo {count} đơn vị.',
  passwords: 'Mật khẩu dùng một lần chỉ hiện lần này; hãy ghi lại và giao cho từng người. Người dùng phải đổi mật khẩu khi đăng nhập lần đầu.',
  username: 'Tên đăng nhập',
  fullName: 'Họ và tên',
  oneTimePassword: 'Mật khẩu dùng một lần',
  noted: 'Tôi đã ghi lại',
  code: 'Mã',
  name: 'Tên',
};

export type ImportKey = keyof typeof vi;

const en: Record<ImportKey, string> = {
  open: 'Import from file',
  close: 'Close',
  'title.users': 'Import accounts from a file',
  'title.units': 'Import units from a file',
  'hint.users': 'Download the template, fill in one account per row (Vietnamese headings in row 1), then upload the file. Every row is checked: one wrong row and no account is created.',
  'hint.units': 'Download the template, fill in one unit per row (Vietnamese headings in row 1), then upload the file. Every row is checked: one wrong row and no unit is created.',
  template: 'Download template',
  format: 'Template format',
  file: 'CSV or Excel (.xlsx) file, at most 5 MiB',
  upload: 'Import',
  tooLarge: 'The file is larger than 5 MiB.',
  refused: 'The file was not imported: {count} problems. Correct the rows below and import the whole file again.',
  row: 'Row',
  column: 'Column',
  message: 'Problem',
  'done.users': '{count} accounts created.',
  'done.units': '{count} units created.',
  passwords: 'The one-time passwords are shown this once; note them and hand each to its user. Users must change the password at first login.',
  username: 'Username',
  fullName: 'Full name',
  oneTimePassword: 'One-time password',
  noted: 'I have noted them',
  code: 'Code',
  name: 'Name',
};

export function useImportT() {
  const { lang } = useI18n();
  const dictionary: Record<ImportKey, string> = lang === 'en' ? en : vi;
  return (key: ImportKey, params?: Record<string, string | number>) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

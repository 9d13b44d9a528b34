import { useI18n } from '@/lib/i18n';
import type { Language } from '@/lib/i18n/types';

// The page's own words, Vietnamese first; kept here so that the administration's areas do not all edit one dictionary.
const vi = {
  title: 'Ứng dụng kết nối',
  subtitle: 'Cổng thông tin điện tử, ứng dụng di động và các hệ thống khác kết nối với Liên Thông bằng tài khoản máy riêng.',
  search: 'Tìm theo mã hoặc tên',
  status: 'Trạng thái',
  'status.all': 'Tất cả',
  'status.active': 'Đang hoạt động',
  'status.inactive': 'Đã ngừng',
  clientId: 'Mã ứng dụng (client_id)',
  name: 'Tên ứng dụng',
  scopes: 'Quyền truy cập',
  'scope.public:read': 'Đọc dữ liệu công khai',
  'scope.petitions:submit': 'Gửi đơn thư',
  secretRotatedAt: 'Đổi khóa bí mật lần cuối',
  empty: 'Chưa có ứng dụng kết nối nào.',
  register: 'Đăng ký ứng dụng',
  registering: 'Đang đăng ký…',
  'register.title': 'Đăng ký ứng dụng mới',
  edit: 'Sửa',
  save: 'Lưu',
  cancel: 'Hủy',
  deactivate: 'Ngừng hoạt động',
  reactivate: 'Kích hoạt lại',
  rotate: 'Cấp khóa bí mật mới',
  'rotate.confirm': 'Cấp khóa bí mật mới cho "{name}"? Khóa cũ và mọi phiên truy cập đang dùng sẽ bị vô hiệu ngay lập tức.',
  'deactivate.confirm': 'Ngừng hoạt động "{name}"? Ứng dụng sẽ không lấy được mã truy cập và các mã đang dùng bị từ chối.',
  'secret.title': 'Khóa bí mật của "{clientId}"',
  'secret.warning': 'Khóa bí mật chỉ hiển thị một lần này. Hãy sao chép và cấu hình vào ứng dụng ngay; hệ thống chỉ lưu bản băm, không thể xem lại.',
  'secret.copy': 'Sao chép',
  'secret.copied': 'Đã sao chép',
  'secret.done': 'Tôi đã lưu khóa bí mật',
  'scopes.required': 'Chọn ít nhất một quyền truy cập.',
  forbidden: 'Chỉ quản trị hệ thống mới quản lý ứng dụng kết nối.',
  previous: 'Trang trước',
  next: 'Trang sau',
  page: 'Trang {page}/{pages}',
};

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  title: 'Machine clients',
  subtitle: 'The e-portal, mobile apps and other systems connect to Liên Thông with machine credentials of their own.',
  search: 'Search by id or name',
  status: 'Status',
  'status.all': 'All',
  'status.active': 'Active',
  'status.inactive': 'Deactivated',
  clientId: 'Client id (client_id)',
  name: 'Name',
  scopes: 'Scopes',
  'scope.public:read': 'Read public data',
  'scope.petitions:submit': 'Submit petitions',
  secretRotatedAt: 'Secret last set',
  empty: 'No machine clients yet.',
  register: 'Register client',
  registering: 'Registering…',
  'register.title': 'Register a new client',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  rotate: 'New secret',
  'rotate.confirm': 'Issue a new secret for "{name}"? The old secret and every token in use stop working at once.',
  'deactivate.confirm': 'Deactivate "{name}"? It will get no tokens, and the tokens it holds are refused.',
  'secret.title': 'Secret of "{clientId}"',
  'secret.warning': 'This secret is shown only this once. Copy it into the client’s configuration now; only a hash is kept and it cannot be shown again.',
  'secret.copy': 'Copy',
  'secret.copied': 'Copied',
  'secret.done': 'I have stored the secret',
  'scopes.required': 'Choose at least one scope.',
  forbidden: 'Only the system administrator manages machine clients.',
  previous: 'Previous page',
  next: 'Next page',
  page: 'Page {page} of {pages}',
};

const dictionaries: Record<Language, Record<Key, string>> = { vi, en };

export type ClientsKey = Key;

/** The translate function of this page, in the current language. */
export function useClientsT() {
  const { lang } = useI18n();
  return (key: Key, params?: Record<string, string | number>) =>
    dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

// Vietnamese — the default language. Every key here must exist in en.ts (type-checked).
export const vi = {
  'app.name': 'Liên Thông',
  'app.tagline': 'Nền tảng phối hợp giữa Văn phòng Thành ủy, Văn phòng Đoàn ĐBQH và HĐND, Văn phòng UBND',

  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Chuyển sang tiếng Việt',
  'lang.en': 'Chuyển sang tiếng Anh',

  'nav.main': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.notifications': 'Thông báo',

  'header.logout': 'Đăng xuất',
  'header.unread': '{count} thông báo chưa đọc',
  'header.user': 'Người dùng',

  'login.title': 'Đăng nhập hệ thống',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.submitting': 'Đang đăng nhập…',
  'login.required': 'Vui lòng nhập tên đăng nhập và mật khẩu.',

  'problem.invalidCredentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'problem.tooManyRequests': 'Đăng nhập sai quá nhiều lần, vui lòng thử lại sau.',
  'problem.network': 'Không kết nối được máy chủ, vui lòng thử lại.',
  'problem.generic': 'Đã có lỗi xảy ra, vui lòng thử lại.',

  'common.loading': 'Đang tải…',
  'common.retry': 'Thử lại',
  'common.loadError': 'Không tải được dữ liệu.',

  'home.greeting': 'Xin chào, {name}!',
  'home.account': 'Thông tin tài khoản',
  'home.username': 'Tên đăng nhập',
  'home.role': 'Vai trò',
  'home.office': 'Cơ quan',
  'home.unit': 'Đơn vị',
  'home.jurisdiction': 'Tỉnh/Thành phố',
  'home.today': 'Hôm nay',

  'role.SPECIALIST': 'Chuyên viên',
  'role.OFFICE_LEADER': 'Lãnh đạo văn phòng',
  'role.CHIEF_OF_OFFICE': 'Chánh Văn phòng',
  'role.UNIT_OFFICER': 'Cán bộ đơn vị',
  'role.SYSTEM_ADMIN': 'Quản trị hệ thống',

  'notifications.title': 'Thông báo',
  'notifications.filter': 'Lọc thông báo',
  'notifications.all': 'Tất cả',
  'notifications.unreadOnly': 'Chưa đọc',
  'notifications.unread': 'Chưa đọc',
  'notifications.markRead': 'Đánh dấu đã đọc',
  'notifications.markAllRead': 'Đánh dấu tất cả đã đọc',
  'notifications.open': 'Xem chi tiết',
  'notifications.empty': 'Bạn chưa có thông báo nào.',
  'notifications.emptyUnread': 'Không có thông báo chưa đọc.',

  'pagination.label': 'Phân trang',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.status': 'Trang {page}/{total}',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.back': 'Về trang chủ',
} as const;

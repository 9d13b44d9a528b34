import type { Dictionary } from './types';

// English — second language. Must define exactly the keys of vi.ts.
export const en: Dictionary = {
  'app.name': 'Liên Thông',
  'app.tagline': 'Coordination platform of the Party Committee Office, the Office of the NA Delegation and People’s Council, and the People’s Committee Office',

  'lang.label': 'Language',
  'lang.vi': 'Switch to Vietnamese',
  'lang.en': 'Switch to English',

  'nav.main': 'Main navigation',
  'nav.home': 'Home',
  'nav.notifications': 'Notifications',

  'header.logout': 'Log out',
  'header.unread': '{count} unread notifications',
  'header.user': 'User',

  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.required': 'Please enter your username and password.',

  'problem.invalidCredentials': 'Wrong username or password.',
  'problem.tooManyRequests': 'Too many failed attempts, try again later.',
  'problem.network': 'Cannot reach the server, please try again.',
  'problem.generic': 'Something went wrong, please try again.',

  'common.loading': 'Loading…',
  'common.retry': 'Retry',
  'common.loadError': 'Could not load data.',

  'home.greeting': 'Hello, {name}!',
  'home.account': 'Your account',
  'home.username': 'Username',
  'home.role': 'Role',
  'home.office': 'Office',
  'home.unit': 'Unit',
  'home.jurisdiction': 'Province/City',
  'home.today': 'Today',

  'role.SPECIALIST': 'Specialist',
  'role.OFFICE_LEADER': 'Office leader',
  'role.CHIEF_OF_OFFICE': 'Chief of office',
  'role.UNIT_OFFICER': 'Unit officer',
  'role.SYSTEM_ADMIN': 'System administrator',

  'notifications.title': 'Notifications',
  'notifications.filter': 'Filter notifications',
  'notifications.all': 'All',
  'notifications.unreadOnly': 'Unread',
  'notifications.unread': 'Unread',
  'notifications.markRead': 'Mark as read',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.open': 'Open',
  'notifications.empty': 'You have no notifications.',
  'notifications.emptyUnread': 'You have no unread notifications.',

  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.status': 'Page {page} of {total}',

  'notFound.title': 'Page not found',
  'notFound.back': 'Back to home',
};

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { tokenStore } from '@/lib/auth/token-store';

// findBy… waits up to 10 s (default 1 s): under a loaded CI machine a lazy route or FullCalendar needs longer
configure({ asyncUtilTimeout: 10000 });

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  tokenStore.clear();
  document.documentElement.lang = '';
});

afterEach(() => {
  cleanup();
});

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { tokenStore } from '@/lib/auth/token-store';

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  tokenStore.clear();
  document.documentElement.lang = '';
});

afterEach(() => {
  cleanup();
});

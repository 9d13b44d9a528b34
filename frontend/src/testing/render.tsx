import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { AppProviderForTests } from './providers';
import type { Language } from '@/lib/i18n/types';

export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

type Options = { lang?: Language; route?: string; queryClient?: QueryClient };

/** Renders one component with the providers and an in-memory router. */
export function renderWithProviders(ui: ReactElement, { lang, route = '/', queryClient = testQueryClient() }: Options = {}) {
  return {
    queryClient,
    ...render(
      <AppProviderForTests queryClient={queryClient} lang={lang}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </AppProviderForTests>,
    ),
  };
}

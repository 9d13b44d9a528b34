import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider } from '@/lib/i18n';
import type { Language } from '@/lib/i18n/types';

export function AppProviderForTests({
  queryClient,
  lang,
  children,
}: {
  queryClient: QueryClient;
  lang?: Language;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLang={lang}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}

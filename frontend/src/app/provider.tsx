import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { tokenStore } from '@/lib/auth/token-store';
import { I18nProvider } from '@/lib/i18n';
import type { Language } from '@/lib/i18n/types';

export function AppProvider({
  queryClient,
  initialLang,
  children,
}: {
  queryClient: QueryClient;
  initialLang?: Language;
  children: ReactNode;
}) {
  // When the session ends (logout, failed refresh) drop everything cached for it.
  useEffect(
    () =>
      tokenStore.subscribe(() => {
        if (!tokenStore.get()) queryClient.clear();
      }),
    [queryClient],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLang={initialLang}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}

import { useContext } from 'react';
import { I18nContext, type I18nValue } from './context';
import type { TranslateFn } from './types';

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The translate function of the current language: t('login.submit'). */
export function useT(): TranslateFn {
  return useI18n().t;
}

import { createContext } from 'react';
import type { Language, TranslateFn } from './types';

export type I18nValue = {
  lang: Language;
  setLang: (lang: Language) => void;
  t: TranslateFn;
};

export const I18nContext = createContext<I18nValue | null>(null);

import { en } from './en';
import { vi } from './vi';
import type { Dictionary, Language, MessageKey, TranslateFn, TranslateParams } from './types';

export const dictionaries: Record<Language, Dictionary> = { vi, en };

export function translate(lang: Language, key: MessageKey, params?: TranslateParams): string {
  const template = dictionaries[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translator(lang: Language): TranslateFn {
  return (key, params) => translate(lang, key, params);
}

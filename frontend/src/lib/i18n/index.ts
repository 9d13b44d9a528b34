export { I18nProvider, LANGUAGE_STORAGE_KEY } from './provider';
export { useI18n, useT } from './hooks';
export { translate, translator } from './dictionaries';
export type { Language, MessageKey, TranslateFn } from './types';

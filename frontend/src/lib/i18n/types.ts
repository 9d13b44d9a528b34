import type { vi } from './vi';

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

export type MessageKey = keyof typeof vi;
export type Dictionary = Record<MessageKey, string>;
export type TranslateParams = Record<string, string | number>;
export type TranslateFn = (key: MessageKey, params?: TranslateParams) => string;

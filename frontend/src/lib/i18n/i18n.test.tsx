import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi as viDict } from './vi';
import { I18nProvider, LANGUAGE_STORAGE_KEY, translate, useI18n } from '.';

function Probe() {
  const { lang, setLang, t } = useI18n();
  return (
    <>
      <span data-testid="text">{t('header.logout')}</span>
      <span data-testid="lang">{lang}</span>
      <button onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>toggle</button>
    </>
  );
}

describe('i18n', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(viDict).sort());
    for (const value of [...Object.values(en), ...Object.values(viDict)]) expect(value.trim()).not.toBe('');
  });

  it('interpolates parameters', () => {
    expect(translate('vi', 'home.greeting', { name: 'Hồng' })).toBe('Xin chào, Hồng!');
    expect(translate('en', 'pagination.status', { page: 2, total: 5 })).toBe('Page 2 of 5');
  });

  it('defaults to Vietnamese, sets <html lang>, and persists the choice', async () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('text')).toHaveTextContent('Đăng xuất');
    expect(document.documentElement.lang).toBe('vi');

    await act(async () => screen.getByRole('button', { name: 'toggle' }).click());
    expect(screen.getByTestId('text')).toHaveTextContent('Log out');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('restores the stored language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('lang')).toHaveTextContent('en');
    expect(document.documentElement.lang).toBe('en');
  });
});

import { useI18n } from '@/lib/i18n';
import type { Language } from '@/lib/i18n/types';

const OPTIONS: { lang: Language; label: string }[] = [
  { lang: 'vi', label: 'VI' },
  { lang: 'en', label: 'EN' },
];

export function LanguageSwitch({ className }: { className?: string }) {
  const { lang, setLang, t } = useI18n();
  return (
    <div role="group" aria-label={t('lang.label')} className={['lang-switch', className].filter(Boolean).join(' ')}>
      {OPTIONS.map((option) => (
        <button
          key={option.lang}
          type="button"
          data-testid={`lang-${option.lang}`}
          aria-label={t(option.lang === 'vi' ? 'lang.vi' : 'lang.en')}
          aria-pressed={lang === option.lang}
          className={lang === option.lang ? 'lang-switch__btn is-active' : 'lang-switch__btn'}
          onClick={() => setLang(option.lang)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

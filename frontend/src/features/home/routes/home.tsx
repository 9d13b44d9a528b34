import { useCurrentUser } from '@/lib/current-user';
import { formatLongDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { ProfileCard } from '../components/profile-card';

export function HomeRoute({ now = new Date() }: { now?: Date }) {
  const me = useCurrentUser();
  const { lang, t } = useI18n();
  return (
    <div className="page">
      <div className="page__head">
        <h1 className="page__title" data-testid="home-greeting">
          {t('home.greeting', { name: me.fullName })}
        </h1>
        <p className="page__subtitle">
          {t('home.today')}: <time data-testid="home-today" dateTime={now.toISOString()}>{formatLongDate(now, lang)}</time>
        </p>
      </div>
      <ProfileCard me={me} />
    </div>
  );
}

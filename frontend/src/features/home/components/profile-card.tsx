import type { MeResponse } from '@/lib/api/types';
import { useI18n } from '@/lib/i18n';
import { roleLabel } from '@/lib/user';

export function ProfileCard({ me }: { me: MeResponse }) {
  const { lang, t } = useI18n();
  const rows: { label: string; value: string; testId: string }[] = [
    { label: t('home.username'), value: me.username, testId: 'profile-username' },
    { label: t('home.role'), value: roleLabel(me.role, t), testId: 'profile-role' },
  ];
  if (me.office) {
    rows.push({
      label: t('home.office'),
      value: lang === 'en' ? me.office.nameEn : me.office.nameVi,
      testId: 'profile-office',
    });
  }
  if (me.unit) rows.push({ label: t('home.unit'), value: me.unit.name, testId: 'profile-unit' });
  if (me.jurisdiction) {
    rows.push({ label: t('home.jurisdiction'), value: me.jurisdiction.name, testId: 'profile-jurisdiction' });
  }

  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title" className="card__title">
        {t('home.account')}
      </h2>
      <dl className="facts">
        {rows.map((row) => (
          <div className="facts__row" key={row.testId}>
            <dt>{row.label}</dt>
            <dd data-testid={row.testId}>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

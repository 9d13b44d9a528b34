import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '@/lib/current-user';
import { BodiesTab } from '../components/bodies-tab';
import { JurisdictionsTab } from '../components/jurisdictions-tab';
import { LeadersTab } from '../components/leaders-tab';
import { OfficesTab } from '../components/offices-tab';
import { UnitsTab } from '../components/units-tab';
import { useOrgT, type OrgKey } from '../i18n';
import '../org.css';

type Tab = 'offices' | 'bodies' | 'leaders' | 'units' | 'jurisdictions';

/**
 * /admin/org — "Quản trị tổ chức": a jurisdiction's administrator manages its offices, bodies, leaders and units and
 * reads its jurisdiction; the national administrator manages the jurisdictions. The server checks again.
 */
export function OrgAdminRoute() {
  const t = useOrgT();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const admin = me.role === 'SYSTEM_ADMIN';
  const national = me.role === 'NATIONAL_ADMIN';
  if (!admin && !national) {
    return <p className="empty" data-testid="forbidden">{t('forbidden')}</p>;
  }
  const tabs: Tab[] = national ? ['jurisdictions'] : ['offices', 'bodies', 'leaders', 'units', 'jurisdictions'];
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && tabs.includes(requested) ? requested : tabs[0]!;

  return (
    <div className="page org">
      <div className="page__head">
        <h1 className="page__title">{t('title')}</h1>
        <p className="page__subtitle">{t('subtitle')}</p>
      </div>
      <div role="tablist" className="org-tabs" aria-label={t('title')}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'org-tab is-active' : 'org-tab'}
            data-testid={`org-tab-${name}`}
            onClick={() => setParams({ tab: name })}
          >
            {t(`tab.${name}` as OrgKey)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'offices' && <OfficesTab />}
        {tab === 'bodies' && <BodiesTab />}
        {tab === 'leaders' && <LeadersTab />}
        {tab === 'units' && <UnitsTab />}
        {tab === 'jurisdictions' && <JurisdictionsTab national={national} />}
      </div>
    </div>
  );
}

import { NavLink } from 'react-router-dom';
import { useCurrentUser } from '@/lib/current-user';
import { useT } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n/types';
import { isAdmin, isOfficeStaff, isUnitOfficer } from '../utils/permissions';
import './petition.css';

type Entry = { to: string; key: MessageKey; testId: string };

/** The pages of the petitions feature the user may open, under each page's title. */
export function PetitionsNav() {
  const me = useCurrentUser();
  const t = useT();
  const entries: Entry[] = [];
  if (isOfficeStaff(me)) {
    entries.push(
      { to: '/petitions', key: 'petitionsNav.petitions', testId: 'subnav-petitions' },
      { to: '/reception-sessions', key: 'petitionsNav.reception', testId: 'subnav-reception' },
      { to: '/voter-recommendations', key: 'petitionsNav.voter', testId: 'subnav-voter' },
      { to: '/petition-statistics', key: 'petitionsNav.statistics', testId: 'subnav-statistics' },
    );
  }
  if (isUnitOfficer(me)) {
    entries.push(
      { to: '/petition-unit-assignments', key: 'petitionsNav.unitAssignments', testId: 'subnav-unit-assignments' },
      { to: '/voter-recommendations', key: 'petitionsNav.voter', testId: 'subnav-voter' },
      { to: '/reception-sessions', key: 'petitionsNav.reception', testId: 'subnav-reception' },
    );
  }
  if (isAdmin(me)) {
    entries.push(
      { to: '/petition-disclosures', key: 'petitionsNav.disclosures', testId: 'subnav-disclosures' },
      { to: '/petition-statistics', key: 'petitionsNav.statistics', testId: 'subnav-statistics' },
      { to: '/holidays', key: 'nav.holidays', testId: 'subnav-holidays' },
    );
  }
  if (entries.length < 2) return null;
  return (
    <nav aria-label={t('petitionsNav.label')}>
      <ul className="pt-subnav">
        {entries.map((e) => (
          <li key={e.to}>
            <NavLink to={e.to} end={e.to === '/petitions'} className={({ isActive }) => (isActive ? 'is-active' : undefined)} data-testid={e.testId}>
              {t(e.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

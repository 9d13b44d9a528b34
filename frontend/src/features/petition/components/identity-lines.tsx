import { useT } from '@/lib/i18n';
import type { Identity } from '../api/types';

/** A petitioner's identity: name, address, ID number, phone (what is known of them). */
export function IdentityLines({ identity }: { identity: Identity }) {
  const t = useT();
  const lines: [string, string, string | null][] = [
    ['identity-name', t('identity.fullName'), identity.fullName],
    ['identity-address', t('identity.address'), identity.address],
    ['identity-id-number', t('identity.idNumber'), identity.idNumber],
    ['identity-phone', t('identity.phone'), identity.phone],
  ];
  return (
    <dl className="facts" style={{ margin: 0 }}>
      {lines
        .filter(([, , value]) => value)
        .map(([testId, label, value]) => (
          <div className="facts__row" key={testId}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

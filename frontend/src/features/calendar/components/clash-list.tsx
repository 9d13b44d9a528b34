import { useI18n } from '@/lib/i18n';
import type { Clash, Leader } from '../api/types';
import { clashText } from '../utils/clash-text';
import { severityLabel } from '../utils/labels';
import './calendar.css';

type Props = {
  clashes: readonly Clash[];
  /** to name a leader with their title ("Nguyễn Văn A (Bí thư Tỉnh ủy)") */
  leaders?: ReadonlyMap<string, Leader>;
  testId: string;
};

/** Clashes as Vietnamese (or English) sentences; a CONFLICT in red, a WARNING in amber, an accepted one in grey. */
export function ClashList({ clashes, leaders, testId }: Props) {
  const { lang, t } = useI18n();
  return (
    <ul className="ui-clashes" data-testid={testId}>
      {clashes.map((clash, i) => (
        <li
          key={`${clash.otherItemId}-${clash.kind}-${i}`}
          className={`ui-clash ui-clash--${clash.accepted ? 'accepted' : clash.severity} cal-clash--${clash.accepted ? 'accepted' : clash.severity}`}
          data-testid="clash"
          data-kind={clash.kind}
          data-severity={clash.severity}
        >
          <span className="ui-clash__severity">{severityLabel(clash.severity, t)}</span>
          <span data-testid="clash-text">{clashText(clash, t, lang, leaders)}</span>
          {clash.accepted && (
            <div className="ui-meta" data-testid="clash-accepted">
              {t('clash.accepted', { note: clash.acceptanceNote ?? '' })}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

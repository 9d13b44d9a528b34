import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '@/components/ui/feedback';
import { problemMessage } from '@/lib/api/problem-message';
import { useCurrentUser } from '@/lib/current-user';
import { isoDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useBodies } from '../api/get-bodies';
import { usePetition } from '../api/get-petition';
import type { Petition, PetitionAction, PetitionDocument } from '../api/types';
import { AttachmentsCard } from '../components/attachments-card';
import { CaseCard } from '../components/case-card';
import { DeadlinesCard } from '../components/deadlines-card';
import { DocumentsCard, ForwardingsCard, LetterButton, UnitAssignmentsCard } from '../components/documents-card';
import { HandlersCard } from '../components/handlers-card';
import { HandlingActions } from '../components/handling-actions';
import { HistoryCard } from '../components/history-card';
import { PetitionersCard } from '../components/petitioners-card';
import { FlagBadges, PetitionStatusChip } from '../components/status-chip';
import { formatDay } from '../utils/dates';
import { petitionActionLabel, petitionChannelLabel, petitionKindLabel } from '../utils/labels';
import { can } from '../utils/permissions';
import '../components/petition.css';

/** What the page says after a change, and the letter just issued (to download at once). */
type Done = { text: string; letter?: PetitionDocument } | null;

/** The letter a step issued: a document of the answer that was not there before. */
function newLetter(before: Petition, after: Petition): PetitionDocument | undefined {
  const known = new Set(before.handling.documents.map((d) => d.id));
  return after.handling.documents.find((d) => !known.has(d.id) && (d.kind === 'FORWARDING_LETTER' || d.kind === 'GUIDANCE_LETTER'));
}

/**
 * /petitions/:id — a petition (đơn): its header and flags, content, the statutory due dates with their countdown and legal
 * basis, the petitioners (redacted unless the caller handles it; a handler may reveal them with a reason), the handlers,
 * the handling steps the caller may take, the documents, forwardings and units asked to verify, its case and likely
 * duplicates, its files and history.
 */
export function PetitionRoute({ today = isoDate() }: { today?: string }) {
  const { id = '' } = useParams();
  const { lang, t } = useI18n();
  const me = useCurrentUser();
  const location = useLocation();
  const petition = usePetition(id);
  const bodies = useBodies();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [done, setDone] = useState<Done>(created ? { text: t('petition.created') } : null);

  if (petition.isPending) return <LoadingState />;
  if (petition.isError) return <ErrorState message={problemMessage(petition.error, t)} onRetry={() => petition.refetch()} />;
  const p = petition.data;
  const body = (bodies.data ?? []).find((b) => b.id === p.addressedBodyId);
  // the handlers and the office's leaders handle it (the server checks again)
  const handles = p.handlers.some((h) => h.userId === me.id) || can(p, 'ASSIGN_HANDLER');

  function actionDone(action: PetitionAction, after: Petition) {
    setDone({ text: t('petition.actionDone', { action: petitionActionLabel(action, t) }), letter: newLetter(p, after) });
  }

  const facts: [string, string, string][] = [
    ['fact-kind', t('petition.kind'), petitionKindLabel(p.kind, t)],
    ['fact-channel', t('petition.channel'), petitionChannelLabel(p.channel, t)],
    ['fact-received', t('petition.receivedOn'), formatDay(p.receivedOn, lang)],
    ['fact-transferred-from', t('petition.transferredFrom'), p.transferredFrom ?? ''],
    ['fact-addressed-to', t('petition.addressedTo'), p.addressedTo ?? ''],
    ['fact-body', t('petition.addressedBody'), body ? (lang === 'vi' ? body.nameVi : body.nameEn) : ''],
    ['fact-count', t('petition.petitionerCount'), p.anonymous ? t('petition.anonymousShort') : String(p.petitionerCount)],
    ['fact-tracking', t('petition.trackingCode'), p.trackingCode ?? ''],
  ];

  return (
    <div className="page" data-testid="petition" data-petition-id={p.id}>
      <div className="page__head">
        <Link to="/petitions">← {t('petition.back')}</Link>
        <h1 className="page__title" data-testid="petition-heading">
          {t('petition.heading', { kind: lang === 'vi' ? petitionKindLabel(p.kind, t).toLocaleLowerCase('vi') : petitionKindLabel(p.kind, t), number: p.number })}
        </h1>
        <p className="page__subtitle">
          <PetitionStatusChip status={p.status} /> <FlagBadges flags={p.flags} />{' '}
          <span data-testid="petition-subtitle">
            {t('petition.subtitle', { channel: petitionChannelLabel(p.channel, t), date: formatDay(p.receivedOn, lang) })}
          </span>
        </p>
      </div>

      {done && (
        <div className="ui-notice" role="status" data-testid="petition-done">
          <span>{done.text}</span> {done.letter && <LetterButton petitionId={p.id} document={done.letter} testId="done-letter-download" />}
        </div>
      )}

      <section className="card" aria-labelledby="content-title">
        <h2 id="content-title" className="card__title" data-testid="petition-subject">
          {p.subject}
        </h2>
        <dl className="facts">
          {facts
            .filter(([, , value]) => value)
            .map(([testId, label, value]) => (
              <div className="facts__row" key={testId}>
                <dt>{label}</dt>
                <dd data-testid={testId}>{value}</dd>
              </div>
            ))}
          <div className="facts__row">
            <dt>{t('petition.content')}</dt>
            <dd className="ui-pre" data-testid="fact-content">
              {p.content}
            </dd>
          </div>
          {p.contestedAct && (
            <div className="facts__row">
              <dt>{t('petition.contestedAct')}</dt>
              <dd className="ui-pre" data-testid="fact-contested-act">
                {p.contestedAct}
              </dd>
            </div>
          )}
        </dl>
      </section>

      <DeadlinesCard petition={p} />
      <PetitionersCard petition={p} />
      <HandlersCard petition={p} onAssigned={(name) => setDone({ text: t('handlers.assigned', { name }) })} />
      <HandlingActions petition={p} today={today} onDone={actionDone} />
      <DocumentsCard petition={p} />
      <ForwardingsCard petition={p} today={today} canRecord={handles} />
      <UnitAssignmentsCard petition={p} today={today} />
      <CaseCard petition={p} highlight={created} />
      <AttachmentsCard attachmentIds={p.attachmentIds} />
      <HistoryCard petitionId={p.id} />
    </div>
  );
}

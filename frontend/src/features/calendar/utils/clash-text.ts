import type { Language, TranslateFn } from '@/lib/i18n/types';
import type { Clash, Leader } from '../api/types';
import { formatWhen } from './datetime';

/** "Nguyễn Văn A (Bí thư Tỉnh ủy)" when the leader's title is known, else the name the server sent. */
function sharedNames(clash: Clash, leaders: ReadonlyMap<string, Leader>, lang: Language): string {
  return clash.shared
    .map((s) => {
      const leader = clash.kind === 'LEADER' && s.id ? leaders.get(s.id) : undefined;
      if (!leader) return s.name;
      return `${leader.fullName} (${lang === 'vi' ? leader.titleVi : leader.titleEn})`;
    })
    .join(', ');
}

/**
 * One clash as a sentence, e.g. "Trùng lịch: Đ/c Nguyễn Văn A (Bí thư Tỉnh ủy) đã có lịch «Hội nghị …»
 * (Thường trực Tỉnh ủy) 08:00–11:00 ngày 10/12/2026." The other item of another office's unsubmitted draft has
 * no title: it is named "một hoạt động đang dự thảo".
 */
export function clashText(clash: Clash, t: TranslateFn, lang: Language, leaders: ReadonlyMap<string, Leader> = new Map()): string {
  const params = {
    who: sharedNames(clash, leaders, lang),
    title: clash.otherTitle ? t('clash.titled', { title: clash.otherTitle }) : t('clash.untitled'),
    // across period kinds the other item's programme is named too (a week's item against the month's programme)
    body:
      clash.otherPeriodKind !== clash.periodKind
        ? t('clash.ofProgramme', { body: clash.otherBodyName, programme: clash.otherProgrammeTitle })
        : clash.otherBodyName,
    when: formatWhen(clash.otherStartsAt, clash.otherEndsAt, false, t, lang),
  };
  switch (clash.kind) {
    case 'LEADER':
      return t('clash.leader', params);
    case 'VENUE':
      return t('clash.venue', params);
    case 'PARTICIPANT':
      return t('clash.participant', params);
    case 'LOCALITY':
      return t('clash.locality', params);
    default:
      return clash.message;
  }
}

export function leaderMap(leaders: readonly Leader[] | undefined): Map<string, Leader> {
  return new Map((leaders ?? []).map((l) => [l.id, l]));
}

/** One clash per pair of items and kind (the server may list it from both sides). */
export function distinctClashes(clashes: readonly Clash[]): Clash[] {
  const seen = new Set<string>();
  return clashes.filter((c) => {
    const pair = [c.itemId ?? '', c.otherItemId].sort().join('|');
    const key = `${pair}|${c.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import type { Clash, PeriodKind } from '../api/types';

const LENGTH: Record<PeriodKind, number> = { YEAR: 4, QUARTER: 3, MONTH: 2, WEEK: 1 };

/** "Hội nghị  Ban Chấp hành." and "hoi nghi ban chap hanh" are one title: no diacritics, case, spacing or punctuation. */
export function titleKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/**
 * The item of a longer period's programme the item being typed probably details: a clash of the same leader at an
 * overlapping time with an item of a longer period whose title is the same. The form proposes linking them
 * ("Chi tiết hóa mục … của chương trình tháng?"); linked, they no longer clash.
 */
export function proposedLink(clashes: readonly Clash[], title: string, periodKind: PeriodKind, dismissed: readonly string[] = []): Clash | null {
  const key = titleKey(title);
  if (!key) return null;
  return (
    clashes.find(
      (c) =>
        c.kind === 'LEADER' &&
        LENGTH[c.otherPeriodKind] > LENGTH[periodKind] &&
        c.otherTitle != null &&
        titleKey(c.otherTitle) === key &&
        !dismissed.includes(c.otherItemId),
    ) ?? null
  );
}

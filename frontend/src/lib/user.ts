import type { MeResponse, Role } from '@/lib/api/types';
import { translate } from '@/lib/i18n/dictionaries';
import type { Language, MessageKey, TranslateFn } from '@/lib/i18n/types';

const ROLE_KEYS: Record<Role, MessageKey> = {
  SPECIALIST: 'role.SPECIALIST',
  OFFICE_LEADER: 'role.OFFICE_LEADER',
  CHIEF_OF_OFFICE: 'role.CHIEF_OF_OFFICE',
  UNIT_OFFICER: 'role.UNIT_OFFICER',
  SYSTEM_ADMIN: 'role.SYSTEM_ADMIN',
  NATIONAL_ADMIN: 'role.NATIONAL_ADMIN',
};

export function roleLabel(role: Role, t: TranslateFn): string {
  const key = ROLE_KEYS[role] as MessageKey | undefined;
  return key ? t(key) : role;
}

/**
 * What the user belongs to, as shown in the header: the office (in the current
 * language), the unit for unit officers, the jurisdiction for administrators, the whole country for the national
 * administrator (whose account sits in a jurisdiction but who administers national data).
 */
export function affiliationName(me: MeResponse, lang: Language): string {
  if (me.role === 'UNIT_OFFICER' && me.unit) return me.unit.name;
  if (me.role === 'SYSTEM_ADMIN' && me.jurisdiction) return me.jurisdiction.name;
  if (me.role === 'NATIONAL_ADMIN') return translate(lang, 'affiliation.national');
  if (me.office) return lang === 'en' ? me.office.nameEn : me.office.nameVi;
  if (me.unit) return me.unit.name;
  return me.jurisdiction?.name ?? '';
}

import type { Role } from '@/lib/api/types';
import type { MessageKey } from '@/lib/i18n/types';

/**
 * The sections of "Quản trị / Administration": one entry per page, with the roles that see it. A new admin page
 * (offices, bodies, leaders, units …) adds its entry here and its route in app/routes.tsx under /admin.
 */
export type AdminSection = { path: string; title: MessageKey; description: MessageKey; roles: Role[] };

export const ADMIN_SECTIONS: AdminSection[] = [
  { path: '/admin/users', title: 'admin.users.title', description: 'admin.users.description', roles: ['SYSTEM_ADMIN', 'CHIEF_OF_OFFICE'] },
  { path: '/admin/org', title: 'admin.org.title', description: 'admin.org.description', roles: ['SYSTEM_ADMIN', 'NATIONAL_ADMIN'] },
  { path: '/admin/clients', title: 'admin.clients.title', description: 'admin.clients.description', roles: ['SYSTEM_ADMIN'] },
];

/** The roles that see the administration area at all. */
export const ADMIN_ROLES: Role[] = ['SYSTEM_ADMIN', 'NATIONAL_ADMIN', 'CHIEF_OF_OFFICE'];

export function sectionsFor(role: Role | undefined): AdminSection[] {
  return role ? ADMIN_SECTIONS.filter((s) => s.roles.includes(role)) : [];
}

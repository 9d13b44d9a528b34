// Named aliases of the generated OpenAPI types (src/lib/api/schema.d.ts). Never
// hand-write API shapes. Aliases are taken from the operations (path + method), not
// from component names, so a renamed schema in the contract does not break them.
import type { components, paths } from './schema';
import type { OkBody, RequestBody } from './operations';

export type LoginRequest = RequestBody<paths['/api/v1/auth/login']['post']>;
export type TokenResponse = OkBody<paths['/api/v1/auth/login']['post']>;
export type MeResponse = OkBody<paths['/api/v1/me']['get']>;
export type Role = NonNullable<MeResponse['role']>;
export type NotificationPage = OkBody<paths['/api/v1/notifications']['get']>;
export type NotificationResponse = NonNullable<NotificationPage['items']>[number];
export type UnreadCount = OkBody<paths['/api/v1/notifications/unread-count']['get']>;
export type Problem = components['schemas']['Problem'];

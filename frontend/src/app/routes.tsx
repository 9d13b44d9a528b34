import type { RouteObject } from 'react-router-dom';
import { LoginRoute } from '@/features/auth/routes/login';
import { HomeRoute } from '@/features/home/routes/home';
import { NotificationsRoute } from '@/features/notifications/routes/notifications';
import { AppRoot } from './routes/app-root';
import { NotFoundRoute } from './routes/not-found';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    path: '/',
    element: <AppRoot />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'notifications', element: <NotificationsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

import type { RouteObject } from 'react-router-dom';
import { ChangePasswordRoute } from '@/features/auth/routes/change-password';
import { LoginRoute } from '@/features/auth/routes/login';
import { BoardRoute } from '@/features/conclusion/routes/board';
import { ConclusionRoute } from '@/features/conclusion/routes/conclusion';
import { ConclusionsRoute } from '@/features/conclusion/routes/conclusions';
import { MyTasksRoute } from '@/features/conclusion/routes/my-tasks';
import { NewConclusionRoute } from '@/features/conclusion/routes/new-conclusion';
import { StatisticsRoute } from '@/features/conclusion/routes/statistics';
import { TaskRoute } from '@/features/conclusion/routes/task';
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
      { path: 'conclusions', element: <ConclusionsRoute /> },
      { path: 'conclusions/new', element: <NewConclusionRoute /> },
      { path: 'conclusions/:id', element: <ConclusionRoute /> },
      { path: 'conclusion-tasks/:id', element: <TaskRoute /> },
      { path: 'my-tasks', element: <MyTasksRoute /> },
      { path: 'conclusion-board', element: <BoardRoute /> },
      { path: 'conclusion-statistics', element: <StatisticsRoute /> },
      // the calendars feature (with FullCalendar) is loaded when first opened
      { path: 'calendar', lazy: () => import('@/features/calendar/routes/calendar').then((m) => ({ Component: m.CalendarRoute })) },
      { path: 'calendar/clashes', lazy: () => import('@/features/calendar/routes/clashes').then((m) => ({ Component: m.ClashesRoute })) },
      {
        path: 'calendar/programmes',
        lazy: () => import('@/features/calendar/routes/programmes').then((m) => ({ Component: m.ProgrammesRoute })),
      },
      {
        path: 'calendar/programmes/:id',
        lazy: () => import('@/features/calendar/routes/programme').then((m) => ({ Component: m.ProgrammeRoute })),
      },
      // the meetings feature is loaded when first opened
      { path: 'meetings', lazy: () => import('@/features/meeting/routes/meetings').then((m) => ({ Component: m.MeetingsRoute })) },
      { path: 'meetings/new', lazy: () => import('@/features/meeting/routes/new-meeting').then((m) => ({ Component: m.NewMeetingRoute })) },
      { path: 'meetings/:id', lazy: () => import('@/features/meeting/routes/meeting').then((m) => ({ Component: m.MeetingRoute })) },
      {
        path: 'meeting-tasks',
        lazy: () => import('@/features/meeting/routes/meeting-tasks').then((m) => ({ Component: m.MeetingTasksRoute })),
      },
      {
        path: 'meeting-statistics',
        lazy: () => import('@/features/meeting/routes/meeting-statistics').then((m) => ({ Component: m.MeetingStatisticsRoute })),
      },
      // the reviews feature is loaded when first opened
      { path: 'reviews', lazy: () => import('@/features/review/routes/reviews').then((m) => ({ Component: m.ReviewsRoute })) },
      { path: 'reviews/new', lazy: () => import('@/features/review/routes/new-review').then((m) => ({ Component: m.NewReviewRoute })) },
      { path: 'reviews/:id', lazy: () => import('@/features/review/routes/review').then((m) => ({ Component: m.ReviewRoute })) },
      // the petitions feature (đơn thư, tiếp công dân, kiến nghị cử tri) is loaded when first opened
      { path: 'petitions', lazy: () => import('@/features/petition/routes/petitions').then((m) => ({ Component: m.PetitionsRoute })) },
      { path: 'petitions/new', lazy: () => import('@/features/petition/routes/new-petition').then((m) => ({ Component: m.NewPetitionRoute })) },
      { path: 'petitions/:id', lazy: () => import('@/features/petition/routes/petition').then((m) => ({ Component: m.PetitionRoute })) },
      {
        path: 'reception-sessions',
        lazy: () => import('@/features/petition/routes/reception-sessions').then((m) => ({ Component: m.ReceptionSessionsRoute })),
      },
      {
        path: 'reception-sessions/new',
        lazy: () => import('@/features/petition/routes/new-reception-session').then((m) => ({ Component: m.NewReceptionSessionRoute })),
      },
      {
        path: 'reception-sessions/:id',
        lazy: () => import('@/features/petition/routes/reception-session').then((m) => ({ Component: m.ReceptionSessionRoute })),
      },
      {
        path: 'voter-recommendations',
        lazy: () => import('@/features/petition/routes/voter-recommendations').then((m) => ({ Component: m.VoterRecommendationsRoute })),
      },
      {
        path: 'voter-recommendations/new',
        lazy: () => import('@/features/petition/routes/new-voter-recommendation').then((m) => ({ Component: m.NewVoterRecommendationRoute })),
      },
      {
        path: 'voter-recommendations/:id',
        lazy: () => import('@/features/petition/routes/voter-recommendation').then((m) => ({ Component: m.VoterRecommendationRoute })),
      },
      {
        path: 'petition-statistics',
        lazy: () => import('@/features/petition/routes/petition-statistics').then((m) => ({ Component: m.PetitionStatisticsRoute })),
      },
      {
        path: 'petition-disclosures',
        lazy: () => import('@/features/petition/routes/petition-disclosures').then((m) => ({ Component: m.PetitionDisclosuresRoute })),
      },
      {
        path: 'holidays',
        lazy: () => import('@/features/petition/routes/holidays').then((m) => ({ Component: m.HolidaysRoute })),
      },
      {
        path: 'petition-unit-assignments',
        lazy: () => import('@/features/petition/routes/petition-unit-assignments').then((m) => ({ Component: m.PetitionUnitAssignmentsRoute })),
      },
      { path: 'change-password', element: <ChangePasswordRoute /> },
      // administration (Quản trị): one route per section of features/admin/sections.ts
      { path: 'admin', lazy: () => import('@/features/admin/routes/admin-home').then((m) => ({ Component: m.AdminHomeRoute })) },
      { path: 'admin/users', lazy: () => import('@/features/admin/users/routes/users').then((m) => ({ Component: m.UsersRoute })) },
      // administration: machine clients (the system administrator)
      {
        path: 'admin/clients',
        lazy: () => import('@/features/admin/clients/machine-clients-route').then((m) => ({ Component: m.MachineClientsRoute })),
      },
      // organisation administration (jurisdictions, offices, bodies, leaders, units)
      { path: 'admin/org', lazy: () => import('@/features/admin/org/routes/org-admin').then((m) => ({ Component: m.OrgAdminRoute })) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

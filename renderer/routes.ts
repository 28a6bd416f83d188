// The app's top-level pages. Each feature adds one entry; its page is loaded lazily so the first paint
// only pays for the page it shows. DOM only.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface Route {
  /** First path segment in the hash route, e.g. "lessons" for #/lessons/... */
  readonly id: string;
  readonly label: string;
  /** Single key that opens the page with Alt held (shown in the nav). */
  readonly accessKey: string;
  readonly page: LazyExoticComponent<ComponentType<{ path: string[] }>>;
}

export const ROUTES: readonly Route[] = [
  { id: 'lessons', label: 'Lessons', accessKey: 'l', page: lazy(() => import('./features/lessons/LessonsPage')) },
  { id: 'review', label: 'Review', accessKey: 'r', page: lazy(() => import('./features/review/ReviewPage')) },
  { id: 'exam', label: 'Exam', accessKey: 'x', page: lazy(() => import('./features/exam/ExamPage')) },
  { id: 'progress', label: 'Progress', accessKey: 'p', page: lazy(() => import('./features/dashboard/DashboardPage')) },
  { id: 'sandbox', label: 'Sandbox', accessKey: 's', page: lazy(() => import('./features/sandbox/SandboxPage')) },
];

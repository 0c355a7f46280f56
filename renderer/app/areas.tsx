import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Role } from '../../shared/roles';
import { DashboardPage } from '../dashboard/DashboardPage';

export interface Area {
  path: string;
  label: string;
  page: () => ReactNode;
  /** Shown in the menu only to this role and those above it (its channels refuse the others anyway). */
  forRole?: Role;
}

/**
 * An area whose screens are fetched the first time it is opened (issue 15: the first page carries only
 * the dashboard and the desk forms). `pick` names the page among the module's exports.
 */
function lazyArea<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): () => ReactNode {
  const Page = lazy(() => load().then((m) => ({ default: pick(m) })));
  return () => (
    <Suspense
      fallback={
        <Center h={200}>
          <Loader aria-label="화면을 불러오는 중" />
        </Center>
      }
    >
      <Page />
    </Suspense>
  );
}

/** The app's areas in the order the navigation shows them; Alt+1… Alt+9 jump to the first nine. */
export const areas: Area[] = [
  { path: '/', label: '대시보드', page: () => <DashboardPage /> },
  { path: '/loans', label: '휠체어 대여', page: lazyArea(() => import('../loans/LoansPage'), (m) => m.LoansPage) },
  { path: '/interpretation', label: '통역 지원', page: lazyArea(() => import('../interpretation/InterpretationPage'), (m) => m.InterpretationPage) },
  { path: '/guides', label: '안내 도우미', page: lazyArea(() => import('../guides/GuidesPage'), (m) => m.GuidesPage) },
  { path: '/trainings', label: '교육·힐링', page: lazyArea(() => import('../trainings/TrainingsPage'), (m) => m.TrainingsPage) },
  { path: '/kindness', label: '친절 으뜸이', page: lazyArea(() => import('../kindness/KindnessPage'), (m) => m.KindnessPage) },
  { path: '/pledge', label: '공약 실적', page: lazyArea(() => import('../pledge/PledgePage'), (m) => m.PledgePage) },
  { path: '/schedule', label: '일정', page: lazyArea(() => import('../schedule/SchedulePage'), (m) => m.SchedulePage) },
  { path: '/staff', label: '직원·부서', page: lazyArea(() => import('../staff/StaffPage'), (m) => m.StaffPage) },
  { path: '/imports', label: '가져오기', page: lazyArea(() => import('../imports/ImportsPage'), (m) => m.ImportsPage), forRole: 'teamLead' },
  { path: '/settings', label: '설정', page: lazyArea(() => import('../settings/SettingsPage'), (m) => m.SettingsPage), forRole: 'admin' },
  { path: '/privacy', label: '접속기록 점검', page: lazyArea(() => import('../privacy/AccessReviewPage'), (m) => m.AccessReviewPage), forRole: 'admin' },
];

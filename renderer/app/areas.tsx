import type { ReactNode } from 'react';
import { DashboardPage } from '../dashboard/DashboardPage';
import { GuidesPage } from '../guides/GuidesPage';
import { ImportsPage } from '../imports/ImportsPage';
import { InterpretationPage } from '../interpretation/InterpretationPage';
import { KindnessPage } from '../kindness/KindnessPage';
import { LoansPage } from '../loans/LoansPage';
import { PledgePage } from '../pledge/PledgePage';
import { SchedulePage } from '../schedule/SchedulePage';
import { SettingsPage } from '../settings/SettingsPage';
import { StaffPage } from '../staff/StaffPage';
import { TrainingsPage } from '../trainings/TrainingsPage';

export interface Area {
  path: string;
  label: string;
  page: () => ReactNode;
}

/** The app's areas in the order the navigation shows them; Alt+1… Alt+9 jump to the first nine. */
export const areas: Area[] = [
  { path: '/', label: '대시보드', page: () => <DashboardPage /> },
  { path: '/loans', label: '휠체어 대여', page: () => <LoansPage /> },
  { path: '/interpretation', label: '통역 지원', page: () => <InterpretationPage /> },
  { path: '/guides', label: '안내 도우미', page: () => <GuidesPage /> },
  { path: '/trainings', label: '교육·힐링', page: () => <TrainingsPage /> },
  { path: '/kindness', label: '친절 으뜸이', page: () => <KindnessPage /> },
  { path: '/pledge', label: '공약 실적', page: () => <PledgePage /> },
  { path: '/schedule', label: '일정', page: () => <SchedulePage /> },
  { path: '/staff', label: '직원·부서', page: () => <StaffPage /> },
  { path: '/imports', label: '가져오기', page: () => <ImportsPage /> },
  { path: '/settings', label: '설정', page: () => <SettingsPage /> },
];

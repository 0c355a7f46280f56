import type { ReactNode } from 'react';
import { DashboardPage } from '../dashboard/DashboardPage';
import { SettingsPage } from '../settings/SettingsPage';
import { StaffPage } from '../staff/StaffPage';
import { NotBuiltYet } from './NotBuiltYet';

export interface Area {
  path: string;
  label: string;
  page: () => ReactNode;
}

/** The app's areas in the order the navigation shows them; Alt+1… Alt+9 jump to them. */
export const areas: Area[] = [
  { path: '/', label: '대시보드', page: () => <DashboardPage /> },
  { path: '/loans', label: '휠체어 대여', page: () => <NotBuiltYet area="휠체어 대여" /> },
  { path: '/interpretation', label: '통역 지원', page: () => <NotBuiltYet area="통역 지원" /> },
  { path: '/guides', label: '안내 도우미', page: () => <NotBuiltYet area="안내 도우미" /> },
  { path: '/trainings', label: '교육·힐링', page: () => <NotBuiltYet area="교육·힐링" /> },
  { path: '/kindness', label: '친절 으뜸이', page: () => <NotBuiltYet area="친절 으뜸이" /> },
  { path: '/pledge', label: '공약 실적', page: () => <NotBuiltYet area="공약 실적" /> },
  { path: '/staff', label: '직원·부서', page: () => <StaffPage /> },
  { path: '/settings', label: '설정', page: () => <SettingsPage /> },
];

import { Alert, Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { dateWithWeekday, deskToday } from '../../shared/korean/deskClock';
import { lazy, Suspense } from 'react';
import { useChannel } from '../api/useChannel';
import { useAfterFirstPaint } from '../app/useAfterFirstPaint';
import { GuidesDashboardCard } from '../guides/GuidesDashboardCard';
import { InterpretationDashboardCard } from '../interpretation/InterpretationDashboardCard';
import { KindnessDashboardCard } from '../kindness/KindnessDashboardCard';
import { LoansDashboardCard } from '../loans/LoansDashboardCard';
import { PledgeDashboardCard } from '../pledge/PledgeDashboardCard';
import { TrainingsDashboardCard } from '../trainings/TrainingsDashboardCard';
import { useAppState } from '../app/SessionContext';
import { StatTile } from '../app/StatTile';

// The charts library is most of the dashboard's weight: its figures follow the tiles rather than hold them up.
const YearOverYearCharts = lazy(() => import('./YearOverYearCharts').then((m) => ({ default: m.YearOverYearCharts })));

export function DashboardPage() {
  const { session } = useAppState();
  const staff = useChannel('staff.list', { includeInactive: false });
  const departments = useChannel('departments.list', { includeInactive: false });
  const painted = useAfterFirstPaint();

  return (
    <Stack>
      <Title order={2}>대시보드</Title>
      <Text>{dateWithWeekday(deskToday())}</Text>
      {!session?.staffId && (
        <Alert color="yellow" title="사용자를 선택하세요">
          오른쪽 위에서 이 PC를 쓰는 직원을 고르면, 저장하는 기록마다 작성자가 남습니다. 명단이 비어 있으면{' '}
          <Anchor href="#/staff">직원·부서</Anchor>에서 먼저 등록하세요.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <StatTile label="현재 사용자" value={session?.name ? `${session.name} (${session.departmentName})` : '선택 안 됨'} />
        <StatTile label="재직 직원" value={staff.data ? `${staff.data.length}명` : '…'} />
        <StatTile label="부서" value={departments.data ? `${departments.data.length}개` : '…'} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <LoansDashboardCard />
        <InterpretationDashboardCard />
        <GuidesDashboardCard />
        <TrainingsDashboardCard />
        <KindnessDashboardCard />
        <PledgeDashboardCard />
      </SimpleGrid>
      {painted && (
        <Suspense fallback={null}>
          <YearOverYearCharts />
        </Suspense>
      )}
    </Stack>
  );
}

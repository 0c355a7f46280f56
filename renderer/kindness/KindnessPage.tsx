import { Alert, Group, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useHasRole } from '../app/SessionContext';
import { AnnouncementTab } from './AnnouncementTab';
import { BoardTab } from './BoardTab';
import { CriteriaTab } from './CriteriaTab';
import { HistoryTab } from './HistoryTab';
import { deskMonth } from '../../shared/korean/deskClock';
import { MonthSwitcher } from './MonthSwitcher';
import { NominationTab } from './NominationTab';

type Tab = 'nominations' | 'board' | 'history' | 'announcement' | 'criteria';

/** 친절 으뜸이: the month's nominations, the team lead's board and picks, the history and the announcement. */
export function KindnessPage() {
  const [tab, setTab] = useState<Tab>('nominations');
  const [month, setMonth] = useState(deskMonth());
  const monthTabs = tab === 'nominations' || tab === 'board' || tab === 'announcement';
  // A 담당자 sees the board and the rules; deciding is the 팀장's (the core refuses the others anyway).
  const mayDecide = useHasRole('teamLead');

  return (
    <Stack>
      <Group justify="space-between" className="no-print">
        <Title order={2}>친절 으뜸이</Title>
        {monthTabs && <MonthSwitcher month={month} onChange={setMonth} />}
      </Group>
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List className="no-print" mb="md">
          <Tabs.Tab value="nominations">추천 접수</Tabs.Tab>
          <Tabs.Tab value="board">월간 심사표</Tabs.Tab>
          <Tabs.Tab value="history">선정 이력</Tabs.Tab>
          <Tabs.Tab value="announcement">발표 명단</Tabs.Tab>
          <Tabs.Tab value="criteria">기준 설정</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="nominations">
          <NominationTab month={month} />
        </Tabs.Panel>
        <Tabs.Panel value="board">
          {!mayDecide && (
            <Alert color="blue" mb="md">
              평점·선정·확정은 팀장이나 관리자가 합니다. 본인이 선정된 달은 다른 팀장이나 관리자가 확정합니다.
            </Alert>
          )}
          <BoardTab month={month} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab />
        </Tabs.Panel>
        <Tabs.Panel value="announcement">
          <AnnouncementTab month={month} />
        </Tabs.Panel>
        <Tabs.Panel value="criteria">
          <CriteriaTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

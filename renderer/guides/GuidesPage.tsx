import { Stack, Tabs, Title } from '@mantine/core';
import { useChannel } from '../api/useChannel';
import { HelperList } from './HelperList';
import { HelperTotals } from './HelperTotals';
import { MonthRoster } from './MonthRoster';

/** 민원 안내 도우미: the month's roster, the helpers, and what they worked. */
export function GuidesPage() {
  // Every helper ever on the roster: the forms offer only those active on the date in question.
  const helpers = useChannel('guides.helpers', { includeInactive: true });
  return (
    <Stack>
      <Title order={2}>안내 도우미</Title>
      <Tabs defaultValue="roster" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="roster">월간 근무표</Tabs.Tab>
          <Tabs.Tab value="helpers">도우미 명단</Tabs.Tab>
          <Tabs.Tab value="totals">근무 실적</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="roster" pt="md">
          <MonthRoster helpers={helpers.data ?? []} />
        </Tabs.Panel>
        <Tabs.Panel value="helpers" pt="md">
          <HelperList />
        </Tabs.Panel>
        <Tabs.Panel value="totals" pt="md">
          <HelperTotals />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

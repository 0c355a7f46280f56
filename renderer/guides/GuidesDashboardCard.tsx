import { deskToday } from '../../shared/korean/deskClock';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { monthDay } from '../../shared/korean/reportFormat';
import { useChannel } from '../api/useChannel';
import { monthOf, monthTitle } from '../schedule/calendarDates';
import { shiftPeople, slotText } from './guideFormat';

/** The dashboard's guide-desk card: who is on duty today, and the month's working days nobody covers. */
export function GuidesDashboardCard() {
  const today = deskToday();
  const month = monthOf(today);
  const shifts = useChannel('guides.shifts', { from: today, to: today });
  const summary = useChannel('guides.monthSummary', { month });
  const onDuty = (shifts.data ?? []).filter((s) => s.status !== 'absent');
  const uncovered = summary.data?.uncoveredDays ?? [];
  const ahead = uncovered.filter((d) => d >= today);

  return (
    <Paper withBorder p="md" role="region" aria-label="안내 도우미">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            안내 도우미
          </Title>
          <Anchor href="#/guides" size="sm">
            근무표
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          오늘 근무
        </Text>
        {onDuty.length === 0 ? (
          <Text>{shifts.data ? '오늘 배치된 도우미가 없습니다.' : '…'}</Text>
        ) : (
          onDuty.map((s) => (
            <Text key={s.id}>
              {slotText(s)} {shiftPeople(s)} · {s.post}
            </Text>
          ))
        )}
        {summary.data && (
          <Text c={uncovered.length ? 'orange.9' : 'green.9'} fw={500}>
            {uncovered.length === 0
              ? `${monthTitle(month)} 근무일 모두 배치됨`
              : `${monthTitle(month)} 도우미 없는 근무일 ${uncovered.length}일${ahead.length ? ` (남은 날: ${ahead.slice(0, 6).map(monthDay).join(', ')}${ahead.length > 6 ? ' 외' : ''})` : ''}`}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

import { deskToday } from '../../shared/korean/deskClock';
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useChannel } from '../api/useChannel';
import { openInterpretationQuickEntry } from '../app/deskEntryRequests';

/** Today's interpretation support at a glance: what was served and who is booked to come. */
export function InterpretationDashboardCard() {
  const day = useChannel('interpretation.day', { date: deskToday() });
  const booked = (day.data?.requests ?? []).filter((r) => r.status === '예약');
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="interpretation-card-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5" id="interpretation-card-title">
            통역 지원 (오늘)
          </Title>
          <Anchor href="#/interpretation" size="sm">
            통역 지원으로
          </Anchor>
        </Group>
        {day.error ? (
          <Text c="red">{day.error.message}</Text>
        ) : (
          <Text size="xl" fw={700}>
            {day.data ? `${day.data.served.cases}건 · ${day.data.served.people}명` : '…'}
          </Text>
        )}
        {booked.length > 0 ? (
          <List size="sm" aria-label="오늘 예약">
            {booked.map((r) => (
              <List.Item key={r.id}>
                {r.time ?? '시간 미정'} {r.languageLabel} · {r.task} ({r.methodLabel})
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            오늘 예약된 통역이 없습니다.
          </Text>
        )}
        <Group>
          <Button size="xs" variant="light" onClick={openInterpretationQuickEntry}>
            통역 요청 기록 (F3)
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

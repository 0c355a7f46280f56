import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useChannel } from '../api/useChannel';

/** The dashboard's loans card: what is out, what is overdue, what is free, and the shortcut keys. */
export function LoansDashboardCard() {
  const { data } = useChannel('loans.board', {});
  return (
    <Paper withBorder p="md" aria-label="휠체어 대여 현황" component="section">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          휠체어 대여
        </Title>
        <Anchor href="#/loans" size="sm">
          대여 현황 보기
        </Anchor>
      </Group>
      {data ? (
        <>
          <Group gap="lg">
            <Text>
              대여 중 <strong>{data.open.length}대</strong>
            </Text>
            <Text c={data.overdueCount > 0 ? 'red.8' : undefined}>
              연체 <strong>{data.overdueCount}건</strong>
            </Text>
            <Text>
              대여 가능 <strong>{data.free.length}대</strong>
            </Text>
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            오늘 대여 {data.lentToday}건 · 반납 {data.returnedToday}건
            {data.overdueCount > 0 && (
              <Badge ml="xs" color="red" size="sm" component="a" href="#/loans">
                연락 필요
              </Badge>
            )}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            F2 대여 · F4 반납
          </Text>
        </>
      ) : (
        <Text c="dimmed">불러오는 중…</Text>
      )}
    </Paper>
  );
}

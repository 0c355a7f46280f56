import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { kindnessMonthLabel } from '../../shared/kindness/monthLabel';
import { useChannel } from '../api/useChannel';
import { deskMonth } from '../../shared/korean/deskClock';

/** This month's 친절 으뜸이 at a glance: nominations so far, and whether anyone is picked yet. */
export function KindnessDashboardCard() {
  const month = deskMonth();
  const { data } = useChannel('kindness.monthSummary', { month });
  if (!data) return null;
  const picked = data.picks.map((p) => `${p.name}(${p.departmentName})`).join(', ');

  return (
    <Paper withBorder p="md" aria-label="친절 으뜸이 현황" component="section">
      <Group justify="space-between" mb="xs">
        <Text fw={700}>친절 으뜸이 · {kindnessMonthLabel(month)}</Text>
        {data.confirmed ? <Badge color="green">확정</Badge> : <Badge color="yellow" variant="light">심사 중</Badge>}
      </Group>
      <Text>
        추천 {data.nominations}건 (대상 {data.nominees}명)
      </Text>
      <Text>{data.picks.length > 0 ? `선정: ${picked}` : data.confirmed ? '선정 없음' : '아직 선정 전'}</Text>
      {!data.previousMonth.confirmed && data.previousMonth.nominations > 0 && (
        <Text size="sm" c="orange.9" mt={4}>
          {kindnessMonthLabel(data.previousMonth.month)} 심사가 아직 확정되지 않았습니다(추천 {data.previousMonth.nominations}건).
        </Text>
      )}
      <Anchor href="#/kindness" size="sm">
        친절 으뜸이 열기
      </Anchor>
    </Paper>
  );
}

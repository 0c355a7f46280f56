import { Anchor, Group, Paper, Text } from '@mantine/core';
import { fullDate } from '../../shared/korean/reportFormat';
import { factDate } from '../../shared/pledge/factDates';
import { useChannel } from '../api/useChannel';

/** The dashboard's countdown to the next 국민행복민원실 round, from the latest selection. */
export function PledgeDashboardCard() {
  const next = useChannel('pledge.nextCertification', {});
  if (next.error) return null;
  const n = next.data;
  return (
    <Paper withBorder p="md" component="section" aria-label="국민행복민원실 재인증">
      <Group justify="space-between" mb="xs">
        <Text fw={700}>국민행복민원실 재인증</Text>
        <Anchor href="#/pledge" size="sm">
          공약 실적 열기
        </Anchor>
      </Group>
      {n === null && next.loading ? (
        <Text>…</Text>
      ) : n === null ? (
        <Text>
          기록된 인증이 없습니다. 공약 실적 › 재인증에서 입력하세요.
        </Text>
      ) : (
        <>
          <Text size="xl" fw={700} c={n.daysLeft <= 180 ? 'red' : undefined}>
            {n.daysLeft > 0 ? `다음 재인증까지 D-${n.daysLeft}` : n.daysLeft === 0 ? '오늘 인증 기간 만료' : `인증 만료 ${-n.daysLeft}일 지남`}
          </Text>
          <Text size="sm">
            {n.roundName} {factDate({ date: n.selectedOn, datePrecision: n.selectedOnPrecision })} 선정 · {fullDate(n.validUntil)}까지 유효
          </Text>
        </>
      )}
    </Paper>
  );
}

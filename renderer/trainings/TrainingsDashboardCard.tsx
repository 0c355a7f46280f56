import { deskToday } from '../../shared/korean/deskClock';
import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { monthDay } from '../../shared/korean/reportFormat';
import { useChannel } from '../api/useChannel';

/**
 * The dashboard's 교육·힐링 card: the year's 친절교육 line, a warning while the yearly 친절교육 (연 1회)
 * has not been held yet, and the year's healing programs.
 */
export function TrainingsDashboardCard() {
  const today = deskToday();
  const year = Number(today.slice(0, 4));
  const kindness = useChannel('trainings.yearLine', { year, kind: 'kindness', asOf: today });
  const trainings = useChannel('trainings.list', { year });
  const healing = useChannel('healing.yearLine', { year, asOf: today });
  const planned = (trainings.data ?? []).filter((t) => t.kind === 'kindness' && t.firstDate > today).sort((a, b) => a.firstDate.localeCompare(b.firstDate))[0];
  const noneYet = kindness.data?.figures.trainings === 0;

  return (
    <Paper withBorder p="md" role="region" aria-label="교육·힐링">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            교육·힐링
          </Title>
          <Anchor href="#/trainings" size="sm">
            교육·힐링 열기
          </Anchor>
        </Group>
        {noneYet ? (
          <Alert color="yellow" title={`${year}년 친절교육을 아직 실시하지 않았습니다`}>
            직원 친절교육은 연 1회 실시해야 합니다.{' '}
            {planned ? `예정: ${monthDay(planned.firstDate)} ${planned.title}` : '교육·힐링 메뉴에서 교육 일정을 등록하세요.'}
          </Alert>
        ) : (
          <Text>
            <Text span c="dimmed" size="sm">
              친절교육{' '}
            </Text>
            {kindness.data?.text ?? '…'}
          </Text>
        )}
        <Text>
          <Text span c="dimmed" size="sm">
            힐링프로그램{' '}
          </Text>
          {healing.data?.text ?? '…'}
        </Text>
      </Stack>
    </Paper>
  );
}

import { Paper, Stack, Text, Title } from '@mantine/core';
import { trainingKindLabels, trainingKinds, type TrainingKind } from '../../shared/contract/trainings';
import { useChannel } from '../api/useChannel';
import { asOfFor } from './today';

function KindLine({ year, kind }: { year: number; kind: TrainingKind }) {
  const line = useChannel('trainings.yearLine', { year, kind, asOf: asOfFor(year) });
  if (!line.data) return null;
  return (
    <Text>
      <Text span fw={700}>
        {trainingKindLabels[kind]}
      </Text>{' '}
      <Text span aria-label={`${trainingKindLabels[kind]} 실적 문구`}>
        {line.data.text}
      </Text>
    </Text>
  );
}

/** The pledge card's yearly lines, counted from the records exactly as the report will count them. */
export function TrainingYearLines({ year }: { year: number }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        실적 문구 (공약 보고서와 같은 방식으로 셉니다)
      </Title>
      <Stack gap={4}>
        {trainingKinds.map((k) => (
          <KindLine key={k} year={year} kind={k} />
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="xs">
        부서와 인원은 중복 없이 셉니다(두 회차에 온 사람은 1명). 부서별 인원수로 기록한 교육은 그 인원을 더합니다. 기간은 첫 회차부터 마지막 회차까지입니다.
      </Text>
    </Paper>
  );
}

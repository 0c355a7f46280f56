import { Group, Text } from '@mantine/core';
import { attendanceStatusLabels, attendanceStatuses, type StatusTotals } from '../../shared/contract/trainings';

/** `출석 3 · 지각 1 · 공가 1 · 결석 0 — 이수 4명` (이수 = 출석 + 지각). */
export function StatusTotalsLine({ totals }: { totals: StatusTotals }) {
  return (
    <Group gap="xs">
      <Text size="sm">{attendanceStatuses.map((s) => `${attendanceStatusLabels[s]} ${totals[s]}`).join(' · ')}</Text>
      <Text size="sm" fw={700}>
        — 이수 {totals.attended}명
      </Text>
    </Group>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { kindnessMonthLabel } from '../../shared/contract/kindness';
import { deskMonth } from '../../shared/korean/deskClock';
import { addMonths } from '../../shared/dateRange';

interface Props {
  month: string;
  onChange: (month: string) => void;
}

/** The month every tab works on: one step back or forward, or straight back to this month. */
export function MonthSwitcher({ month, onChange }: Props) {
  return (
    <Group gap="xs" className="no-print" role="group" aria-label="심사 월 선택">
      <Button variant="default" size="xs" onClick={() => onChange(addMonths(month, -1))} aria-label="이전 달">
        ◀ 이전 달
      </Button>
      <Text fw={700} size="lg" miw={110} ta="center" aria-live="polite" data-testid="kindness-month">
        {kindnessMonthLabel(month)}
      </Text>
      <Button variant="default" size="xs" onClick={() => onChange(addMonths(month, 1))} aria-label="다음 달">
        다음 달 ▶
      </Button>
      {month !== deskMonth() && (
        <Button variant="subtle" size="xs" onClick={() => onChange(deskMonth())}>
          이번 달로
        </Button>
      )}
    </Group>
  );
}

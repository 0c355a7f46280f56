import { Button, Group, Title } from '@mantine/core';

interface Props {
  title: string;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
  /** 달 or 주, for the buttons' names. */
  unit: string;
}

/** ‹ 이전 · 오늘 · 다음 › beside the period shown. */
export function PeriodNav({ title, onPrevious, onNext, onToday, unit }: Props) {
  return (
    <Group gap="xs">
      <Button variant="default" size="xs" onClick={onPrevious} aria-label={`이전 ${unit}`}>
        ‹
      </Button>
      <Title order={3} size="h4" miw={130} ta="center" aria-live="polite">
        {title}
      </Title>
      <Button variant="default" size="xs" onClick={onNext} aria-label={`다음 ${unit}`}>
        ›
      </Button>
      <Button variant="subtle" size="xs" onClick={onToday}>
        오늘
      </Button>
    </Group>
  );
}

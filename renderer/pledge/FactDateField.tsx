import { Checkbox, Group } from '@mantine/core';
import type { ComponentProps } from 'react';
import type { DatePrecision } from '../../shared/pledge/records';
import { DateField } from '../forms/DateField';

type Props = ComponentProps<typeof DateField> & {
  precision: DatePrecision;
  onPrecisionChange: (precision: DatePrecision) => void;
};

/**
 * The date of an award or a certification step, with "월까지만" for a fact whose day nobody wrote
 * down: any day of the month may be picked, and the card writes the month only (`2022.11월`).
 */
export function FactDateField({ precision, onPrecisionChange, ...date }: Props) {
  // `현판식 개최 월까지만`: named after its step, without repeating the date field's own name.
  const name = `${String(date.label ?? date['aria-label'] ?? '').replace(/\s*날짜$/, '')} 월까지만`.trim();
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <DateField {...date} />
      <Checkbox
        label="월까지만"
        aria-label={name}
        title="날짜를 모르고 달만 알 때: 카드에 2022.11월처럼 적힙니다"
        mt={date.label ? 33 : 8}
        checked={precision === 'month'}
        onChange={(event) => onPrecisionChange(event.currentTarget.checked ? 'month' : 'day')}
      />
    </Group>
  );
}

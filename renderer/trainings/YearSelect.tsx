import { deskToday } from '../../shared/korean/deskClock';
import { Select } from '@mantine/core';

interface Props {
  value: number;
  onChange: (year: number) => void;
}

/** Years the office may look back on: from 2018 (the holiday data's first year) to next year. */
export function YearSelect({ value, onChange }: Props) {
  const last = Number(deskToday().slice(0, 4)) + 1;
  const years = Array.from({ length: Math.max(last, value) - 2017 }, (_, i) => String(Math.max(last, value) - i));
  return <Select label="연도" w={120} data={years.map((y) => ({ value: y, label: `${y}년` }))} value={String(value)} onChange={(v) => v && onChange(Number(v))} allowDeselect={false} />;
}

import { Table, Text } from '@mantine/core';
import { earlierTotalLines, totalInRange, type EarlierTotalArea } from '../../shared/contract/imports';
import type { DateRange } from '../../shared/figures';
import type { LineSource, SourceArea } from '../../shared/pledge/section';
import { useChannel } from '../api/useChannel';
import { itemText, totalText } from './EarlierTotals';

/** The earlier totals each line of the card counts beside its records. */
const TOTALS_OF: Partial<Record<SourceArea, EarlierTotalArea[]>> = {
  loans: ['loans'],
  interpretation: ['interpretationForeign', 'interpretationSign'],
  guides: ['guides'],
  trainings: ['trainings'],
  healing: ['healing'],
  kindness: ['kindness'],
};

/**
 * In a line's records view: the 이전 집계 the line counted over the year shown, each with its source, so
 * every figure of the card is traceable to a record or to the report it came from.
 */
export function LineEarlierTotals({ source, range }: { source: LineSource; range: DateRange }) {
  const all = useChannel('earlierTotals.list', { area: null });
  const areas = TOTALS_OF[source.area] ?? [];
  const shown = (all.data ?? []).filter((t) => areas.includes(t.area) && (!source.kind || t.item === source.kind) && totalInRange(t, range));
  if (shown.length === 0) return null;
  return (
    <>
      <Text fw={600}>이전 집계 {shown.length}건</Text>
      <Table aria-label="이전 집계" striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>기간</Table.Th>
            <Table.Th>실적</Table.Th>
            <Table.Th>출처</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>
                {t.period} 이전 집계{areas.length > 1 ? ` (${earlierTotalLines[t.area].label}${itemText(t) ? ` · ${itemText(t)}` : ''})` : ''}
              </Table.Td>
              <Table.Td>{totalText(t)}</Table.Td>
              <Table.Td>{t.source}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

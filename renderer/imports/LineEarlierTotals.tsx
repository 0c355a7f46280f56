import { Table, Text } from '@mantine/core';
import { earlierTotalLines, lineTotalAreas, totalsOfLine } from '../../shared/contract/imports';
import type { DateRange } from '../../shared/figures';
import type { LineSource } from '../../shared/pledge/section';
import { useChannel } from '../api/useChannel';
import { itemText, totalText } from './EarlierTotals';

/**
 * In a line's records view: the 이전 집계 the line counted over the year shown, each with its source, so
 * every figure of the card is traceable to a record or to the report it came from.
 */
export function LineEarlierTotals({ source, range }: { source: LineSource; range: DateRange }) {
  const all = useChannel('earlierTotals.list', { area: null });
  const shown = totalsOfLine(all.data ?? [], source, range);
  // A line counting more than one area (외국어 and 수어 통역) says which each total is.
  const severalAreas = lineTotalAreas(source.area).length > 1;
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
                {t.period} 이전 집계{severalAreas ? ` (${earlierTotalLines[t.area].label}${itemText(t) ? ` · ${itemText(t)}` : ''})` : ''}
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

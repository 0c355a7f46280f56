import { Table } from '@mantine/core';
import type { CountLine } from '../../shared/contract/interpretation';

/** 건 and 명 per line, with the total underneath: the unit offices publish. */
export function CountTable({ label, heading, lines }: { label: string; heading: string; lines: CountLine[] }) {
  const total = lines.reduce((t, l) => ({ cases: t.cases + l.cases, people: t.people + l.people }), { cases: 0, people: 0 });
  return (
    <Table aria-label={label} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{heading}</Table.Th>
          <Table.Th ta="right">건</Table.Th>
          <Table.Th ta="right">명</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l) => (
          <Table.Tr key={l.key}>
            <Table.Td>{l.label}</Table.Td>
            <Table.Td ta="right">{l.cases.toLocaleString('ko-KR')}</Table.Td>
            <Table.Td ta="right">{l.people.toLocaleString('ko-KR')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>합계</Table.Th>
          <Table.Th ta="right">{total.cases.toLocaleString('ko-KR')}</Table.Th>
          <Table.Th ta="right">{total.people.toLocaleString('ko-KR')}</Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

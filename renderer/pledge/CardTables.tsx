import { Table } from '@mantine/core';
import type { BudgetTable, CommunicationTable } from '../../shared/pledge/section';

/** 사업비 현황 as the card prints it: 계 first, then each source. */
export function BudgetTableView({ table }: { table: BudgetTable }) {
  return (
    <Table aria-label="사업비 현황" withTableBorder withColumnBorders ta="center">
      <Table.Thead>
        <Table.Tr>
          {table.headers.map((h) => (
            <Table.Th key={h} ta="center">
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((r) => (
          <Table.Tr key={r.label} fw={r.label === '계' ? 700 : undefined}>
            <Table.Td>{r.label}</Table.Td>
            {r.cells.map((c, i) => (
              <Table.Td key={i}>{c}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 구민소통실적: the five columns and their counts, `-회` for none. */
export function CommunicationTableView({ table }: { table: CommunicationTable }) {
  return (
    <Table aria-label="구민소통실적" withTableBorder withColumnBorders ta="center">
      <Table.Thead>
        <Table.Tr>
          {table.headers.map((h) => (
            <Table.Th key={h} ta="center">
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          {table.cells.map((c, i) => (
            <Table.Td key={i}>{c}</Table.Td>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

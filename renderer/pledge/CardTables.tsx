import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { budgetHeaderRows } from '../../shared/pledge/budgetTable';
import type { BudgetTable, CommunicationTable } from '../../shared/pledge/section';

/** A table as the card prints it: bordered, centred, its headers in one row above the body. */
function CardTable({ label, headers, children }: { label: string; headers: string[]; children: ReactNode }) {
  return (
    <Table aria-label={label} withTableBorder withColumnBorders ta="center">
      <Table.Thead>
        <Table.Tr>
          {headers.map((h) => (
            <Table.Th key={h} ta="center">
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

/** 사업비 현황 as the card prints it: the two-level header (임기내 over 소계 and each year), 계 first, then each source. */
export function BudgetTableView({ table }: { table: BudgetTable }) {
  return (
    <Table aria-label="사업비 현황" withTableBorder withColumnBorders ta="center">
      <Table.Thead>
        {budgetHeaderRows(table.years).map((row, i) => (
          <Table.Tr key={i}>
            {row.map((h) => (
              <Table.Th key={h.text} ta="center" rowSpan={h.rowSpan} colSpan={h.colSpan}>
                {h.text}
              </Table.Th>
            ))}
          </Table.Tr>
        ))}
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
    <CardTable label="구민소통실적" headers={table.headers}>
      <Table.Tr>
        {table.cells.map((c, i) => (
          <Table.Td key={i}>{c}</Table.Td>
        ))}
      </Table.Tr>
    </CardTable>
  );
}

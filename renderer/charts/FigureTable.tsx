import { Table } from '@mantine/core';
import { figureCell, type Figure } from './figure';

/** The chart's numbers as a table: what a screen reader reads, and what a person selects and copies. */
export function FigureTable({ figure }: { figure: Figure }) {
  return (
    <Table aria-label={`${figure.title} 표`} withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{figure.categoryHeading}</Table.Th>
          {figure.series.map((s) => (
            <Table.Th key={s.key} scope="col" ta="right">
              {s.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {figure.rows.map((r) => (
          <Table.Tr key={r.category}>
            <Table.Th scope="row" fw={400}>
              {r.category}
            </Table.Th>
            {figure.series.map((s) => (
              <Table.Td key={s.key} ta="right">
                {figureCell(r.values[s.key] ?? null, figure.unit)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { Button, Group, Table } from '@mantine/core';
import { ledgerColumns, type LoanRow } from '../../shared/contract/loans';

export type Revealed = Record<number, { name: string | null; phone: string | null }>;

interface Props {
  rows: LoanRow[];
  label: string;
  /** Full names and phones shown on purpose (each logged), by loan id. */
  revealed?: Revealed;
  onReveal?: (loan: LoanRow) => void;
  /** Masks a row again once the desk is done with it (the view stays in the log). */
  onHide?: (loan: LoanRow) => void;
  onPrint?: (loan: LoanRow) => void;
}

const NAME = ledgerColumns.findIndex((c) => c.header === '대여자');
const PHONE = ledgerColumns.findIndex((c) => c.header === '연락처');

/** The ledger's table: the shared columns (as in the XLSX), masked unless a row was opened on purpose. */
export function LedgerTable({ rows, label, revealed = {}, onReveal, onHide, onPrint }: Props) {
  const withActions = Boolean(onReveal || onPrint);
  const cell = (row: LoanRow, index: number) => {
    const full = revealed[row.id];
    if (full && index === NAME) return full.name ?? '-';
    if (full && index === PHONE) return full.phone ?? '-';
    return ledgerColumns[index].value(row);
  };
  return (
    <Table aria-label={label} striped highlightOnHover fz="sm" withTableBorder>
      <Table.Thead>
        <Table.Tr>
          {ledgerColumns.map((c) => (
            <Table.Th key={c.header}>{c.header}</Table.Th>
          ))}
          {withActions && <Table.Th className="no-print">작업</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} c={row.state === 'overdue' ? 'red.9' : undefined}>
            {ledgerColumns.map((c, i) => (
              <Table.Td key={c.header}>{cell(row, i)}</Table.Td>
            ))}
            {withActions && (
              <Table.Td className="no-print">
                <Group gap={4} wrap="nowrap">
                  {onReveal && (row.borrowerName || row.borrowerPhone) && !revealed[row.id] && (
                    <Button size="compact-xs" variant="default" onClick={() => onReveal(row)} aria-label={`${row.id}번 대여자 전체 보기`}>
                      전체 보기
                    </Button>
                  )}
                  {onHide && revealed[row.id] && (
                    <Button size="compact-xs" variant="light" onClick={() => onHide(row)} aria-label={`${row.id}번 대여자 가리기`}>
                      가리기
                    </Button>
                  )}
                  {onPrint && (
                    <Button size="compact-xs" variant="subtle" onClick={() => onPrint(row)} aria-label={`${row.id}번 사용 동의서 인쇄`}>
                      동의서
                    </Button>
                  )}
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

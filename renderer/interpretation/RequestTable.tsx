import { Badge, Button, Group, Table, VisuallyHidden } from '@mantine/core';
import type { InterpretationRequest } from '../../shared/contract/interpretation';
import { REQUEST_COLUMNS } from '../../shared/interpretationColumns';
import { ImportedFrom, useRecordSources } from '../imports/ImportedFrom';

const STATE_COLORS: Record<string, string> = { '처리 완료': 'green', '다른 기관 안내': 'blue', 미처리: 'orange', 예약: 'grape', 취소: 'gray' };
const stateOf = (r: InterpretationRequest) => r.outcome ?? r.status;

interface Props {
  label: string;
  rows: InterpretationRequest[];
  /** The columns to show, by header; the list tab shows every export column. */
  columns?: string[];
  onEdit: (r: InterpretationRequest) => void;
  onClose?: (r: InterpretationRequest) => void;
  onCancel?: (r: InterpretationRequest) => void;
}

/** Requests in a table, with the state as a coloured badge and the actions a row allows. */
export function RequestTable({ label, rows, columns, onEdit, onClose, onCancel }: Props) {
  const shown = REQUEST_COLUMNS.filter((c) => (columns ? columns.includes(c.header) : true) && c.header !== '상태' && c.header !== '결과');
  // A request brought in from an old log says where it came from, under its state.
  const sources = useRecordSources('interpretation_request', rows.map((r) => r.id));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover aria-label={label} style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            {shown.map((c) => (
              <Table.Th key={c.header}>{c.header}</Table.Th>
            ))}
            <Table.Th>상태·결과</Table.Th>
            <Table.Th>
              <VisuallyHidden>작업</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              {shown.map((c) => (
                <Table.Td key={c.header}>{c.value(r)}</Table.Td>
              ))}
              <Table.Td>
                <Badge color={STATE_COLORS[stateOf(r)]} variant="light">
                  {stateOf(r)}
                </Badge>
                <ImportedFrom sources={sources.get(r.id)} />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {r.status === '예약' && onClose && (
                    <Button size="compact-xs" onClick={() => onClose(r)} aria-label={`${r.languageLabel} ${r.task} 완료 처리`}>
                      완료 처리
                    </Button>
                  )}
                  {r.status === '예약' && onCancel && (
                    <Button size="compact-xs" variant="light" color="gray" onClick={() => onCancel(r)} aria-label={`${r.languageLabel} ${r.task} 예약 취소`}>
                      예약 취소
                    </Button>
                  )}
                  <Button size="compact-xs" variant="subtle" onClick={() => onEdit(r)} aria-label={`${r.languageLabel} ${r.task} 수정`}>
                    수정
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

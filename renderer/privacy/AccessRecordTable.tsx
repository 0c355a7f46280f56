import { Badge, Group, Table, Text } from '@mantine/core';
import { accessActionLabels, accessFlagLabels, accessRecordLabel, accessScreenLabels, type AccessRecordRow } from '../../shared/contract/privacy';
import { deskStampLabel } from './accessMonths';

/** A month's access records: who, when, at which PC, what, whose record, how many rows and why; marked rows stand out. */
export function AccessRecordTable({ rows }: { rows: AccessRecordRow[] }) {
  return (
    <Table aria-label="접속기록" striped withTableBorder fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>일시</Table.Th>
          <Table.Th>직원</Table.Th>
          <Table.Th>PC</Table.Th>
          <Table.Th>유형</Table.Th>
          <Table.Th>화면</Table.Th>
          <Table.Th>기록</Table.Th>
          <Table.Th ta="right">건수</Table.Th>
          <Table.Th>사유·목적</Table.Th>
          <Table.Th>이상 징후</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id} bg={r.flags.length > 0 ? 'orange.0' : undefined} data-flagged={r.flags.length > 0 || undefined}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{deskStampLabel(r.accessedAt)}</Table.Td>
            <Table.Td>{r.staffName ?? '(로그인 전 기록)'}</Table.Td>
            <Table.Td>{r.desk ?? '-'}</Table.Td>
            <Table.Td>{accessActionLabels[r.action]}</Table.Td>
            <Table.Td>{accessScreenLabels[r.screen] ?? r.screen}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{accessRecordLabel(r.recordKind, r.recordId)}</Table.Td>
            <Table.Td ta="right">{r.rowCount === null ? '-' : r.rowCount.toLocaleString('ko-KR')}</Table.Td>
            <Table.Td>{r.reason || <Text span c="dimmed">-</Text>}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {r.flags.map((f) => (
                  <Badge key={f} color="orange" variant="light" size="sm">
                    {accessFlagLabels[f]}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

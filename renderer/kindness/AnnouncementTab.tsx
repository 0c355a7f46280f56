import { deskToday } from '../../shared/korean/deskClock';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { kindnessExceptionNote } from '../../shared/contract/kindness';
import { call } from '../api/client';
import { saveFile } from '../api/saveFile';
import { useChannel } from '../api/useChannel';
import { useAppState } from '../app/SessionContext';
import { fullDate } from '../../shared/korean/reportFormat';

/** 발표 명단: the confirmed month's picks for the internal approval document, on paper or as XLSX. */
export function AnnouncementTab({ month }: { month: string }) {
  const { settings } = useAppState();
  const { data, error } = useChannel('kindness.announcement', { month });
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!data) return null;
  const office = [settings?.officeName, settings?.departmentName, settings?.teamName].filter(Boolean).join(' ');

  const download = async () => {
    const result = await call('kindness.exportAnnouncement', { month });
    if (result.ok) saveFile(result.value);
    else notifications.show({ color: 'red', message: result.error.message });
  };

  return (
    <Stack>
      {!data.confirmed && (
        <Alert color="yellow" className="no-print">
          아직 확정되지 않은 달입니다. 아래는 지금까지의 선정이며, 월간 심사표에서 확정한 뒤 인쇄·내려받기를 할 수 있습니다.
        </Alert>
      )}
      <Group className="no-print">
        <Button onClick={() => window.print()} disabled={!data.confirmed}>
          인쇄
        </Button>
        <Button variant="default" onClick={() => void download()} disabled={!data.confirmed}>
          XLSX 내려받기
        </Button>
      </Group>
      <div className="print-only">
        <Text size="sm">{office}</Text>
      </div>
      <Title order={3}>{data.title}</Title>
      <Table withTableBorder withColumnBorders aria-label="발표 명단">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>선정 월</Table.Th>
            <Table.Th>부서</Table.Th>
            <Table.Th>직위</Table.Th>
            <Table.Th>성명</Table.Th>
            <Table.Th>선정 사유</Table.Th>
            <Table.Th>비고</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((r) => (
            <Table.Tr key={`${r.departmentName}-${r.name}`}>
              <Table.Td>{r.month}</Table.Td>
              <Table.Td>{r.departmentName}</Table.Td>
              <Table.Td>{r.position}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>{r.reason}</Table.Td>
              <Table.Td>{kindnessExceptionNote(r.exception)}</Table.Td>
            </Table.Tr>
          ))}
          {data.rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6} ta="center">
                {data.confirmed ? '선정 없음' : '아직 선정한 사람이 없습니다.'}
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <div className="print-only">
        <Text size="sm" ta="right">
          {fullDate(deskToday())}
        </Text>
      </div>
    </Stack>
  );
}

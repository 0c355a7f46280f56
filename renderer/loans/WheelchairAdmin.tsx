import { Alert, Badge, Button, Checkbox, Group, Menu, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { wheelchairKinds, wheelchairStatuses, type Wheelchair, type WheelchairStatus } from '../../shared/contract/loans';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { FormModal } from '../forms/FormModal';
import { WheelchairForm } from './WheelchairForm';

/** Korean particles differ by the last syllable, so each status has its own wording. */
const BECOMES = { available: '대여 가능으로', repair: '수리 중으로', retired: '폐기로' } as const;

const STATUS_COLOR: Record<WheelchairStatus, string> = { available: 'green', on_loan: 'blue', repair: 'orange', retired: 'gray' };

/** 휠체어 관리: the inventory, each wheelchair's status (set by hand except 대여 중) and its history. */
export function WheelchairAdmin() {
  const [includeRetired, setIncludeRetired] = useState(false);
  const list = useChannel('loans.wheelchairs', { includeRetired });
  const [editing, setEditing] = useState<Wheelchair | null>(null);
  const [historyOf, setHistoryOf] = useState<Wheelchair | null>(null);

  const setStatus = async (w: Wheelchair, status: 'available' | 'repair' | 'retired') => {
    const result = await call('loans.setWheelchairStatus', { wheelchairId: w.id, status, reason: '' });
    notifications.show(
      result.ok
        ? { color: 'green', message: `${w.assetNumber}: ${BECOMES[status]} 바꿨습니다.` }
        : { color: 'red', message: result.error.message },
    );
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          휠체어 등록
        </Title>
        <WheelchairForm editing={null} onSaved={() => notifications.show({ color: 'green', message: '휠체어를 등록했습니다.' })} />
      </Paper>
      <Checkbox label="폐기한 휠체어 포함" checked={includeRetired} onChange={(e) => setIncludeRetired(e.currentTarget.checked)} />
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      <Table aria-label="휠체어 목록" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>자산번호</Table.Th>
            <Table.Th>종류</Table.Th>
            <Table.Th>상태</Table.Th>
            <Table.Th>비고</Table.Th>
            <Table.Th>작업</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((w) => (
            <Table.Tr key={w.id}>
              <Table.Td fw={600}>{w.assetNumber}</Table.Td>
              <Table.Td>{wheelchairKinds[w.kind]}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[w.status]} variant="light">
                  {wheelchairStatuses[w.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{w.note}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="default" onClick={() => setEditing(w)} aria-label={`${w.assetNumber} 수정`}>
                    수정
                  </Button>
                  <Menu>
                    <Menu.Target>
                      <Button size="compact-xs" variant="default" disabled={w.status === 'on_loan'} aria-label={`${w.assetNumber} 상태 변경`}>
                        상태 변경
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {(['available', 'repair', 'retired'] as const)
                        .filter((s) => s !== w.status)
                        .map((s) => (
                          <Menu.Item key={s} onClick={() => void setStatus(w, s)}>
                            {wheelchairStatuses[s]}
                          </Menu.Item>
                        ))}
                    </Menu.Dropdown>
                  </Menu>
                  <Button size="compact-xs" variant="subtle" onClick={() => setHistoryOf(w)} aria-label={`${w.assetNumber} 이력`}>
                    이력
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.length === 0 && <Text c="dimmed">등록된 휠체어가 없습니다. 위에서 자산번호를 넣고 등록하세요.</Text>}
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title="휠체어 수정" size="lg">
        {editing && <WheelchairForm editing={editing} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />}
      </FormModal>
      <Modal opened={historyOf !== null} onClose={() => setHistoryOf(null)} title={`${historyOf?.assetNumber ?? ''} 상태 이력`} closeButtonProps={{ 'aria-label': '닫기' }} size="lg">
        {historyOf && <WheelchairHistory wheelchairId={historyOf.id} />}
      </Modal>
    </Stack>
  );
}

function WheelchairHistory({ wheelchairId }: { wheelchairId: number }) {
  const { data } = useChannel('loans.wheelchairHistory', { wheelchairId });
  return (
    <Table aria-label="상태 이력" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>일시</Table.Th>
          <Table.Th>변경</Table.Th>
          <Table.Th>사유</Table.Th>
          <Table.Th>직원</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(data ?? []).map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{new Date(h.changedAt).toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' })}</Table.Td>
            <Table.Td>
              {h.fromStatus ? `${wheelchairStatuses[h.fromStatus]} → ` : ''}
              {wheelchairStatuses[h.toStatus]}
            </Table.Td>
            <Table.Td>{h.reason}</Table.Td>
            <Table.Td>{h.staffName ?? '-'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { kindnessMonthLabel, type KindnessNomination } from '../../shared/contract/kindness';
import { monthDay } from '../../shared/korean/reportFormat';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { RowActions } from '../app/RowActions';
import { useAppState } from '../app/SessionContext';
import { FormModal } from '../forms/FormModal';
import { NominationForm } from './NominationForm';

/** 추천 접수: enter the month's nominations as they come in, and correct or remove them while the month is open. */
export function NominationTab({ month }: { month: string }) {
  const { session } = useAppState();
  const staff = useChannel('staff.list', { includeInactive: true });
  const nominations = useChannel('kindness.nominations', { month });
  const summary = useChannel('kindness.monthSummary', { month });
  const [editing, setEditing] = useState<KindnessNomination | null>(null);
  const locked = summary.data?.confirmed ?? false;

  const remove = async (n: KindnessNomination) => {
    if (!window.confirm(`${n.staffName} 님에 대한 추천(${n.sourceLabel})을 삭제할까요?`)) return;
    const result = await call('kindness.deleteNomination', { id: n.id });
    notifications.show(result.ok ? { color: 'green', message: '추천을 삭제했습니다.' } : { color: 'red', message: result.error.message });
  };

  return (
    <Stack>
      {locked ? (
        <Alert color="gray" title="확정된 달입니다">
          {kindnessMonthLabel(month)}은 확정되어 추천을 더하거나 고칠 수 없습니다. 고쳐야 하면 월간 심사표에서 사유를 적고 확정을 해제하세요.
        </Alert>
      ) : (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            추천 접수 – {kindnessMonthLabel(month)} 심사분
          </Title>
          <NominationForm
            key={`${month}-${session?.staffId ?? 0}`}
            month={month}
            staff={staff.data ?? []}
            currentStaffId={session?.staffId ?? null}
            editing={null}
            onSaved={(n) => notifications.show({ color: 'green', message: `${n.staffName} 님 추천을 등록했습니다.` })}
          />
        </Paper>
      )}
      {nominations.error && <Alert color="red">{nominations.error.message}</Alert>}
      <Table striped aria-label="이 달 추천 목록">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>접수일</Table.Th>
            <Table.Th>직원</Table.Th>
            <Table.Th>추천 경로</Table.Th>
            <Table.Th>추천 내용</Table.Th>
            <Table.Th>입력자</Table.Th>
            <Table.Th className="no-print" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(nominations.data ?? []).map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>{monthDay(n.receivedOn)}</Table.Td>
              <Table.Td>
                {n.staffName}
                <Text size="xs" c="dimmed">
                  {n.departmentName}
                </Text>
              </Table.Td>
              <Table.Td>{n.sourceLabel}</Table.Td>
              <Table.Td>{n.evidence}</Table.Td>
              <Table.Td>{n.enteredByName}</Table.Td>
              <Table.Td className="no-print">
                {!locked && (
                  <RowActions name={`${n.staffName} 추천`} onEdit={() => setEditing(n)} onDelete={() => void remove(n)} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {nominations.data?.length === 0 && <Text c="dimmed">{kindnessMonthLabel(month)} 심사분으로 접수된 추천이 없습니다.</Text>}
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title="추천 수정" size="lg">
        {editing && (
          <NominationForm
            month={editing.month}
            staff={staff.data ?? []}
            currentStaffId={session?.staffId ?? null}
            editing={editing}
            onCancel={() => setEditing(null)}
            onSaved={() => setEditing(null)}
          />
        )}
      </FormModal>
    </Stack>
  );
}

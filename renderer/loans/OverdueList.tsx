import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { loanTime, type OverdueLoan } from '../../shared/contract/loans';
import { monthDay } from '../../shared/korean/reportFormat';
import { useChannel } from '../api/useChannel';
import { ContractForm } from '../forms/ContractForm';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';
import { dateWithWeekday } from '../../shared/korean/deskClock';
import { openLoanQuickEntry } from '../app/deskEntryRequests';

/**
 * 연락 필요: loans past their due date, with the phone in full (on purpose: the desk has to call; logged once
 * per staff member, loan and day) and the calls already made, so nobody calls the same person twice in a morning.
 */
export function OverdueList() {
  const { data, error } = useChannel('loans.overdue', {});
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (!data) return null;
  return (
    <Stack>
      <Alert color="yellow" title="연락처가 모두 보입니다">
        반납 안내 전화를 위해 이 목록에서만 연락처를 가리지 않습니다. 누가 어느 대여의 연락처를 보았는지 직원마다 하루 한 번 기록됩니다.
      </Alert>
      {data.length === 0 ? (
        <Text c="dimmed">반납 예정일이 지난 대여가 없습니다.</Text>
      ) : (
        <Table aria-label="연체 목록" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>휠체어</Table.Th>
              <Table.Th>대여자</Table.Th>
              <Table.Th>연락처</Table.Th>
              <Table.Th>반납 예정일</Table.Th>
              <Table.Th>연체</Table.Th>
              <Table.Th>연락 기록</Table.Th>
              <Table.Th>연락함</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((loan) => (
              <OverdueRow key={loan.id} loan={loan} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function OverdueRow({ loan }: { loan: OverdueLoan }) {
  const form = useContractForm('loans.recordContact', { initialValues: { result: '' }, toInput: (v) => ({ loanId: loan.id, result: v.result }) });
  const last = loan.contacts[0];
  return (
    <Table.Tr>
      <Table.Td fw={600}>{loan.assetNumber}</Table.Td>
      <Table.Td>
        {loan.fullName ?? '-'}
        {loan.relation === 'guardian' && <Text span size="xs" c="dimmed"> (보호자)</Text>}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{loan.fullPhone ?? '-'}</Table.Td>
      <Table.Td>{dateWithWeekday(loan.dueDate)}</Table.Td>
      <Table.Td>
        <Badge color="red">{loan.daysOverdue}일</Badge>
      </Table.Td>
      <Table.Td>
        {last ? (
          <Text size="sm">
            {loanTime(last.contactedAt)} {last.staffName ?? ''} · {last.result}
            {loan.contacts.length > 1 && (
              <Text span size="xs" c="dimmed">
                {' '}
                (총 {loan.contacts.length}회, 처음 {monthDay(loan.contacts.at(-1)!.contactedAt.slice(0, 10))})
              </Text>
            )}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            아직 연락 안 함
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ContractForm
          form={form}
          onSaved={() => {
            form.startOver();
            notifications.show({ color: 'green', message: `${loan.assetNumber} 연락을 기록했습니다.` });
          }}
        >
          <Group gap={4} wrap="nowrap">
            <TextInput size="xs" aria-label={`${loan.assetNumber} 연락 결과`} placeholder="결과 (예: 통화, 내일 반납)" w={190} maxLength={200} {...form.getInputProps('result')} />
            <Button size="xs" type="submit" loading={form.saving} aria-label={`${loan.assetNumber} 연락함`}>
              연락함
            </Button>
            <Button size="xs" variant="default" onClick={() => openLoanQuickEntry({ mode: 'return', loanId: loan.id })} aria-label={`${loan.assetNumber} 반납`}>
              반납
            </Button>
          </Group>
          <FormError mt={4} />
        </ContractForm>
      </Table.Td>
    </Table.Tr>
  );
}

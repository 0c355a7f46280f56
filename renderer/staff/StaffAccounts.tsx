import { Badge, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ROLES, roleDuties, roleLabel, type Role } from '../../shared/roles';
import type { AccountEventKind, StaffMember } from '../../shared/contract/staff';
import { deskNow } from '../../shared/korean/deskClock';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';
import { PinInput } from '../session/PinInput';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: roleLabel[r] }));

/** A person's role: a 관리자 changes it in place (the core keeps at least one 관리자); others read it. */
export function RoleCell({ member, canChange }: { member: StaffMember; canChange: boolean }) {
  if (!canChange) return <Badge variant="light">{roleLabel[member.role]}</Badge>;
  const change = async (role: Role) => {
    const result = await call('staff.setRole', { staffId: member.id, role });
    if (!result.ok) notifications.show({ color: 'red', message: result.error.message });
    else notifications.show({ color: 'green', message: `${member.name} 님의 역할을 ${roleLabel[role]}(으)로 바꿨습니다.` });
  };
  return (
    <Select
      aria-label={`${member.name} 역할`}
      size="xs"
      w={110}
      data={ROLE_OPTIONS}
      value={member.role}
      allowDeselect={false}
      onChange={(value) => value && value !== member.role && void change(value as Role)}
    />
  );
}

/**
 * A temporary PIN for a new person or one who forgot theirs: the person replaces it with their own
 * at the next sign-in, and the reset is kept in the account log.
 */
export function SetPinForm({ member, onDone }: { member: StaffMember; onDone: () => void }) {
  const form = useContractForm('staff.setPin', { initialValues: { pin: '' }, toInput: (v) => ({ staffId: member.id, pin: v.pin }) });
  return (
    <ContractForm
      form={form}
      aria-label="임시 PIN 정하기"
      onSaved={() => {
        notifications.show({ color: 'green', message: `${member.name} 님의 임시 PIN을 정했습니다. 다음 로그인 때 본인의 PIN으로 바꿉니다.` });
        onDone();
      }}
    >
      <Stack>
        <Text size="sm">
          {member.name} ({member.departmentName}) 님에게 알려 줄 임시 PIN입니다. {member.hasPin ? '지금 PIN은 더 쓸 수 없고, ' : ''}본인이 다음 로그인 때 새 PIN으로 바꿉니다. 이 일은 계정 기록에 남습니다.
        </Text>
        <PinInput label="임시 PIN" description="숫자 4~8자리" data-autofocus {...form.getInputProps('pin')} />
        <FormFooter onCancel={onDone} submitLabel="임시 PIN 정하기" />
      </Stack>
    </ContractForm>
  );
}

/** What each role may do, as the core checks it. */
export function RoleLegend() {
  return (
    <Stack gap={4}>
      {ROLES.map((r) => (
        <Text key={r} size="sm">
          <Badge variant="light" mr={6}>
            {roleLabel[r]}
          </Badge>
          {roleDuties[r]}
        </Text>
      ))}
    </Stack>
  );
}

/** The account log keeps UTC; the desk reads its own clock. */
const deskTime = (iso: string) => {
  const t = deskNow(new Date(iso));
  return `${t.date} ${t.time}`;
};

const eventLabels: Record<AccountEventKind, string> = {
  first_admin: '첫 관리자 등록',
  signed_in: '로그인',
  sign_in_failed: 'PIN 틀림',
  signed_out: '로그아웃',
  pin_reset: '임시 PIN 설정',
  pin_changed: 'PIN 변경',
  role_changed: '역할 변경',
};

/** The account log (관리자): sign-ins, wrong PINs, PIN resets and role changes, newest first. */
export function AccountLog() {
  const events = useChannel('staff.accountEvents', {});
  if (events.error) return <Text c="red">{events.error.message}</Text>;
  const rows = (events.data ?? []).slice(0, 30);
  if (rows.length === 0) return <Text c="dimmed">기록이 없습니다.</Text>;
  return (
    <Table aria-label="계정 기록" fz="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>때</Table.Th>
          <Table.Th>누구</Table.Th>
          <Table.Th>무엇</Table.Th>
          <Table.Th>한 사람·PC</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{deskTime(e.at)}</Table.Td>
            <Table.Td>{e.staffName ?? '—'}</Table.Td>
            <Table.Td>
              {eventLabels[e.kind]}
              {e.detail ? ` (${e.detail})` : ''}
            </Table.Td>
            <Table.Td>{[e.byName ?? '본인', e.desk].join(' · ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

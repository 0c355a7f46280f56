import { Alert, Badge, Button, Checkbox, Grid, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { StaffMember } from '../../shared/contract/staff';
import { matchesKoreanQuery } from '../../shared/korean/search';
import { useChannel } from '../api/useChannel';
import { FormModal } from '../forms/FormModal';
import { DepartmentForm } from './DepartmentForm';
import { DepartmentList } from './DepartmentList';
import { StaffForm } from './StaffForm';
import { useAppState, useHasRole } from '../app/SessionContext';
import { AccountLog, RoleCell, RoleLegend, SetPinForm } from './StaffAccounts';
import { StaffImport } from './StaffImport';

export function StaffPage() {
  const [includeInactive, setIncludeInactive] = useState(false);
  const [query, setQuery] = useState('');
  const staff = useChannel('staff.list', { includeInactive });
  const departments = useChannel('departments.list', { includeInactive: false });
  const allDepartments = useChannel('departments.list', { includeInactive: true });
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [settingPin, setSettingPin] = useState<StaffMember | null>(null);
  // The staff list and its roles are the 관리자's; the others read it (the core refuses their changes anyway).
  const isAdmin = useHasRole('admin');
  // One's own PIN is changed in the header (PIN 바꾸기), which asks for the present one.
  const { session } = useAppState();

  const shown = (staff.data ?? []).filter((s) => matchesKoreanQuery(`${s.name} ${s.departmentName} ${s.position}`, query));

  return (
    <Stack>
      <Title order={2}>직원·부서</Title>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <Group>
              <TextInput aria-label="직원 검색" placeholder="이름·부서 검색 (초성 가능: ㅎㄱㄷ)" value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={300} />
              <Checkbox label="퇴직·휴직자 포함" checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
              {isAdmin && <Button onClick={() => setEditing('new')}>직원 추가</Button>}
            </Group>
            {staff.error && <Alert color="red">{staff.error.message}</Alert>}
            <Table striped highlightOnHover aria-label="직원 목록">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>이름</Table.Th>
                  <Table.Th>부서</Table.Th>
                  <Table.Th>직위</Table.Th>
                  <Table.Th>역할</Table.Th>
                  <Table.Th>PIN</Table.Th>
                  <Table.Th>상태</Table.Th>
                  <Table.Th>최종 수정</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{s.name}</Table.Td>
                    <Table.Td>{s.departmentName}</Table.Td>
                    <Table.Td>{s.position}</Table.Td>
                    <Table.Td>
                      <RoleCell member={s} canChange={isAdmin} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Text size="sm" c={s.hasPin ? undefined : 'dimmed'}>
                          {s.hasPin ? '있음' : '없음'}
                        </Text>
                        {isAdmin && s.active && s.id !== session?.staffId && (
                          <Button size="compact-xs" variant="light" onClick={() => setSettingPin(s)} aria-label={`${s.name} 임시 PIN 정하기`}>
                            임시 PIN
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{s.active ? <Badge color="green">재직</Badge> : <Badge color="gray">비활성</Badge>}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {s.updatedByName ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {isAdmin && (
                        <Button size="xs" variant="subtle" onClick={() => setEditing(s)} aria-label={`${s.name} 수정`}>
                          수정
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {staff.data && shown.length === 0 && <Text c="dimmed">{staff.data.length === 0 ? '등록된 직원이 없습니다. 직원을 추가하거나 파일에서 가져오세요.' : '검색 결과가 없습니다.'}</Text>}
            {isAdmin && (
              <Paper withBorder p="md">
                <Title order={3} size="h5" mb="sm">
                  계정 기록 (로그인, PIN, 역할)
                </Title>
                <AccountLog />
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            <Paper withBorder p="md">
              <Title order={3} size="h5" mb="sm">
                부서 (사용 중 {departments.data?.length ?? 0}개)
              </Title>
              {isAdmin && <DepartmentForm />}
              <DepartmentList departments={allDepartments.data ?? []} canEdit={isAdmin} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h5" mb="sm">
                역할
              </Title>
              <RoleLegend />
            </Paper>
            {isAdmin && (
              <Paper withBorder p="md">
                <Title order={3} size="h5" mb="sm">
                  직원 명단 가져오기
                </Title>
                <StaffImport />
              </Paper>
            )}

          </Stack>
        </Grid.Col>
      </Grid>
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? '직원 추가' : '직원 수정'}>
        {editing !== null && (
          <StaffForm
            departments={departments.data ?? []}
            editing={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onSaved={() => setEditing(null)}
          />
        )}
      </FormModal>
      <FormModal opened={settingPin !== null} onClose={() => setSettingPin(null)} title="임시 PIN 정하기">
        {settingPin && <SetPinForm member={settingPin} onDone={() => setSettingPin(null)} />}
      </FormModal>
    </Stack>
  );
}

import { Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Interpreter } from '../../shared/contract/interpretation';
import { useChannel } from '../api/useChannel';
import { FormModal } from '../forms/FormModal';
import { InterpreterForm } from './InterpreterForm';

/** The roster of 외국어 특약관: who speaks what, how well, and when they can come down to the desk. */
export function InterpreterRosterTab() {
  const [includeInactive, setIncludeInactive] = useState(false);
  const roster = useChannel('interpretation.interpreters.list', { includeInactive });
  const [editing, setEditing] = useState<Interpreter | 'new' | null>(null);

  return (
    <Stack>
      <Group>
        <Button onClick={() => setEditing('new')}>특약관 추가</Button>
        <Checkbox label="명단에서 뺀 사람 포함" checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
      </Group>
      {roster.data?.length === 0 ? (
        <Text c="dimmed">등록된 외국어 특약관이 없습니다. 외국어가 가능한 직원을 추가하면 통역 요청 화면에서 언어별로 추천합니다.</Text>
      ) : (
        <Table striped aria-label="외국어 특약관 명단">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>이름</Table.Th>
              <Table.Th>부서</Table.Th>
              <Table.Th>언어(수준)</Table.Th>
              <Table.Th>가능 시간·연락</Table.Th>
              <Table.Th>상태</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(roster.data ?? []).map((i) => (
              <Table.Tr key={i.staffId}>
                <Table.Td>{i.name}</Table.Td>
                <Table.Td>{i.departmentName}</Table.Td>
                <Table.Td>{i.languages.map((l) => `${l.label}(${l.level})`).join(', ')}</Table.Td>
                <Table.Td>{i.availability}</Table.Td>
                <Table.Td>
                  {i.active && i.staffActive ? <Badge color="green">활동</Badge> : <Badge color="gray">{i.staffActive ? '명단 제외' : '퇴직·휴직'}</Badge>}
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(i)} aria-label={`${i.name} 수정`}>
                    수정
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? '특약관 추가' : '특약관 수정'}>
        {editing !== null && <InterpreterForm editing={editing === 'new' ? null : editing} onCancel={() => setEditing(null)} onSaved={() => setEditing(null)} />}
      </FormModal>
    </Stack>
  );
}

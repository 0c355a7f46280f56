import { Alert, Badge, Button, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { InterpretationMethod } from '../../shared/contract/interpretation';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';
import { useChannel } from '../api/useChannel';
import { SubmitForm } from '../app/SubmitForm';

/** One way of service: rename in place, switch off, or delete while nothing uses it. */
function MethodRow({ method }: { method: InterpretationMethod }) {
  const [name, setName] = useState(method.name);
  const [error, setError] = useState<AppError | null>(null);
  const save = async (changes: Partial<InterpretationMethod>) => {
    const result = await call('interpretation.methods.save', { id: method.id, name, active: method.active, ...changes });
    setError(result.ok ? null : result.error);
    if (result.ok) notifications.show({ color: 'green', message: `'${result.value.name}'을(를) 저장했습니다.` });
  };
  const remove = async () => {
    const result = await call('interpretation.methods.delete', { id: method.id });
    if (!result.ok) setError(result.error);
  };
  return (
    <Table.Tr>
      <Table.Td>
        <SubmitForm onSubmit={() => save({})}>
          <Group gap="xs" wrap="nowrap">
            <TextInput aria-label={`${method.name} 이름`} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor(error, 'name') ?? (error && !error.field ? error.message : undefined)} w={340} />
            {name !== method.name && <Button type="submit" size="xs">이름 저장</Button>}
          </Group>
        </SubmitForm>
        {error?.field === 'active' && <Text size="xs" c="red">{error.message}</Text>}
      </Table.Td>
      <Table.Td>{method.useCount > 0 ? `${method.useCount.toLocaleString('ko-KR')}건` : <Badge color="gray" variant="light">안 씀</Badge>}</Table.Td>
      <Table.Td>
        <Switch aria-label={`${method.name} 사용`} label={method.active ? '사용' : '사용 안 함'} checked={method.active} onChange={(e) => void save({ active: e.currentTarget.checked, name: method.name })} />
      </Table.Td>
      <Table.Td>
        {method.useCount === 0 && (
          <Button size="compact-xs" variant="subtle" color="red" onClick={remove} aria-label={`${method.name} 삭제`}>
            삭제
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The editable list of ways a request is served; a way once used is switched off, never deleted. */
export function MethodSettings() {
  const methods = useChannel('interpretation.methods.list', { includeInactive: true });
  const [name, setName] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const add = async () => {
    const result = await call('interpretation.methods.save', { name });
    setError(result.ok ? null : result.error);
    if (result.ok) setName('');
  };
  return (
    <Stack maw={900}>
      <Text size="sm" c="dimmed">
        통역 요청을 기록할 때 고르는 지원 방법입니다. 기록에 쓰인 방법은 지울 수 없고 &lsquo;사용 안 함&rsquo;으로 바꾸면 새 기록에서만 빠집니다.
      </Text>
      <SubmitForm onSubmit={add}>
        <Group align="flex-start">
          <TextInput aria-label="새 지원 방법" placeholder="예: 화상통역 태블릿" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor(error, 'name')} w={340} />
          <Button type="submit">지원 방법 추가</Button>
        </Group>
      </SubmitForm>
      {methods.error && <Alert color="red">{methods.error.message}</Alert>}
      <Table aria-label="지원 방법 목록">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>이름</Table.Th>
            <Table.Th>쓰인 기록</Table.Th>
            <Table.Th>사용</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(methods.data ?? []).map((m) => (
            <MethodRow key={`${m.id}-${m.name}-${m.active}`} method={m} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

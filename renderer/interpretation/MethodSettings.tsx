import { Alert, Badge, Button, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { InterpretationMethod } from '../../shared/contract/interpretation';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { ContractForm } from '../forms/ContractForm';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';

const refused = (message: string) => notifications.show({ color: 'red', message });

/** One way of service: rename in place, switch off, or delete while nothing uses it. */
function MethodRow({ method }: { method: InterpretationMethod }) {
  const form = useContractForm('interpretation.methods.save', {
    initialValues: { name: method.name },
    toInput: (v) => ({ id: method.id, name: v.name, active: method.active }),
  });
  const switchOver = async (active: boolean) => {
    const result = await call('interpretation.methods.save', { id: method.id, name: method.name, active });
    if (!result.ok) refused(result.error.message);
  };
  const remove = async () => {
    const result = await call('interpretation.methods.delete', { id: method.id });
    if (!result.ok) refused(result.error.message);
  };
  return (
    <Table.Tr>
      <Table.Td>
        <ContractForm form={form} onSaved={(saved) => notifications.show({ color: 'green', message: `'${saved.name}'을(를) 저장했습니다.` })}>
          <Group gap="xs" wrap="nowrap">
            <TextInput aria-label={`${method.name} 이름`} w={340} {...form.getInputProps('name')} />
            {form.values.name !== method.name && (
              <Button type="submit" size="xs">
                이름 저장
              </Button>
            )}
          </Group>
          <FormError mt="xs" />
        </ContractForm>
      </Table.Td>
      <Table.Td>{method.useCount > 0 ? `${method.useCount.toLocaleString('ko-KR')}건` : <Badge color="gray" variant="light">안 씀</Badge>}</Table.Td>
      <Table.Td>
        <Switch aria-label={`${method.name} 사용`} label={method.active ? '사용' : '사용 안 함'} checked={method.active} onChange={(e) => void switchOver(e.currentTarget.checked)} />
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

/** A new way of service: type its name, Enter; the box is empty again for the next one. */
function NewMethod() {
  const form = useContractForm('interpretation.methods.save', { initialValues: { name: '' }, toInput: (v) => v });
  return (
    <ContractForm form={form} onSaved={() => form.startOver()}>
      <Group align="flex-start">
        <TextInput aria-label="새 지원 방법" placeholder="예: 화상통역 태블릿" w={340} {...form.getInputProps('name')} />
        <Button type="submit">지원 방법 추가</Button>
      </Group>
      <FormError mt="xs" />
    </ContractForm>
  );
}

/** The editable list of ways a request is served; a way once used is switched off, never deleted. */
export function MethodSettings() {
  const methods = useChannel('interpretation.methods.list', { includeInactive: true });
  return (
    <Stack maw={900}>
      <Text size="sm" c="dimmed">
        통역 요청을 기록할 때 고르는 지원 방법입니다. 기록에 쓰인 방법은 지울 수 없고 &lsquo;사용 안 함&rsquo;으로 바꾸면 새 기록에서만 빠집니다.
      </Text>
      <NewMethod />
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

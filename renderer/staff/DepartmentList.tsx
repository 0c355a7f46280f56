import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Department } from '../../shared/contract/staff';
import { call } from '../api/client';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';

/** A department's new name, typed in its row; Enter saves it. */
function Rename({ department, onDone }: { department: Department; onDone: () => void }) {
  const form = useContractForm('departments.save', {
    initialValues: { name: department.name },
    toInput: (v) => ({ id: department.id, name: v.name, active: department.active }),
  });
  return (
    <ContractForm form={form} onSaved={onDone}>
      <TextInput size="xs" aria-label={`${department.name} 새 이름`} autoFocus {...form.getInputProps('name')} error={form.errors.name ?? form.formError} />
    </ContractForm>
  );
}

/**
 * Departments as the office renames and retires them. A department is never deleted: past
 * trainings and picks still name it; one no longer in use just leaves the pickers.
 */
export function DepartmentList({ departments, canEdit }: { departments: Department[]; canEdit: boolean }) {
  const [renaming, setRenaming] = useState<number | null>(null);

  const switchOver = async (d: Department) => {
    const result = await call('departments.save', { id: d.id, name: d.name, active: !d.active });
    if (!result.ok) notifications.show({ color: 'red', message: result.error.message });
  };

  if (departments.length === 0) return <Text size="sm">등록된 부서가 없습니다.</Text>;
  return (
    <Table aria-label="부서 목록" verticalSpacing={4}>
      <Table.Tbody>
        {departments.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>
              {renaming === d.id ? (
                <Rename department={d} onDone={() => setRenaming(null)} />
              ) : (
                <Text size="sm" c={d.active ? undefined : 'dimmed'}>
                  {d.name} ({d.staffCount}명) {!d.active && <Badge color="gray">사용 안 함</Badge>}
                </Text>
              )}
            </Table.Td>
            {canEdit && (
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {renaming === d.id ? (
                    <Button size="compact-xs" variant="subtle" onClick={() => setRenaming(null)}>
                      취소
                    </Button>
                  ) : (
                    <Button size="compact-xs" variant="subtle" aria-label={`${d.name} 이름 바꾸기`} onClick={() => setRenaming(d.id)}>
                      이름 바꾸기
                    </Button>
                  )}
                  <Button size="compact-xs" variant="subtle" aria-label={`${d.name} ${d.active ? '사용 안 함' : '다시 사용'}`} onClick={() => void switchOver(d)}>
                    {d.active ? '사용 안 함' : '다시 사용'}
                  </Button>
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

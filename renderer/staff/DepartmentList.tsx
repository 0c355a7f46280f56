import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Department } from '../../shared/contract/staff';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { SubmitForm } from '../app/SubmitForm';

/**
 * Departments as the office renames and retires them. A department is never deleted: past
 * trainings and picks still name it; one no longer in use just leaves the pickers.
 */
export function DepartmentList({ departments }: { departments: Department[] }) {
  const [renaming, setRenaming] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const save = async (d: Department, changes: Partial<Pick<Department, 'name' | 'active'>>) => {
    const result = await call('departments.save', { id: d.id, name: changes.name ?? d.name, active: changes.active ?? d.active });
    if (!result.ok) return setError(result.error);
    setError(null);
    setRenaming(null);
  };

  if (departments.length === 0) return <Text size="sm">등록된 부서가 없습니다.</Text>;
  return (
    <Table aria-label="부서 목록" verticalSpacing={4}>
      <Table.Tbody>
        {departments.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>
              {renaming === d.id ? (
                <SubmitForm onSubmit={() => save(d, { name })}>
                  <TextInput size="xs" aria-label={`${d.name} 새 이름`} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error?.message} autoFocus />
                </SubmitForm>
              ) : (
                <Text size="sm" c={d.active ? undefined : 'dimmed'}>
                  {d.name} ({d.staffCount}명) {!d.active && <Badge color="gray">사용 안 함</Badge>}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                {renaming === d.id ? (
                  <Button size="compact-xs" variant="subtle" onClick={() => setRenaming(null)}>
                    취소
                  </Button>
                ) : (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={`${d.name} 이름 바꾸기`}
                    onClick={() => {
                      setRenaming(d.id);
                      setName(d.name);
                      setError(null);
                    }}
                  >
                    이름 바꾸기
                  </Button>
                )}
                <Button size="compact-xs" variant="subtle" aria-label={`${d.name} ${d.active ? '사용 안 함' : '다시 사용'}`} onClick={() => void save(d, { active: !d.active })}>
                  {d.active ? '사용 안 함' : '다시 사용'}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

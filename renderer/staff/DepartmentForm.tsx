import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { SubmitForm } from '../app/SubmitForm';

/** One line: type a department's name, press Enter. */
export function DepartmentForm() {
  const [name, setName] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const save = async () => {
    const result = await call('departments.save', { name, active: true });
    if (!result.ok) return setError(result.error);
    setError(null);
    setName('');
  };
  return (
    <SubmitForm onSubmit={save}>
      <Group align="flex-start">
        <TextInput aria-label="새 부서명" placeholder="새 부서명" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error?.message} />
        <Button type="submit" variant="light">
          부서 추가
        </Button>
      </Group>
    </SubmitForm>
  );
}

import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';

/** One line: type a department's name, press Enter. */
export function DepartmentForm({ onSaved }: { onSaved: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await call('departments.save', { name, active: true });
        if (!result.ok) return setError(result.error);
        setError(null);
        setName('');
        onSaved();
      }}
    >
      <Group align="flex-start">
        <TextInput aria-label="새 부서명" placeholder="새 부서명" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error?.message} />
        <Button type="submit" variant="light">
          부서 추가
        </Button>
      </Group>
    </form>
  );
}

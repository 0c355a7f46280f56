import { Checkbox, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Department, StaffMember } from '../../shared/contract/staff';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { SubmitForm } from '../app/SubmitForm';

interface Props {
  departments: Department[];
  editing: StaffMember | null;
  onSaved: (member: StaffMember) => void;
  onCancel: () => void;
}

export function StaffForm({ departments, editing, onSaved, onCancel }: Props) {
  const [name, setName] = useState(editing?.name ?? '');
  const [departmentId, setDepartmentId] = useState<string | null>(editing ? String(editing.departmentId) : null);
  const [position, setPosition] = useState(editing?.position ?? '');
  const [active, setActive] = useState(editing?.active ?? true);
  const [error, setError] = useState<AppError | null>(null);

  const save = async () => {
    const result = await call('staff.save', {
      id: editing?.id,
      name,
      // 0 is never a department: the schema answers "부서를 선택하세요" beside the field.
      departmentId: departmentId ? Number(departmentId) : 0,
      position,
      active,
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved(result.value);
  };

  return (
    <SubmitForm onSubmit={save}>
      <Stack>
        <TextInput label="이름" required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor(error, 'name')} />
        <Select
          label="부서"
          required
          searchable
          data={departments.map((d) => ({ value: String(d.id), label: d.name }))}
          value={departmentId}
          onChange={setDepartmentId}
          error={errorFor(error, 'departmentId')}
          nothingFoundMessage="부서가 없습니다. 먼저 부서를 추가하세요."
        />
        <TextInput label="직위" placeholder="예: 주무관" value={position} onChange={(e) => setPosition(e.currentTarget.value)} error={errorFor(error, 'position')} />
        <Checkbox label="재직 중" checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <FormFooter error={formError(error, ['name', 'departmentId', 'position'])} onCancel={onCancel} />
      </Stack>
    </SubmitForm>
  );
}

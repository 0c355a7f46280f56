import { Checkbox, Select, Stack, TextInput } from '@mantine/core';
import type { Department, StaffMember } from '../../shared/contract/staff';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';

interface Props {
  departments: Department[];
  editing: StaffMember | null;
  onSaved: (member: StaffMember) => void;
  onCancel: () => void;
}

export function StaffForm({ departments, editing, onSaved, onCancel }: Props) {
  const form = useContractForm('staff.save', {
    initialValues: {
      name: editing?.name ?? '',
      departmentId: editing ? String(editing.departmentId) : null,
      position: editing?.position ?? '',
      active: editing?.active ?? true,
    },
    // 0 is never a department: the contract answers "부서를 선택하세요" beside the field.
    toInput: (v) => ({ ...v, id: editing?.id, departmentId: Number(v.departmentId) || 0 }),
  });

  return (
    <ContractForm form={form} onSaved={(member) => onSaved(member)}>
      <Stack>
        <TextInput label="이름" required data-autofocus {...form.getInputProps('name')} />
        <Select
          label="부서"
          required
          searchable
          data={departments.map((d) => ({ value: String(d.id), label: d.name }))}
          nothingFoundMessage="부서가 없습니다. 먼저 부서를 추가하세요."
          {...form.getInputProps('departmentId')}
        />
        <TextInput label="직위" placeholder="예: 주무관" {...form.getInputProps('position')} />
        <Checkbox label="재직 중" {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormFooter onCancel={onCancel} />
      </Stack>
    </ContractForm>
  );
}

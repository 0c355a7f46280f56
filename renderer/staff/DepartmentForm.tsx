import { Button, Group, TextInput } from '@mantine/core';
import { ContractForm } from '../forms/ContractForm';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';

/** One line: type a department's name, press Enter; the box is empty again for the next one. */
export function DepartmentForm() {
  const form = useContractForm('departments.save', { initialValues: { name: '' }, toInput: (v) => ({ name: v.name, active: true }) });
  return (
    <ContractForm form={form} aria-label="부서 추가" onSaved={() => form.startOver()}>
      <Group align="flex-start">
        <TextInput aria-label="새 부서명" placeholder="새 부서명" {...form.getInputProps('name')} />
        <Button type="submit" variant="light">
          부서 추가
        </Button>
      </Group>
      <FormError mt="xs" />
    </ContractForm>
  );
}

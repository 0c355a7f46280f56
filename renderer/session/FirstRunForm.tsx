import { Group, Stack, TextInput } from '@mantine/core';
import type { Output } from '../../shared/contract';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';
import { PinInput } from './PinInput';

/**
 * The office's first run: the first person gives their department, name and a PIN typed twice, and
 * becomes the 관리자 (who then gives the others their roles and temporary PINs).
 */
export function FirstRunForm({ onSignedIn }: { onSignedIn: (session: Output<'session.current'>) => void }) {
  const form = useContractForm('session.firstRun', {
    initialValues: { departmentName: '', name: '', position: '', pin: '', pinAgain: '' },
    toInput: (v) => v,
    asksBeforeDiscard: false,
  });
  return (
    <ContractForm form={form} aria-label="관리자 등록" onSaved={onSignedIn}>
      <Stack>
        <TextInput label="부서" placeholder="예: 민원회계과" data-autofocus {...form.getInputProps('departmentName')} />
        <Group grow align="flex-start">
          <TextInput label="이름" {...form.getInputProps('name')} />
          <TextInput label="직위" placeholder="예: 주무관" {...form.getInputProps('position')} />
        </Group>
        <Group grow align="flex-start">
          <PinInput label="PIN" description="숫자 4~8자리" {...form.getInputProps('pin')} />
          <PinInput label="PIN 확인" description="같은 PIN을 한 번 더" {...form.getInputProps('pinAgain')} />
        </Group>
        <FormFooter submitLabel="관리자로 등록하고 시작" />
      </Stack>
    </ContractForm>
  );
}

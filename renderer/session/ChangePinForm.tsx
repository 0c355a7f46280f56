import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';
import { PinInput } from './PinInput';

/** The person's own PIN, changed: the present one, then the new one twice. */
export function ChangePinForm({ onDone }: { onDone: () => void }) {
  const form = useContractForm('session.changePin', {
    initialValues: { pin: '', newPin: '', newPinAgain: '' },
    toInput: (v) => v,
    asksBeforeDiscard: false,
  });
  return (
    <ContractForm
      form={form}
      aria-label="PIN 바꾸기"
      onSaved={() => {
        notifications.show({ color: 'green', message: 'PIN을 바꿨습니다. 다음 로그인부터 새 PIN을 씁니다.' });
        onDone();
      }}
    >
      <Stack>
        <PinInput label="지금 PIN" data-autofocus {...form.getInputProps('pin')} />
        <PinInput label="새 PIN" description="숫자 4~8자리" {...form.getInputProps('newPin')} />
        <PinInput label="새 PIN 확인" {...form.getInputProps('newPinAgain')} />
        <FormFooter onCancel={onDone} submitLabel="PIN 바꾸기" />
      </Stack>
    </ContractForm>
  );
}

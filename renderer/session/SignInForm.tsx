import { Select, Stack, Text } from '@mantine/core';
import type { Output } from '../../shared/contract';
import { call } from '../api/client';
import { FormFooter } from '../app/FormFooter';
import { useChannel } from '../api/useChannel';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';
import { PinInput } from './PinInput';

type Session = Output<'session.current'>;

interface Values {
  staffId: string | null;
  pin: string;
  /** The PIN was a temporary one set by a 관리자: the person sets their own now. */
  mustChange: boolean;
  newPin: string;
  newPinAgain: string;
}

interface Props {
  /** The name chosen at first (who last signed in at this PC). */
  preselect: number | null;
  onSignedIn: (session: Session) => void;
  submitLabel?: string;
  onCancel?: () => void;
  /** Inside the lock's layer: the name list opens in place, above the page. */
  inLayer?: boolean;
}

/**
 * Signing in, or switching user at a shared PC: the name from the list and that person's PIN. A wrong
 * PIN, and the wait after many wrong ones, are answered beside the PIN in Korean. A PIN a 관리자 set
 * is taken once, together with the person's own new PIN typed twice.
 */
export function SignInForm({ preselect, onSignedIn, submitLabel = '로그인', onCancel, inLayer = false }: Props) {
  const people = useChannel('session.people', {});
  const listed = (people.data ?? []).some((p) => p.id === preselect);
  const form = useContractForm('session.signIn', {
    initialValues: { staffId: preselect === null ? null : String(preselect), pin: '', mustChange: false, newPin: '', newPinAgain: '' } as Values,
    // 0 is never a person: the contract answers "이름을 선택하세요" beside the name.
    toInput: (v) => ({
      staffId: Number(v.staffId) || 0,
      pin: v.pin,
      ...(v.mustChange ? { newPin: v.newPin, newPinAgain: v.newPinAgain } : {}),
    }),
    asksBeforeDiscard: false,
  });

  const send = async (input: Parameters<typeof call<'session.signIn'>>[1]) => {
    const result = await call('session.signIn', input);
    // The core asks for the person's own PIN: the two boxes appear, the message above the button.
    if (!result.ok && result.error.field === 'newPin' && input.newPin === undefined) form.setFieldValue('mustChange', true);
    return result;
  };

  return (
    <ContractForm form={form} aria-label="로그인" send={send} onSaved={onSignedIn}>
      <Stack>
        <Select
          label="이름"
          placeholder="이름을 고르세요"
          searchable
          allowDeselect={false}
          nothingFoundMessage="PIN이 있는 직원이 없습니다. 관리자에게 문의하세요."
          data={(people.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name} (${p.departmentName})` }))}
          comboboxProps={inLayer ? { withinPortal: false } : undefined}
          data-autofocus={preselect === null || !listed || undefined}
          {...form.getInputProps('staffId')}
          onChange={(value) => {
            form.setValues({ staffId: value, pin: '', mustChange: false, newPin: '', newPinAgain: '' });
            form.clearErrors();
          }}
        />
        <PinInput label="PIN" description="숫자 4~8자리" data-autofocus={(preselect !== null && listed) || undefined} {...form.getInputProps('pin')} />
        {form.values.mustChange && (
          <>
            <Text size="sm">관리자가 정한 임시 PIN입니다. 앞으로 쓸 나의 PIN을 정해 두 번 입력하세요.</Text>
            <PinInput label="새 PIN" description="숫자 4~8자리, 임시 PIN과 달라야 합니다" {...form.getInputProps('newPin')} />
            <PinInput label="새 PIN 확인" {...form.getInputProps('newPinAgain')} />
          </>
        )}
        <FormFooter onCancel={onCancel} submitLabel={submitLabel} />
      </Stack>
    </ContractForm>
  );
}

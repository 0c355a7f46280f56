import { Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Input, Output } from '../../shared/contract';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { FormModal } from '../forms/FormModal';
import { useContractForm } from '../forms/useContractForm';

/** The channels that take personal data off the screen (a print, a file) with a reason. */
export type ReasonChannel = 'loans.exportLedger' | 'loans.printLedger' | 'loans.printHandover';

interface Props<K extends ReasonChannel> {
  channel: K;
  title: string;
  /** What leaves the screen: which ledger, whose form. */
  what: ReactNode;
  submitLabel: string;
  toInput: (reason: string) => Input<K>;
  onDone: (value: Output<K>) => void;
  onClose: () => void;
}

/**
 * Asks why personal data is printed or downloaded (안전성 확보조치 기준 제8조: a download's reason is
 * checked) before the channel is called; the reason goes with the call and is kept in the 접속기록 with
 * the row count. The reason is checked by the channel's own contract, so an empty one is marked here.
 */
export function ReasonDialog<K extends ReasonChannel>(props: Props<K>) {
  return (
    <FormModal opened onClose={props.onClose} title={props.title}>
      <ReasonForm {...props} />
    </FormModal>
  );
}

function ReasonForm<K extends ReasonChannel>({ channel, title, what, submitLabel, toInput, onDone, onClose }: Props<K>) {
  const form = useContractForm(channel, { initialValues: { reason: '' }, toInput: (v) => toInput(v.reason) });
  return (
    <ContractForm form={form} aria-label={title} onSaved={(value) => onDone(value)}>
      <Stack gap="sm">
        <Text size="sm">{what}</Text>
        <Text size="sm" c="dimmed">
          대여자의 개인정보가 화면 밖으로 나갑니다. 누가, 언제, 왜, 몇 건을 내보냈는지 접속기록에 남고 관리자가 매월 점검합니다.
        </Text>
        <TextInput label="사유" placeholder="예: 반기 실적 보고, 동의서 분실로 다시 출력" data-autofocus maxLength={200} {...form.getInputProps('reason')} />
        <FormFooter onCancel={onClose} submitLabel={submitLabel} />
      </Stack>
    </ContractForm>
  );
}

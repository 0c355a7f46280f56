import { Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { helperKindLabel, HELPER_KINDS, type GuideHelper, type HelperKind } from '../../shared/contract/guides';
import { deskToday } from '../../shared/korean/deskClock';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { DateField } from '../forms/DateField';
import { useContractForm } from '../forms/useContractForm';

interface Props {
  editing: GuideHelper | null;
  onSaved: (helper: GuideHelper) => void;
  onCancel: () => void;
}

const numberOrNull = (v: number | '') => (v === '' ? null : v);

export function HelperForm({ editing, onSaved, onCancel }: Props) {
  const form = useContractForm('guides.saveHelper', {
    initialValues: {
      name: editing?.name ?? '',
      contact: editing?.contact ?? '',
      kind: (editing?.kind ?? 'seniorJob') as HelperKind,
      activeFrom: editing?.activeFrom ?? deskToday(),
      activeTo: editing?.activeTo ?? '',
      // A senior-job helper works 3 hours a day, 10 days a month: the usual quota for a new one.
      quotaHoursPerDay: (editing ? (editing.quotaHoursPerDay ?? '') : 3) as number | '',
      quotaDaysPerMonth: (editing ? (editing.quotaDaysPerMonth ?? '') : 10) as number | '',
      note: editing?.note ?? '',
    },
    toInput: (v) => ({
      ...v,
      id: editing?.id,
      activeTo: v.activeTo || null,
      quotaHoursPerDay: numberOrNull(v.quotaHoursPerDay),
      quotaDaysPerMonth: numberOrNull(v.quotaDaysPerMonth),
    }),
  });

  return (
    <ContractForm form={form} onSaved={(helper) => onSaved(helper)}>
      <Stack>
        <TextInput label="이름" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="연락처" placeholder="010-1234-5678" {...form.getInputProps('contact')} />
        <Select label="구분" required allowDeselect={false} data={HELPER_KINDS.map((k) => ({ value: k, label: helperKindLabel[k] }))} {...form.getInputProps('kind')} />
        <Group grow align="flex-start">
          <DateField label="활동 시작일" required {...form.getInputProps('activeFrom')} />
          <DateField label="활동 종료일" description="비우면 계속 활동" clearable {...form.getInputProps('activeTo')} />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label="하루 기준 시간"
            description="예: 노인일자리 3시간"
            step={0.5}
            decimalScale={1}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('quotaHoursPerDay')}
          />
          <CountInput label="월 기준 일수" description="비우면 기준 없음" {...form.countProps('quotaDaysPerMonth')} />
        </Group>
        <TextInput label="메모" {...form.getInputProps('note')} />
        <FormFooter onCancel={onCancel} />
      </Stack>
    </ContractForm>
  );
}

import { Group, Select, Stack, TextInput } from '@mantine/core';
import { wheelchairKinds, type Wheelchair, type WheelchairKind } from '../../shared/contract/loans';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { useContractForm } from '../forms/useContractForm';

const KINDS = Object.entries(wheelchairKinds).map(([value, label]) => ({ value, label }));

/**
 * Registers a wheelchair or corrects its asset number, kind or note. After one is registered the
 * form starts again from 수동 and empty fields: the next wheelchair is not the last one's kind.
 */
export function WheelchairForm({ editing, onSaved, onCancel }: { editing: Wheelchair | null; onSaved: () => void; onCancel?: () => void }) {
  const form = useContractForm('loans.saveWheelchair', {
    initialValues: { assetNumber: editing?.assetNumber ?? '', kind: (editing?.kind ?? 'manual') as WheelchairKind, note: editing?.note ?? '' },
    toInput: (v) => ({ ...v, id: editing?.id }),
  });

  return (
    <ContractForm
      form={form}
      aria-label={editing ? '휠체어 수정' : '휠체어 등록'}
      onSaved={() => {
        if (!editing) form.startOver();
        onSaved();
      }}
    >
      <Stack gap="xs">
        <Group align="flex-start" grow>
          <TextInput label="자산번호" placeholder="예: W-01" data-autofocus {...form.getInputProps('assetNumber')} />
          <Select label="종류" data={KINDS} allowDeselect={false} {...form.getInputProps('kind')} />
          <TextInput label="비고" placeholder="예: 접이식, 2023년 구입" {...form.getInputProps('note')} />
        </Group>
        <FormFooter onCancel={onCancel} submitLabel={editing ? '저장' : '휠체어 등록'} />
      </Stack>
    </ContractForm>
  );
}

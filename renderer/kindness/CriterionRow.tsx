import { Button, Checkbox, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { KindnessCriterion } from '../../shared/contract/kindness';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { useContractForm } from '../forms/useContractForm';

interface Values {
  name: string;
  weight: number | '';
  sortOrder: number | '';
  active: boolean;
}

/** One editable criterion line; Enter in any of its fields saves it (a table row cannot hold a <form>). */
function CriterionEditor({ id, initial, isNew }: { id?: number; initial: Values; isNew: boolean }) {
  const form = useContractForm('kindness.saveCriterion', {
    initialValues: initial,
    toInput: (v) => ({
      ...(id ? { id } : {}),
      ...v,
      weight: v.weight === '' ? Number.NaN : v.weight,
      sortOrder: v.sortOrder === '' ? Number.NaN : v.sortOrder,
    }),
  });
  const who = isNew ? '새 심사 항목' : initial.name;
  const onSaved = (saved: KindnessCriterion) => {
    if (isNew) form.startOver();
    notifications.show({ color: 'green', message: `심사 항목 '${saved.name}'을(를) 저장했습니다.` });
  };

  return (
    <ContractForm form={form} asTableRow onSaved={onSaved}>
      <Table.Td>
        {/* A refusal about the row as a whole has no other place in a table row than under its name. */}
        <TextInput aria-label={`${who} 항목명`} placeholder={isNew ? '새 항목 이름' : undefined} maxLength={30} {...form.getInputProps('name')} error={form.errors.name ?? form.formError} />
      </Table.Td>
      <Table.Td>
        <CountInput aria-label={`${who} 가중치`} w={80} {...form.countProps('weight')} />
      </Table.Td>
      <Table.Td>
        <CountInput aria-label={`${who} 순서`} w={80} {...form.countProps('sortOrder')} />
      </Table.Td>
      <Table.Td>
        <Checkbox aria-label={`${who} 사용`} {...form.getInputProps('active', { type: 'checkbox' })} />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant={isNew ? 'filled' : 'light'} loading={form.saving} onClick={() => form.save({ onSaved })()} aria-label={isNew ? undefined : `${initial.name} 저장`}>
          {isNew ? '항목 추가' : '저장'}
        </Button>
      </Table.Td>
    </ContractForm>
  );
}

export const CriterionRow = ({ criterion: { id, name, weight, sortOrder, active } }: { criterion: KindnessCriterion }) => (
  <CriterionEditor id={id} initial={{ name, weight, sortOrder, active }} isNew={false} />
);

export const NewCriterion = ({ sortOrder }: { sortOrder: number }) => <CriterionEditor initial={{ name: '', weight: 1, sortOrder, active: true }} isNew />;

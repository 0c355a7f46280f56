import { Button, Checkbox, NumberInput, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type KeyboardEvent } from 'react';
import type { KindnessCriterion } from '../../shared/contract/kindness';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor } from '../api/fieldErrors';

const asNumber = (v: string | number) => (typeof v === 'number' ? v : Number.NaN);

interface Draft {
  id?: number;
  name: string;
  weight: number;
  sortOrder: number;
  active: boolean;
}

/** One editable criterion line; Enter in any of its fields saves it (a table row cannot hold a form). */
function CriterionEditor({ initial, isNew }: { initial: Draft; isNew: boolean }) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const who = isNew ? '새 심사 항목' : initial.name;

  const save = async () => {
    const result = await call('kindness.saveCriterion', draft);
    if (!result.ok) {
      setError(result.error);
      if (!result.error.field) notifications.show({ color: 'red', message: result.error.message });
      return;
    }
    setError(null);
    if (isNew) setDraft(initial);
    notifications.show({ color: 'green', message: `심사 항목 '${result.value.name}'을(를) 저장했습니다.` });
  };
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    }
  };

  return (
    <Table.Tr>
      <Table.Td>
        <TextInput aria-label={`${who} 항목명`} placeholder={isNew ? '새 항목 이름' : undefined} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} onKeyDown={onEnter} error={errorFor(error, 'name')} maxLength={30} />
      </Table.Td>
      <Table.Td>
        <NumberInput aria-label={`${who} 가중치`} w={80} min={0} max={10} allowDecimal={false} value={draft.weight} onChange={(v) => setDraft({ ...draft, weight: asNumber(v) })} onKeyDown={onEnter} error={errorFor(error, 'weight')} />
      </Table.Td>
      <Table.Td>
        <NumberInput aria-label={`${who} 순서`} w={80} min={0} max={999} allowDecimal={false} value={draft.sortOrder} onChange={(v) => setDraft({ ...draft, sortOrder: asNumber(v) })} onKeyDown={onEnter} error={errorFor(error, 'sortOrder')} />
      </Table.Td>
      <Table.Td>
        <Checkbox aria-label={`${who} 사용`} checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.currentTarget.checked })} />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant={isNew ? 'filled' : 'light'} onClick={() => void save()} aria-label={isNew ? undefined : `${initial.name} 저장`}>
          {isNew ? '항목 추가' : '저장'}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

export const CriterionRow = ({ criterion }: { criterion: KindnessCriterion }) => <CriterionEditor initial={criterion} isNew={false} />;

export const NewCriterion = ({ sortOrder }: { sortOrder: number }) => (
  <CriterionEditor initial={{ name: '', weight: 1, sortOrder, active: true }} isNew />
);

import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { wheelchairKinds, type Wheelchair, type WheelchairKind } from '../../shared/contract/loans';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { SubmitForm } from '../app/SubmitForm';

const KINDS = Object.entries(wheelchairKinds).map(([value, label]) => ({ value, label }));

/** Registers a wheelchair or corrects its asset number, kind or note. */
export function WheelchairForm({ editing, onSaved, onCancel }: { editing: Wheelchair | null; onSaved: () => void; onCancel?: () => void }) {
  const [assetNumber, setAssetNumber] = useState(editing?.assetNumber ?? '');
  const [kind, setKind] = useState<WheelchairKind>(editing?.kind ?? 'manual');
  const [note, setNote] = useState(editing?.note ?? '');
  const [error, setError] = useState<AppError | null>(null);

  const save = async () => {
    const result = await call('loans.saveWheelchair', { id: editing?.id, assetNumber, kind, note });
    if (!result.ok) return setError(result.error);
    setError(null);
    if (!editing) {
      setAssetNumber('');
      setNote('');
    }
    onSaved();
  };

  return (
    <SubmitForm onSubmit={save} aria-label={editing ? '휠체어 수정' : '휠체어 등록'}>
      <Stack gap="xs">
        <Group align="flex-start" grow>
          <TextInput label="자산번호" placeholder="예: W-01" value={assetNumber} onChange={(e) => setAssetNumber(e.currentTarget.value)} error={errorFor(error, 'assetNumber')} data-autofocus />
          <Select label="종류" data={KINDS} value={kind} onChange={(v) => setKind((v ?? 'manual') as WheelchairKind)} allowDeselect={false} error={errorFor(error, 'kind')} />
          <TextInput label="비고" placeholder="예: 접이식, 2023년 구입" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errorFor(error, 'note')} />
        </Group>
        <FormFooter error={formError(error, ['assetNumber', 'kind', 'note'])} onCancel={onCancel} submitLabel={editing ? '저장' : '휠체어 등록'} />
      </Stack>
    </SubmitForm>
  );
}

import { Button, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ChannelName } from '../../shared/contract';
import { ContractForm } from '../forms/ContractForm';
import { FormError } from '../forms/FormError';
import { mayDiscardForm } from '../forms/unsavedChanges';
import type { ContractFormApi, SaveHandlers } from '../forms/useContractForm';

/**
 * The one-line form above a list of the card's records (awards, communication activities): blank to
 * add a record, filled from a row (`form.startOver(row)`, its id among the values) to correct that one.
 */
export function RecordFormPanel<K extends ChannelName, V extends object>({ form, onSaved, children }: { form: ContractFormApi<K, V>; children: ReactNode } & SaveHandlers<K, V>) {
  return (
    <Paper withBorder p="md">
      <ContractForm form={form} onSaved={onSaved}>
        {children}
        <FormError mt="sm" />
      </ContractForm>
    </Paper>
  );
}

interface ButtonsProps {
  /** A row is being corrected. */
  editing: boolean;
  /** Back to adding a new record; asks first when the correction was not saved. */
  onCancel: () => void;
  isUnsaved: () => boolean;
  /** Down by a label's height, where the buttons stand beside labelled fields. */
  mt?: number;
}

/** 추가; or 수정 저장 and 취소 while a row of the list is being corrected. */
export function RecordFormButtons({ editing, onCancel, isUnsaved, mt }: ButtonsProps) {
  return (
    <>
      <Button type="submit" mt={mt}>
        {editing ? '수정 저장' : '추가'}
      </Button>
      {editing && (
        <Button variant="default" mt={mt} onClick={async () => (await mayDiscardForm(isUnsaved)) && onCancel()}>
          취소
        </Button>
      )}
    </>
  );
}

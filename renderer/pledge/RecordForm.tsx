import { Alert, Button, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { SubmitForm } from '../app/SubmitForm';

/** The form above a list of the card's records (see useRecordForm); an error no field shows goes under it. */
export function RecordFormPanel({ onSubmit, error, children }: { onSubmit: () => unknown; error: string | null; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <SubmitForm onSubmit={onSubmit}>
        {children}
        {error && (
          <Alert color="red" mt="sm">
            {error}
          </Alert>
        )}
      </SubmitForm>
    </Paper>
  );
}

interface ButtonsProps {
  /** A row is being corrected. */
  editing: boolean;
  onCancel: () => void;
  /** Down by a label's height, where the buttons stand beside labelled fields. */
  mt?: number;
}

/** 추가; or 수정 저장 and 취소 while a row of the list is being corrected. */
export function RecordFormButtons({ editing, onCancel, mt }: ButtonsProps) {
  return (
    <>
      <Button type="submit" mt={mt}>
        {editing ? '수정 저장' : '추가'}
      </Button>
      {editing && (
        <Button variant="default" mt={mt} onClick={onCancel}>
          취소
        </Button>
      )}
    </>
  );
}

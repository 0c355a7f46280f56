import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { KindnessBoardEntry } from '../../shared/contract/kindness';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { SubmitForm } from '../app/SubmitForm';
import { ReasonInput } from './ReasonInput';

interface Props {
  month: string;
  entry: KindnessBoardEntry | null;
  onClose: () => void;
}

/** Picking one nominee, with the short reason the announcement list will carry. */
export function PickDialog({ month, entry, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };

  const save = async () => {
    if (!entry) return;
    const result = await call('kindness.pick', { month, staffId: entry.staffId, reason });
    if (!result.ok) return setError(result.error);
    close();
  };

  return (
    <Modal opened={entry !== null} onClose={close} title={entry ? `${entry.name} 선정` : '선정'} closeButtonProps={{ 'aria-label': '닫기' }}>
      {entry && (
        <SubmitForm onSubmit={save}>
          <Stack>
            <Text size="sm">
              {entry.departmentName} {entry.position} {entry.name} · 점수 {entry.score}점 · 추천 {entry.nominations.length}건
            </Text>
            <ReasonInput label="선정 사유" description="발표 명단에 그대로 실립니다(200자 이내)." value={reason} onChange={setReason} error={errorFor(error, 'reason')} />
            <FormFooter error={formError(error, ['reason'])} onCancel={close} submitLabel="선정" />
          </Stack>
        </SubmitForm>
      )}
    </Modal>
  );
}

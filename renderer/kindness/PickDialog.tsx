import { Alert, Checkbox, List, Modal, Stack, Text } from '@mantine/core';
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

/**
 * Picking one nominee, with the short reason the announcement list will carry. The rules only
 * advise: a flagged nominee is shown with the flags, and picking them takes the team lead's explicit
 * "규칙 예외로 선정" (the main refuses otherwise, and the message lands beside the checkbox).
 */
export function PickDialog({ month, entry, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [exception, setException] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const flagged = (entry?.flags.length ?? 0) > 0;

  const close = () => {
    setReason('');
    setException(false);
    setError(null);
    onClose();
  };

  const save = async () => {
    if (!entry) return;
    const result = await call('kindness.pick', { month, staffId: entry.staffId, reason, exception: flagged && exception });
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
            {flagged && (
              <Alert color="orange" title="선정 기준에 맞지 않습니다" aria-label="기준 검토 결과">
                <List size="sm">
                  {entry.flags.map((f) => (
                    <List.Item key={f.kind}>{f.text}</List.Item>
                  ))}
                </List>
                <Text size="sm" mt="xs">
                  그래도 선정하려면 아래 &lsquo;규칙 예외로 선정&rsquo;에 표시하고, 선정 사유에 예외로 선정하는 이유를 적으세요. 이력과 발표 명단에 예외로 남습니다.
                </Text>
              </Alert>
            )}
            <ReasonInput
              label="선정 사유"
              description={flagged ? '발표 명단에 그대로 실립니다. 예외로 선정하는 이유도 함께 적으세요(200자 이내).' : '발표 명단에 그대로 실립니다(200자 이내).'}
              value={reason}
              onChange={setReason}
              error={errorFor(error, 'reason')}
            />
            {flagged && (
              <Checkbox
                label="규칙 예외로 선정"
                checked={exception}
                onChange={(e) => setException(e.currentTarget.checked)}
                error={errorFor(error, 'exception')}
                aria-invalid={errorFor(error, 'exception') ? true : undefined}
              />
            )}
            <FormFooter error={formError(error, ['reason', 'exception'])} onCancel={close} submitLabel={flagged ? '예외로 선정' : '선정'} />
          </Stack>
        </SubmitForm>
      )}
    </Modal>
  );
}

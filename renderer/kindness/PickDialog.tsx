import { Alert, Checkbox, List, Stack, Text } from '@mantine/core';
import type { KindnessBoardEntry } from '../../shared/contract/kindness';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { FormModal } from '../forms/FormModal';
import { useContractForm } from '../forms/useContractForm';
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
  return (
    <FormModal opened={entry !== null} onClose={onClose} title={entry ? `${entry.name} 선정` : '선정'}>
      {entry && <PickForm key={entry.staffId} month={month} entry={entry} onClose={onClose} />}
    </FormModal>
  );
}

function PickForm({ month, entry, onClose }: { month: string; entry: KindnessBoardEntry; onClose: () => void }) {
  const flagged = entry.flags.length > 0;
  const form = useContractForm('kindness.pick', {
    initialValues: { reason: '', exception: false },
    toInput: (v) => ({ month, staffId: entry.staffId, reason: v.reason, exception: flagged && v.exception }),
  });
  const exceptionError = form.errors.exception;
  return (
    <ContractForm form={form} onSaved={onClose}>
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
          {...form.getInputProps('reason')}
        />
        {flagged && (
          <Checkbox label="규칙 예외로 선정" aria-invalid={exceptionError ? true : undefined} {...form.getInputProps('exception', { type: 'checkbox' })} />
        )}
        <FormFooter onCancel={onClose} submitLabel={flagged ? '예외로 선정' : '선정'} />
      </Stack>
    </ContractForm>
  );
}

import { Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { kindnessMonthLabel, type KindnessBoard } from '../../shared/contract/kindness';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { FormModal } from '../forms/FormModal';
import { useContractForm } from '../forms/useContractForm';
import { localDateTime } from './kindnessDates';
import { ReasonInput } from './ReasonInput';

/** Confirming locks the month; unlocking needs a reason, and every unlock stays listed here. */
export function MonthLockPanel({ board }: { board: KindnessBoard }) {
  const { month, state } = board;
  const picked = board.entries.filter((e) => e.pick);
  const [dialog, setDialog] = useState<'confirm' | 'unlock' | null>(null);
  const label = kindnessMonthLabel(month);
  const close = () => setDialog(null);

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        {state.confirmed ? (
          <Group justify="space-between">
            <Text>
              <b>{label} 확정됨</b> ({state.confirmedByName ?? '—'}, {state.confirmedAt ? localDateTime(state.confirmedAt) : ''}) —{' '}
              {picked.length > 0 ? `선정 ${picked.length}명: ${picked.map((p) => p.name).join(', ')}` : '선정 없음'}
            </Text>
            <Button variant="default" onClick={() => setDialog('unlock')} className="no-print">
              확정 해제
            </Button>
          </Group>
        ) : (
          <Group justify="space-between">
            <Text>
              <b>{label} 미확정</b> — {picked.length > 0 ? `선정 ${picked.length}명: ${picked.map((p) => p.name).join(', ')}` : '아직 선정한 사람이 없습니다.'}
            </Text>
            <Button color="green" onClick={() => setDialog('confirm')} className="no-print">
              {label} 확정
            </Button>
          </Group>
        )}
        {state.unlocks.length > 0 && (
          <List size="xs" c="dimmed" aria-label="확정 해제 기록">
            {state.unlocks.map((u) => (
              <List.Item key={u.unlockedAt}>
                확정 해제 {localDateTime(u.unlockedAt)} {u.unlockedByName}: {u.reason}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <FormModal opened={dialog !== null} onClose={close} title={dialog === 'confirm' ? `${label} 확정` : `${label} 확정 해제`}>
        {dialog === 'confirm' && <ConfirmMonth board={board} onDone={close} />}
        {dialog === 'unlock' && <UnlockMonth month={month} onDone={close} />}
      </FormModal>
    </Paper>
  );
}

/** Confirming: nothing to type, only the picks to read once more. */
function ConfirmMonth({ board, onDone }: { board: KindnessBoard; onDone: () => void }) {
  const picked = board.entries.filter((e) => e.pick);
  const form = useContractForm('kindness.confirmMonth', { initialValues: {}, toInput: () => ({ month: board.month }) });
  return (
    <ContractForm form={form} onSaved={onDone}>
      <Stack>
        <Text>
          {picked.length > 0
            ? `${picked.map((p) => `${p.departmentName} ${p.name}`).join(', ')} (${picked.length}명)으로 확정합니다.`
            : '선정 없이 확정합니다. 이력에 "선정 없음"으로 남습니다.'}{' '}
          확정하면 이 달의 추천·평점·선정을 고칠 수 없습니다.
        </Text>
        <FormFooter onCancel={onDone} submitLabel="확정" submitProps={{ color: 'green', 'data-autofocus': true }} />
      </Stack>
    </ContractForm>
  );
}

/** Unlocking takes a reason, kept on record with who and when. */
function UnlockMonth({ month, onDone }: { month: string; onDone: () => void }) {
  const form = useContractForm('kindness.unlockMonth', { initialValues: { reason: '' }, toInput: (v) => ({ month, reason: v.reason }) });
  return (
    <ContractForm form={form} onSaved={onDone}>
      <Stack>
        <ReasonInput label="확정 해제 사유" description="누가, 언제, 왜 해제했는지 기록에 남습니다." {...form.getInputProps('reason')} />
        <FormFooter onCancel={onDone} submitLabel="확정 해제" submitProps={{ color: 'red' }} />
      </Stack>
    </ContractForm>
  );
}

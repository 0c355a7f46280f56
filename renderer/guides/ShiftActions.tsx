import { Alert, Badge, Button, Checkbox, Divider, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { shiftStatusLabel, type GuideHelper, type GuideShift, type ShiftStatus } from '../../shared/contract/guides';
import { isCalendarDate } from '../../shared/dateRange';
import { holidayNames, isWorkingDay } from '../../shared/korean/holidays';
import type { Result } from '../../shared/result';
import { call } from '../api/client';
import { ContractForm } from '../forms/ContractForm';
import { DateField } from '../forms/DateField';
import { FormError } from '../forms/FormError';
import { useContractForm } from '../forms/useContractForm';
import { dateWithDay, hoursText, shiftLine, shiftPeople, slotText, statusColor } from './guideFormat';

interface Props {
  shift: GuideShift;
  helpers: GuideHelper[];
  /** Other shifts on screen this one could be swapped with. */
  others: GuideShift[];
  onChanged: () => void;
  onEdit: (shift: GuideShift) => void;
}

/** What the coordinator does with one shift: mark it, move it, swap it, edit or delete it. */
export function ShiftActions({ shift, helpers, others, onChanged, onEdit }: Props) {
  // The one-click actions (완료, 결근, 삭제) are no forms: what they refuse is shown above them.
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const replace = useContractForm('guides.setShiftStatus', {
    initialValues: { replacementHelperId: null as string | null },
    toInput: (v) => ({ id: shift.id, status: 'replaced' as const, replacementHelperId: v.replacementHelperId ? Number(v.replacementHelperId) : null }),
  });
  const move = useContractForm('guides.moveShift', {
    initialValues: { date: shift.date, onNonWorkingDay: false },
    toInput: (v) => ({ id: shift.id, date: v.date, onNonWorkingDay: moveClosed(v.date) && v.onNonWorkingDay }),
  });
  const swap = useContractForm('guides.swapShifts', {
    initialValues: { secondId: null as string | null },
    toInput: (v) => ({ firstId: shift.id, secondId: Number(v.secondId) || 0 }),
  });

  const run = async (result: Promise<Result<unknown>>) => {
    const r = await result;
    if (!r.ok) return setRefusal(r.error.message);
    setRefusal(null);
    onChanged();
  };
  const setStatus = (status: ShiftStatus) => run(call('guides.setShiftStatus', { id: shift.id, status, replacementHelperId: null }));

  const planned = shift.status === 'planned';
  const swapChoices = others.filter((o) => o.id !== shift.id && o.status === 'planned' && o.helperId !== shift.helperId);
  const replacements = helpers.filter((h) => h.id !== shift.helperId);
  const moveTo = move.values.date;

  return (
    <Stack>
      <Group gap="xs">
        <Badge color={statusColor[shift.status]}>{shiftStatusLabel[shift.status]}</Badge>
        <Text fw={700}>
          {dateWithDay(shift.date)} {slotText(shift)}
        </Text>
      </Group>
      <Text>
        {shiftPeople(shift)} · {shift.post} · {hoursText(shift.minutes)}
        {shift.note && ` · ${shift.note}`}
      </Text>
      {refusal && <Alert color="red">{refusal}</Alert>}

      <Group gap="xs">
        <Button color="green" onClick={() => void setStatus('done')} disabled={shift.status === 'done'}>
          완료
        </Button>
        <Button color="red" variant="light" onClick={() => void setStatus('absent')} disabled={shift.status === 'absent'}>
          결근
        </Button>
        {!planned && (
          <Button variant="default" onClick={() => void setStatus('planned')}>
            예정으로 되돌리기
          </Button>
        )}
      </Group>
      <ContractForm form={replace} aria-label="대체 처리" onSaved={onChanged}>
        <Group align="flex-end" gap="xs">
          <Select label="대체 도우미" searchable data={replacements.map((h) => ({ value: String(h.id), label: h.name }))} style={{ flex: 1 }} {...replace.getInputProps('replacementHelperId')} />
          <Button type="submit" color="grape">
            대체 처리
          </Button>
        </Group>
        <FormError mt="xs" />
      </ContractForm>

      {planned && (
        <>
          <Divider label="옮기기·맞바꾸기" labelPosition="left" />
          <ContractForm form={move} aria-label="옮기기" onSaved={onChanged}>
            <Stack gap="xs">
              <Group align="flex-end" gap="xs">
                <DateField label="옮길 날짜" style={{ flex: 1 }} {...move.getInputProps('date')} />
                <Button type="submit" variant="light">
                  옮기기
                </Button>
              </Group>
              {moveClosed(moveTo) && <Checkbox label={`휴일 근무 (${holidayNames(moveTo).join('·') || '주말'})`} {...move.getInputProps('onNonWorkingDay', { type: 'checkbox' })} />}
              <FormError />
            </Stack>
          </ContractForm>
          <ContractForm form={swap} aria-label="맞바꾸기" onSaved={onChanged}>
            <Group align="flex-end" gap="xs">
              <Select
                label="맞바꿀 근무"
                searchable
                data={swapChoices.map((o) => ({ value: String(o.id), label: shiftLine(o) }))}
                nothingFoundMessage="이 달에 맞바꿀 수 있는 다른 도우미의 예정 근무가 없습니다."
                style={{ flex: 1 }}
                {...swap.getInputProps('secondId')}
              />
              <Button type="submit" variant="light">
                맞바꾸기
              </Button>
            </Group>
            <FormError mt="xs" />
          </ContractForm>
        </>
      )}

      <Divider />
      <Group justify="space-between">
        <Button variant="default" onClick={() => onEdit(shift)}>
          수정
        </Button>
        {confirmDelete ? (
          <Button color="red" onClick={() => void run(call('guides.deleteShift', { id: shift.id }))}>
            정말 삭제
          </Button>
        ) : (
          <Button color="red" variant="subtle" onClick={() => setConfirmDelete(true)}>
            삭제
          </Button>
        )}
      </Group>
    </Stack>
  );
}

const moveClosed = (date: string) => isCalendarDate(date) && !isWorkingDay(date);

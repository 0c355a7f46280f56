import { Alert, Badge, Button, Checkbox, Divider, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { shiftStatusLabel, type GuideHelper, type GuideShift, type ShiftStatus } from '../../shared/contract/guides';
import { holidayNames, isWorkingDay } from '../../shared/korean/holidays';
import type { AppError, Result } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { dateWithDay, hoursText, shiftLine, shiftPeople, slotText, statusColor } from './guideFormat';

interface Props {
  shift: GuideShift;
  helpers: GuideHelper[];
  /** Other shifts on screen this one could be swapped with. */
  others: GuideShift[];
  onChanged: () => void;
  onEdit: (shift: GuideShift) => void;
}

const FIELDS = ['replacementHelperId', 'date', 'secondId'];

/** What the coordinator does with one shift: mark it, move it, swap it, edit or delete it. */
export function ShiftActions({ shift, helpers, others, onChanged, onEdit }: Props) {
  const [error, setError] = useState<AppError | null>(null);
  const [replacementId, setReplacementId] = useState<string | null>(null);
  const [moveTo, setMoveTo] = useState(shift.date);
  const [moveOnHoliday, setMoveOnHoliday] = useState(false);
  const [swapWith, setSwapWith] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const run = async (result: Promise<Result<unknown>>) => {
    const r = await result;
    if (!r.ok) return setError(r.error);
    setError(null);
    onChanged();
  };
  const setStatus = (status: ShiftStatus, replacementHelperId: number | null = null) =>
    run(call('guides.setShiftStatus', { id: shift.id, status, replacementHelperId }));

  const planned = shift.status === 'planned';
  const moveClosed = /^\d{4}-\d{2}-\d{2}$/.test(moveTo) && !isWorkingDay(moveTo);
  const swapChoices = others.filter((o) => o.id !== shift.id && o.status === 'planned' && o.helperId !== shift.helperId);
  const replacements = helpers.filter((h) => h.id !== shift.helperId);

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
      {formError(error, FIELDS) && <Alert color="red">{formError(error, FIELDS)}</Alert>}

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
      <Group align="flex-end" gap="xs">
        <Select
          label="대체 도우미"
          searchable
          data={replacements.map((h) => ({ value: String(h.id), label: h.name }))}
          value={replacementId}
          onChange={setReplacementId}
          error={errorFor(error, 'replacementHelperId')}
          style={{ flex: 1 }}
        />
        <Button color="grape" onClick={() => void setStatus('replaced', replacementId ? Number(replacementId) : null)}>
          대체 처리
        </Button>
      </Group>

      {planned && (
        <>
          <Divider label="옮기기·맞바꾸기" labelPosition="left" />
          <Group align="flex-end" gap="xs">
            <TextInput label="옮길 날짜" type="date" value={moveTo} onChange={(e) => setMoveTo(e.currentTarget.value)} error={errorFor(error, 'date')} style={{ flex: 1 }} />
            <Button variant="light" onClick={() => void run(call('guides.moveShift', { id: shift.id, date: moveTo, onNonWorkingDay: moveClosed && moveOnHoliday }))}>
              옮기기
            </Button>
          </Group>
          {moveClosed && (
            <Checkbox label={`휴일 근무 (${holidayNames(moveTo).join('·') || '주말'})`} checked={moveOnHoliday} onChange={(e) => setMoveOnHoliday(e.currentTarget.checked)} />
          )}
          <Group align="flex-end" gap="xs">
            <Select
              label="맞바꿀 근무"
              searchable
              data={swapChoices.map((o) => ({ value: String(o.id), label: shiftLine(o) }))}
              value={swapWith}
              onChange={setSwapWith}
              error={errorFor(error, 'secondId')}
              nothingFoundMessage="이 달에 맞바꿀 수 있는 다른 도우미의 예정 근무가 없습니다."
              style={{ flex: 1 }}
            />
            <Button variant="light" onClick={() => void run(call('guides.swapShifts', { firstId: shift.id, secondId: swapWith ? Number(swapWith) : 0 }))}>
              맞바꾸기
            </Button>
          </Group>
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

import { Checkbox, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { shiftMinutes, slotLabel, slotTimes, SHIFT_SLOTS, type GuideHelper, type GuideShift, type ShiftSlot } from '../../shared/contract/guides';
import { holidayNames, isWorkingDay } from '../../shared/korean/holidays';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { FormFooter } from '../app/FormFooter';
import { SubmitForm } from '../app/SubmitForm';
import { hoursText } from './guideFormat';

export const DEFAULT_POST = '1층 안내데스크';

interface Props {
  helpers: GuideHelper[];
  editing: GuideShift | null;
  initialDate: string;
  onSaved: (shift: GuideShift) => void;
  onCancel: () => void;
}

const activeOn = (h: GuideHelper, date: string) => h.activeFrom <= date && (h.activeTo === null || h.activeTo >= date);
const FIELDS = ['date', 'slot', 'startTime', 'endTime', 'post', 'helperId', 'note', 'onNonWorkingDay'];

/** One shift, new or edited; the date comes from the day clicked on the calendar. */
export function ShiftForm({ helpers, editing, initialDate, onSaved, onCancel }: Props) {
  const [date, setDate] = useState(editing?.date ?? initialDate);
  const [slot, setSlot] = useState<ShiftSlot>(editing?.slot ?? 'morning');
  const [startTime, setStartTime] = useState(editing?.slot === 'custom' ? editing.startTime : '10:00');
  const [endTime, setEndTime] = useState(editing?.slot === 'custom' ? editing.endTime : '15:00');
  const [post, setPost] = useState(editing?.post ?? DEFAULT_POST);
  const [helperId, setHelperId] = useState<string | null>(editing ? String(editing.helperId) : null);
  const [note, setNote] = useState(editing?.note ?? '');
  // A shift already on a holiday was put there on purpose; editing it keeps that choice.
  const [onNonWorkingDay, setOnNonWorkingDay] = useState(editing ? !isWorkingDay(editing.date) : false);
  const [error, setError] = useState<AppError | null>(null);

  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const closed = validDate && !isWorkingDay(date);
  const times = slot === 'custom' ? { start: startTime, end: endTime } : slotTimes[slot];
  const timesValid = /^\d{2}:\d{2}$/.test(times.start) && /^\d{2}:\d{2}$/.test(times.end) && times.start < times.end;
  const choices = helpers.filter((h) => !validDate || activeOn(h, date) || String(h.id) === helperId);

  const save = async () => {
    const result = await call('guides.saveShift', {
      id: editing?.id,
      date,
      slot,
      ...(slot === 'custom' ? { startTime, endTime } : {}),
      post,
      // 0 is never a helper: the schema answers "도우미를 선택하세요" beside the field.
      helperId: helperId ? Number(helperId) : 0,
      note,
      onNonWorkingDay: closed && onNonWorkingDay,
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved(result.value);
  };

  return (
    <SubmitForm onSubmit={save}>
      <Stack>
        <TextInput label="근무일" type="date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errorFor(error, 'date')} />
        {closed && (
          <Checkbox
            label={`휴일 근무 (${holidayNames(date).join('·') || '주말'})`}
            checked={onNonWorkingDay}
            onChange={(e) => setOnNonWorkingDay(e.currentTarget.checked)}
          />
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="shift-slot-label">
            시간대
          </Text>
          <SegmentedControl
            aria-labelledby="shift-slot-label"
            value={slot}
            onChange={(v) => setSlot(v as ShiftSlot)}
            data={SHIFT_SLOTS.map((s) => ({ value: s, label: slotLabel[s] }))}
          />
          {/* The coordinator sees the count the certificates and quotas will use, lunch left out. */}
          <Text size="sm" c="dimmed" role="note" aria-label="인정 시간">
            {timesValid
              ? `${times.start}–${times.end} · 인정 ${hoursText(shiftMinutes(times.start, times.end))}${times.start < '13:00' && times.end > '12:00' ? ' (점심시간 12:00–13:00 제외)' : ''}`
              : '시작 시각과 그보다 늦은 종료 시각을 입력하세요.'}
          </Text>
        </Stack>
        {slot === 'custom' && (
          <Group grow>
            <TextInput label="시작 시각" type="time" value={startTime} onChange={(e) => setStartTime(e.currentTarget.value)} error={errorFor(error, 'startTime')} />
            <TextInput label="종료 시각" type="time" value={endTime} onChange={(e) => setEndTime(e.currentTarget.value)} error={errorFor(error, 'endTime')} />
          </Group>
        )}
        <Select
          label="도우미"
          required
          searchable
          data-autofocus
          data={choices.map((h) => ({ value: String(h.id), label: h.name }))}
          value={helperId}
          onChange={setHelperId}
          error={errorFor(error, 'helperId')}
          nothingFoundMessage="그날 활동하는 도우미가 없습니다. 도우미 명단에서 먼저 등록하세요."
        />
        <TextInput label="근무 위치" required value={post} onChange={(e) => setPost(e.currentTarget.value)} error={errorFor(error, 'post')} />
        <TextInput label="메모" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errorFor(error, 'note')} />
        <FormFooter error={formError(error, FIELDS)} onCancel={onCancel} />
      </Stack>
    </SubmitForm>
  );
}

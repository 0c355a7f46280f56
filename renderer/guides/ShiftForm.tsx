import { Checkbox, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { shiftMinutes, slotLabel, slotTimes, SHIFT_SLOTS, type GuideHelper, type GuideShift, type ShiftSlot } from '../../shared/contract/guides';
import { isCalendarDate } from '../../shared/dateRange';
import { holidayNames, isWorkingDay } from '../../shared/korean/holidays';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { DateField } from '../forms/DateField';
import { TimeField } from '../forms/TimeField';
import { useContractForm } from '../forms/useContractForm';
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
const closedOn = (date: string) => isCalendarDate(date) && !isWorkingDay(date);

/** One shift, new or edited; the date comes from the day clicked on the calendar. */
export function ShiftForm({ helpers, editing, initialDate, onSaved, onCancel }: Props) {
  const form = useContractForm('guides.saveShift', {
    initialValues: {
      date: editing?.date ?? initialDate,
      slot: (editing?.slot ?? 'morning') as ShiftSlot,
      startTime: editing?.slot === 'custom' ? editing.startTime : '10:00',
      endTime: editing?.slot === 'custom' ? editing.endTime : '15:00',
      post: editing?.post ?? DEFAULT_POST,
      helperId: editing ? String(editing.helperId) : null,
      note: editing?.note ?? '',
      // A shift already on a holiday was put there on purpose; editing it keeps that choice.
      onNonWorkingDay: editing ? !isWorkingDay(editing.date) : false,
    },
    toInput: ({ slot, startTime, endTime, helperId, onNonWorkingDay, ...v }) => ({
      ...v,
      id: editing?.id,
      slot,
      ...(slot === 'custom' ? { startTime, endTime } : {}),
      // 0 is never a helper: the contract answers "도우미를 선택하세요" beside the field.
      helperId: Number(helperId) || 0,
      onNonWorkingDay: closedOn(v.date) && onNonWorkingDay,
    }),
  });
  const { date, slot, startTime, endTime, helperId } = form.values;
  const closed = closedOn(date);
  const times = slot === 'custom' ? { start: startTime, end: endTime } : slotTimes[slot];
  const timesValid = /^\d{2}:\d{2}$/.test(times.start) && /^\d{2}:\d{2}$/.test(times.end) && times.start < times.end;
  const choices = helpers.filter((h) => !isCalendarDate(date) || activeOn(h, date) || String(h.id) === helperId);

  return (
    <ContractForm form={form} onSaved={(shift) => onSaved(shift)}>
      <Stack>
        <DateField label="근무일" required {...form.getInputProps('date')} />
        {closed && <Checkbox label={`휴일 근무 (${holidayNames(date).join('·') || '주말'})`} {...form.getInputProps('onNonWorkingDay', { type: 'checkbox' })} />}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="shift-slot-label">
            시간대
          </Text>
          <SegmentedControl
            aria-labelledby="shift-slot-label"
            value={slot}
            onChange={(v) => form.setFieldValue('slot', v as ShiftSlot)}
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
            <TimeField label="시작 시각" {...form.getInputProps('startTime')} />
            <TimeField label="종료 시각" {...form.getInputProps('endTime')} />
          </Group>
        )}
        <Select
          label="도우미"
          required
          searchable
          data-autofocus
          data={choices.map((h) => ({ value: String(h.id), label: h.name }))}
          nothingFoundMessage="그날 활동하는 도우미가 없습니다. 도우미 명단에서 먼저 등록하세요."
          {...form.getInputProps('helperId')}
        />
        <TextInput label="근무 위치" required {...form.getInputProps('post')} />
        <TextInput label="메모" {...form.getInputProps('note')} />
        <FormFooter onCancel={onCancel} />
      </Stack>
    </ContractForm>
  );
}

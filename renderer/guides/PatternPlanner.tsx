import { Checkbox, Chip, Group, Input, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { shiftMinutes, slotLabel, slotTimes, SHIFT_SLOTS, type GuideHelper, type PatternPreview, type ShiftSlot } from '../../shared/contract/guides';
import { call } from '../api/client';
import { FormFooter } from '../app/FormFooter';
import { ContractForm } from '../forms/ContractForm';
import { CountInput } from '../forms/CountInput';
import { DateField } from '../forms/DateField';
import { TimeField } from '../forms/TimeField';
import { useContractForm } from '../forms/useContractForm';
import { monthBounds, WEEKDAY_LABELS } from '../schedule/calendarDates';
import { dateWithDay, hoursText } from './guideFormat';
import { DEFAULT_POST } from './ShiftForm';

interface Props {
  month: string;
  helpers: GuideHelper[];
  onApplied: (created: number) => void;
  onCancel: () => void;
}

/** Plan a month fast: a weekly pattern, previewed, then laid down in one go. */
export function PatternPlanner({ month, helpers, onApplied, onCancel }: Props) {
  const bounds = monthBounds(month);
  const form = useContractForm('guides.applyPattern', {
    initialValues: {
      helperId: null as string | null,
      post: DEFAULT_POST,
      weekdays: ['1', '2', '3', '4', '5'],
      slots: ['morning'] as string[],
      startTime: '10:00',
      endTime: '15:00',
      from: bounds.from,
      endBy: 'until' as 'until' | 'weeks',
      until: bounds.to,
      weeks: 4 as number | '',
      includeNonWorkingDays: false,
    },
    toInput: (v) => ({
      from: v.from,
      ...(v.endBy === 'until' ? { until: v.until } : { weeks: v.weeks === '' ? Number.NaN : v.weeks }),
      weekdays: v.weekdays.map(Number).sort(),
      slots: v.slots as ShiftSlot[],
      ...(v.slots.includes('custom') ? { startTime: v.startTime, endTime: v.endTime } : {}),
      post: v.post,
      helperId: Number(v.helperId) || 0,
      includeNonWorkingDays: v.includeNonWorkingDays,
    }),
  });
  const { values } = form;
  // What is confirmed is always what was last shown: a preview holds only for the values it was made from.
  const [preview, setPreview] = useState<{ of: string; result: PatternPreview } | null>(null);
  const shown = preview?.of === JSON.stringify(values) ? preview.result : null;
  const days = shown ? new Set(shown.create.map((s) => s.date)).size : 0;

  return (
    <ContractForm
      form={form}
      send={shown ? undefined : (input) => call('guides.previewPattern', input)}
      onSaved={(result, v) => (shown ? onApplied(result.create.length) : setPreview({ of: JSON.stringify(v), result }))}
    >
      <Stack>
        <Select label="도우미" required searchable data-autofocus data={helpers.map((h) => ({ value: String(h.id), label: h.name }))} {...form.getInputProps('helperId')} />
        <TextInput label="근무 위치" required {...form.getInputProps('post')} />
        <Input.Wrapper label="요일" error={form.errorOf('weekdays')}>
          <Chip.Group multiple value={values.weekdays} onChange={(v) => form.setFieldValue('weekdays', v)}>
            <Group gap={6} mt={4}>
              {[1, 2, 3, 4, 5, 6, 0].map((d) => (
                <Chip key={d} value={String(d)} size="sm">
                  {WEEKDAY_LABELS[d]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <Input.Wrapper label="시간대" error={form.errorOf('slots')}>
          <Chip.Group multiple value={values.slots} onChange={(v) => form.setFieldValue('slots', v)}>
            <Group gap={6} mt={4}>
              {SHIFT_SLOTS.map((s) => (
                <Chip key={s} value={s} size="sm">
                  {s === 'custom' ? slotLabel[s] : `${slotLabel[s]} ${slotTimes[s].start}–${slotTimes[s].end}`}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        {values.slots.includes('custom') && (
          <Group grow>
            <TimeField label="시작 시각" {...form.getInputProps('startTime')} />
            <TimeField label="종료 시각" {...form.getInputProps('endTime')} />
          </Group>
        )}
        <Group grow align="flex-start">
          <DateField label="시작일" {...form.getInputProps('from')} />
          {values.endBy === 'until' ? <DateField label="종료일" {...form.getInputProps('until')} /> : <CountInput label="주 수" {...form.countProps('weeks')} />}
        </Group>
        <Group justify="space-between">
          <SegmentedControl
            aria-label="기간 정하는 방법"
            size="xs"
            value={values.endBy}
            onChange={(v) => form.setFieldValue('endBy', v as 'until' | 'weeks')}
            data={[
              { value: 'until', label: '종료일까지' },
              { value: 'weeks', label: 'N주 동안' },
            ]}
          />
          <Checkbox label="주말·공휴일 포함" {...form.getInputProps('includeNonWorkingDays', { type: 'checkbox' })} />
        </Group>
        {shown && <PreviewList preview={shown} days={days} />}
        <FormFooter
          onCancel={onCancel}
          submitLabel={shown ? `${shown.create.length}건 배치` : '미리 보기'}
          submitProps={shown ? { color: 'green', disabled: shown.create.length === 0 } : undefined}
        />
      </Stack>
    </ContractForm>
  );
}

function PreviewList({ preview, days }: { preview: PatternPreview; days: number }) {
  return (
    <Stack gap={4} aria-label="배치 미리 보기" role="region">
      <Text fw={700}>
        새로 만들 근무 {preview.create.length}건 ({days}일 · 인정 {hoursText(preview.create.reduce((sum, s) => sum + shiftMinutes(s.startTime, s.endTime), 0))})
      </Text>
      <ScrollArea.Autosize mah={160}>
        <Text size="sm">{preview.create.map((s) => `${dateWithDay(s.date)} ${slotLabel[s.slot]}`).join(', ') || '없음'}</Text>
      </ScrollArea.Autosize>
      {preview.skipped.length > 0 && (
        <>
          <Text fw={700} c="orange.9">
            건너뜀 {preview.skipped.length}건
          </Text>
          <ScrollArea.Autosize mah={120}>
            {preview.skipped.map((s) => (
              <Text size="sm" key={`${s.date}-${s.slot}`}>
                {dateWithDay(s.date)} {slotLabel[s.slot]} — {s.reason}
              </Text>
            ))}
          </ScrollArea.Autosize>
        </>
      )}
    </Stack>
  );
}

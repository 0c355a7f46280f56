import { Alert, Button, Checkbox, Chip, Group, NumberInput, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { shiftMinutes, slotLabel, slotTimes, SHIFT_SLOTS, type GuideHelper, type PatternInput, type PatternPreview, type ShiftSlot } from '../../shared/contract/guides';
import type { AppError } from '../../shared/result';
import { call } from '../api/client';
import { errorFor, formError } from '../api/fieldErrors';
import { SubmitForm } from '../app/SubmitForm';
import { monthBounds, WEEKDAY_LABELS } from '../schedule/calendarDates';
import { dateWithDay, hoursText } from './guideFormat';
import { DEFAULT_POST } from './ShiftForm';

interface Props {
  month: string;
  helpers: GuideHelper[];
  onApplied: (created: number) => void;
  onCancel: () => void;
}

const FIELDS = ['from', 'until', 'weeks', 'weekdays', 'slots', 'startTime', 'endTime', 'post', 'helperId'];

/** Plan a month fast: a weekly pattern, previewed, then laid down in one go. */
export function PatternPlanner({ month, helpers, onApplied, onCancel }: Props) {
  const bounds = monthBounds(month);
  const [helperId, setHelperId] = useState<string | null>(null);
  const [post, setPost] = useState(DEFAULT_POST);
  const [weekdays, setWeekdays] = useState(['1', '2', '3', '4', '5']);
  const [slots, setSlots] = useState<string[]>(['morning']);
  const [startTime, setStartTime] = useState('10:00');
  const [endTime, setEndTime] = useState('15:00');
  const [from, setFrom] = useState(bounds.from);
  const [endBy, setEndBy] = useState<'until' | 'weeks'>('until');
  const [until, setUntil] = useState(bounds.to);
  const [weeks, setWeeks] = useState<number | string>(4);
  const [includeNonWorkingDays, setIncludeNonWorkingDays] = useState(false);
  const [preview, setPreview] = useState<PatternPreview | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  /** Any change invalidates the preview: what is confirmed is always what was last shown. */
  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPreview(null);
  };

  const input = (): PatternInput => ({
    from,
    ...(endBy === 'until' ? { until } : { weeks: typeof weeks === 'number' ? weeks : Number(weeks) || 0 }),
    weekdays: weekdays.map(Number).sort(),
    slots: slots as ShiftSlot[],
    ...(slots.includes('custom') ? { startTime, endTime } : {}),
    post,
    helperId: helperId ? Number(helperId) : 0,
    includeNonWorkingDays,
  });

  const showPreview = async () => {
    const result = await call('guides.previewPattern', input());
    if (!result.ok) return setError(result.error);
    setError(null);
    setPreview(result.value);
  };

  const apply = async () => {
    const result = await call('guides.applyPattern', input());
    if (!result.ok) return setError(result.error);
    onApplied(result.value.create.length);
  };

  const days = preview ? new Set(preview.create.map((s) => s.date)).size : 0;

  return (
    <SubmitForm onSubmit={preview ? apply : showPreview}>
      <Stack>
        <Select label="도우미" required searchable data-autofocus data={helpers.map((h) => ({ value: String(h.id), label: h.name }))} value={helperId} onChange={changed(setHelperId)} error={errorFor(error, 'helperId')} />
        <TextInput label="근무 위치" required value={post} onChange={(e) => changed(setPost)(e.currentTarget.value)} error={errorFor(error, 'post')} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            요일
          </Text>
          <Chip.Group multiple value={weekdays} onChange={changed(setWeekdays)}>
            <Group gap={6}>
              {[1, 2, 3, 4, 5, 6, 0].map((d) => (
                <Chip key={d} value={String(d)} size="sm">
                  {WEEKDAY_LABELS[d]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {errorFor(error, 'weekdays') && <Text size="xs" c="red.8">{errorFor(error, 'weekdays')}</Text>}
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            시간대
          </Text>
          <Chip.Group multiple value={slots} onChange={changed(setSlots)}>
            <Group gap={6}>
              {SHIFT_SLOTS.map((s) => (
                <Chip key={s} value={s} size="sm">
                  {s === 'custom' ? slotLabel[s] : `${slotLabel[s]} ${slotTimes[s].start}–${slotTimes[s].end}`}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {errorFor(error, 'slots') && <Text size="xs" c="red.8">{errorFor(error, 'slots')}</Text>}
        </Stack>
        {slots.includes('custom') && (
          <Group grow>
            <TextInput label="시작 시각" type="time" value={startTime} onChange={(e) => changed(setStartTime)(e.currentTarget.value)} error={errorFor(error, 'startTime')} />
            <TextInput label="종료 시각" type="time" value={endTime} onChange={(e) => changed(setEndTime)(e.currentTarget.value)} error={errorFor(error, 'endTime')} />
          </Group>
        )}
        <Group grow align="flex-start">
          <TextInput label="시작일" type="date" value={from} onChange={(e) => changed(setFrom)(e.currentTarget.value)} error={errorFor(error, 'from')} />
          {endBy === 'until' ? (
            <TextInput label="종료일" type="date" value={until} onChange={(e) => changed(setUntil)(e.currentTarget.value)} error={errorFor(error, 'until')} />
          ) : (
            <NumberInput label="주 수" min={1} max={26} value={weeks} onChange={changed(setWeeks)} error={errorFor(error, 'weeks')} />
          )}
        </Group>
        <Group justify="space-between">
          <SegmentedControl
            aria-label="기간 정하는 방법"
            size="xs"
            value={endBy}
            onChange={(v) => changed(setEndBy)(v as 'until' | 'weeks')}
            data={[
              { value: 'until', label: '종료일까지' },
              { value: 'weeks', label: 'N주 동안' },
            ]}
          />
          <Checkbox label="주말·공휴일 포함" checked={includeNonWorkingDays} onChange={(e) => changed(setIncludeNonWorkingDays)(e.currentTarget.checked)} />
        </Group>
        {formError(error, FIELDS) && <Alert color="red">{formError(error, FIELDS)}</Alert>}
        {preview && <PreviewList preview={preview} days={days} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            취소
          </Button>
          {preview ? (
            <Button type="submit" color="green" disabled={preview.create.length === 0}>
              {preview.create.length}건 배치
            </Button>
          ) : (
            <Button type="submit">미리 보기</Button>
          )}
        </Group>
      </Stack>
    </SubmitForm>
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

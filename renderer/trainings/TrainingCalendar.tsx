import { deskToday } from '../../shared/korean/deskClock';
import '@mantine/schedule/styles.css';
import { Group, Stack, Text } from '@mantine/core';
import { Schedule, type ScheduleEventData, type ScheduleLabelsOverride, type ScheduleViewLevel } from '@mantine/schedule';
import { addDays, endOfMonth, format, parseISO, startOfMonth } from 'date-fns';
import { useState } from 'react';
import { trainingKindLabels } from '../../shared/contract/trainings';
import { holidayNames } from '../../shared/korean/holidays';
import { useChannel } from '../api/useChannel';
import { dayButtonName } from '../schedule/calendarDates';
import './trainingCalendar.css';

const labels: ScheduleLabelsOverride = {
  today: '오늘',
  next: '다음',
  previous: '이전',
  more: '더 보기',
  day: '일',
  week: '주',
  month: '월',
  year: '연',
  allDay: '종일',
  weekday: '요일',
  timeSlot: '시간',
  selectMonth: '월 선택',
  selectYear: '연도 선택',
  switchToDayView: '일 보기로',
  switchToWeekView: '주 보기로',
  switchToMonthView: '월 보기로',
  switchToYearView: '연 보기로',
  viewSelectLabel: '달력 보기',
  noEvents: '일정 없음',
  moreLabel: (n: number) => `+${n}건`,
};

const kindColor: Record<string, string> = { [trainingKindLabels.kindness]: 'blue', [trainingKindLabels.complaintDrill]: 'orange', [trainingKindLabels.other]: 'gray' };

interface Props {
  /** Left out for someone who may not register a training: a day then opens nothing. */
  onDayClick?: (date: string) => void;
  onOpenTraining: (id: number) => void;
  onOpenHealing: (id: number) => void;
}

const nextDay = (date: string) => format(addDays(parseISO(date), 1), 'yyyy-MM-dd');

/** Training sessions and healing programs on a month or week calendar; clicking a day starts a training on that date. */
export function TrainingCalendar({ onDayClick, onOpenTraining, onOpenHealing }: Props) {
  const [date, setDate] = useState(deskToday());
  const [view, setView] = useState<ScheduleViewLevel>('month');
  // The month grid shows up to two weeks of the neighbouring months; fetch those too.
  const anchor = parseISO(date);
  const range = { from: format(addDays(startOfMonth(anchor), -7), 'yyyy-MM-dd'), to: format(addDays(endOfMonth(anchor), 14), 'yyyy-MM-dd') };
  const sessions = useChannel('trainings.sessionsBetween', range);
  const programs = useChannel('healing.programsBetween', range);

  const events: ScheduleEventData[] = [
    ...(sessions.data ?? []).map((s) => ({
      id: `training-${s.sessionId}`,
      title: `${s.kindLabel === s.title ? s.title : `[${s.kindLabel}] ${s.title}`}${s.place ? ` · ${s.place}` : ''}`,
      start: `${s.date} ${s.startTime ?? '00:00'}:00`,
      end: s.startTime && s.endTime ? `${s.date} ${s.endTime}:00` : `${nextDay(s.date)} 00:00:00`,
      color: kindColor[s.kindLabel] ?? 'blue',
      payload: { trainingId: s.trainingId },
    })),
    ...(programs.data ?? []).map((p) => ({
      id: `healing-${p.id}`,
      title: `[힐링] ${p.activity} · ${p.place} ${p.participants}명`,
      start: `${p.date} 00:00:00`,
      end: `${nextDay(p.date)} 00:00:00`,
      color: 'teal',
      payload: { healingId: p.id },
    })),
  ];

  const dayProps = (day: string) => {
    const holidays = holidayNames(day);
    return {
      'aria-label': `${dayButtonName(day)}${holidays.length ? ` ${holidays.join('·')}` : ''}${onDayClick ? ' — 이 날짜로 교육 등록' : ''}`,
      title: holidays.join('·') || undefined,
      style: holidays.length ? { color: 'var(--mantine-color-red-9)' } : undefined,
    };
  };

  return (
    <Stack>
      <Group gap="lg">
        <Text size="sm">
          {onDayClick ? '날짜를 누르면 그 날짜로 교육 등록 창이 열립니다. ' : ''}일정을 누르면 그 교육(출석)이나 힐링프로그램이 열립니다.
        </Text>
        <Text size="sm" c="red.8">
          빨간 날짜: 주말·공휴일
        </Text>
      </Group>
      <Schedule
        className="training-calendar"
        date={date}
        onDateChange={setDate}
        view={view}
        onViewChange={setView}
        events={events}
        labels={labels}
        locale="ko"
        onDayClick={(d) => onDayClick?.(d)}
        onAllDaySlotClick={(d) => onDayClick?.(d)}
        onTimeSlotClick={({ slotStart }) => onDayClick?.(slotStart.slice(0, 10))}
        onEventClick={(event) => {
          const payload = event.payload as { trainingId?: number; healingId?: number } | undefined;
          if (payload?.trainingId) onOpenTraining(payload.trainingId);
          else if (payload?.healingId) onOpenHealing(payload.healingId);
        }}
        monthViewProps={{ firstDayOfWeek: 0, getDayProps: dayProps, maxEventsPerDay: 3, monthYearSelectProps: { labelFormat: 'YYYY년 M월', monthsListFormat: 'M월' } }}
        weekViewProps={{ firstDayOfWeek: 0, startTime: '08:00:00', endTime: '20:00:00' }}
      />
    </Stack>
  );
}

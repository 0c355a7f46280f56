import { deskToday } from '../../shared/korean/deskClock';
import { Alert, Button, Group, SegmentedControl, Stack, Title, UnstyledButton, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { GuideHelper, GuideShift } from '../../shared/contract/guides';
import { addDays, nextWorkingDay } from '../../shared/korean/holidays';
import { monthDay } from '../../shared/korean/reportFormat';
import { useChannel } from '../api/useChannel';
import { FormModal } from '../forms/FormModal';
import { CalendarGrid } from '../schedule/CalendarGrid';
import { dayTitle, monthBounds, monthGrid, monthOf, monthTitle, weekGrid } from '../schedule/calendarDates';
import { addMonths } from '../../shared/dateRange';
import { PeriodNav } from '../schedule/PeriodNav';
import { shiftLine, shiftPeople, slotText, statusColor } from './guideFormat';
import { PatternPlanner } from './PatternPlanner';
import { QuotaTable } from './QuotaTable';
import { ShiftDialog, type ShiftDialogState } from './ShiftDialog';

/** A shift on the calendar: slot and who, coloured by status; clicking it opens what can be done with it. */
export function ShiftChip({ shift, onClick, detailed = false }: { shift: GuideShift; onClick: () => void; detailed?: boolean }) {
  const color = statusColor[shift.status];
  const shown = `${detailed ? slotText(shift) : shift.slot === 'custom' ? shift.startTime : slotText(shift).split(' ')[0]} ${shiftPeople(shift)}${detailed ? ` · ${shift.post}` : ''}`;
  return (
    <UnstyledButton
      onClick={onClick}
      // The week view shows the whole line; the month view's chip is short, and its name starts with what it shows.
      aria-label={detailed ? shiftLine(shift) : `${shown} — ${shiftLine(shift)}`}
      px={4}
      py={1}
      style={{ borderRadius: 4, background: `var(--mantine-color-${color}-light)`, borderLeft: `3px solid var(--mantine-color-${color}-filled)` }}
    >
      <Text size="xs" lh={1.3} c={`${color}.9`} td={shift.status === 'absent' ? 'line-through' : undefined}>
        {shown}
      </Text>
    </UnstyledButton>
  );
}

type View = 'month' | 'week';

/** 월간 근무표: the month's (or a week's) shifts on a calendar, gaps flagged, quotas beside it. */
export function MonthRoster({ helpers }: { helpers: GuideHelper[] }) {
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(deskToday);
  const [dialog, setDialog] = useState<ShiftDialogState>(null);
  const [planning, setPlanning] = useState(false);
  const month = monthOf(anchor);
  const { from, to } = monthBounds(month);
  const dates = view === 'month' ? monthGrid(month) : weekGrid(anchor);
  const weekEnd = dates[dates.length - 1];
  const title = view === 'month' ? monthTitle(month) : `${dayTitle(dates[0])} ~ ${dayTitle(weekEnd)}`;
  const shifts = useChannel('guides.shifts', view === 'month' ? { from, to } : { from: dates[0], to: weekEnd });
  const summary = useChannel('guides.monthSummary', { month });
  // A week that straddles two months takes the other month's gaps too.
  const otherMonth = view === 'week' ? [monthOf(dates[0]), monthOf(weekEnd)].find((m) => m !== month) ?? month : month;
  const otherSummary = useChannel('guides.monthSummary', { month: otherMonth });
  const list = shifts.data ?? [];
  const uncovered = new Set([...(summary.data?.uncoveredDays ?? []), ...(otherSummary.data?.uncoveredDays ?? [])]);
  const step = (n: number) => setAnchor(view === 'month' ? `${addMonths(month, n)}-01` : addDays(anchor, 7 * n));

  return (
    <Stack>
      <Group justify="space-between">
        <PeriodNav title={title} unit={view === 'month' ? '달' : '주'} onPrevious={() => step(-1)} onNext={() => step(1)} onToday={() => setAnchor(deskToday())} />
        <Group gap="xs">
          <SegmentedControl
            aria-label="보기"
            value={view}
            onChange={(v) => setView(v as View)}
            data={[
              { value: 'month', label: '월' },
              { value: 'week', label: '주' },
            ]}
          />
          <Button variant="default" onClick={() => setDialog({ kind: 'new', date: nextWorkingDay(view === 'month' ? from : dates[0]) })}>
            근무 추가
          </Button>
          <Button onClick={() => setPlanning(true)}>반복 배치</Button>
        </Group>
      </Group>
      {(shifts.error ?? summary.error) && <Alert color="red">{(shifts.error ?? summary.error)!.message}</Alert>}
      {summary.data &&
        (summary.data.uncoveredDays.length > 0 ? (
          <Alert color="orange" title={`${monthTitle(month)} 도우미가 없는 근무일 ${summary.data.uncoveredDays.length}일`} role="status">
            {summary.data.uncoveredDays.map(monthDay).join(', ')}
          </Alert>
        ) : (
          <Alert color="green" role="status">
            이 달 근무일 {summary.data.workingDays}일 모두 도우미가 배치되었습니다.
          </Alert>
        ))}
      <CalendarGrid
        dates={dates}
        month={view === 'month' ? month : undefined}
        label={`${title} 근무표`}
        minCellHeight={view === 'month' ? 110 : 240}
        onDayClick={(date) => setDialog({ kind: 'new', date })}
        dayAction="근무 추가"
        flag={(date) => (uncovered.has(date) ? '미배치' : null)}
        renderDay={(date) =>
          list
            .filter((s) => s.date === date)
            .map((s) => <ShiftChip key={s.id} shift={s} detailed={view === 'week'} onClick={() => setDialog({ kind: 'actions', shift: s })} />)
        }
      />
      <Title order={3} size="h5">
        도우미별 계획·완료 (월 기준 대비)
      </Title>
      <QuotaTable totals={summary.data?.totals ?? []} label={`${monthTitle(month)} 도우미별 계획·완료`} />
      <ShiftDialog state={dialog} onState={setDialog} helpers={helpers} shifts={list} />
      <FormModal opened={planning} onClose={() => setPlanning(false)} title={`반복 배치 · ${monthTitle(month)}`} size="lg">
        {planning && (
          <PatternPlanner
            month={month}
            helpers={helpers.filter((h) => h.activeFrom <= to && (h.activeTo === null || h.activeTo >= from))}
            onCancel={() => setPlanning(false)}
            onApplied={(created) => {
              setPlanning(false);
              notifications.show({ color: 'green', message: `근무 ${created}건을 배치했습니다.` });
            }}
          />
        )}
      </FormModal>
    </Stack>
  );
}

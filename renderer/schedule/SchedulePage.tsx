import { deskToday } from '../../shared/korean/deskClock';
import { Alert, Button, Chip, Group, Modal, SegmentedControl, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { addDays, holidayNames } from '../../shared/korean/holidays';
import { useChannel } from '../api/useChannel';
import { ShiftDialog, type ShiftDialogState } from '../guides/ShiftDialog';
import { bookingLink } from '../interpretation/bookingLink';
import { newHealingLink, newTrainingLink } from '../trainings/trainingLinks';
import { CalendarGrid } from './CalendarGrid';
import { dayTitle, monthGrid, monthOf, monthTitle, weekGrid } from './calendarDates';
import { addMonths } from '../../shared/dateRange';
import { PeriodNav } from './PeriodNav';
import { SCHEDULE_KINDS, scheduleKindArea, scheduleKindColor, scheduleKindLabel, type ScheduleEntry, type ScheduleKind } from './scheduleEntries';
import { useScheduleData } from './useScheduleData';
import { useCallRefusal } from '../app/SessionContext';

type View = 'month' | 'week';

/** The other areas' forms, opened on the clicked day (the guide shift form opens right here). */
const newOnDate: Record<Exclude<ScheduleKind, 'guide'>, (date: string) => string> = {
  training: newTrainingLink,
  healing: newHealingLink,
  interpretation: bookingLink,
};

function EntryChip({ entry, detailed, onClick }: { entry: ScheduleEntry; detailed: boolean; onClick: () => void }) {
  return (
    <UnstyledButton
      onClick={onClick}
      // The month view's chip is short; its name starts with what it shows, so a voice user can say it.
      aria-label={detailed ? `${dayTitle(entry.date)} ${entry.long}` : `${entry.short} — ${dayTitle(entry.date)} ${entry.long}`}
      px={4}
      py={1}
      style={{ borderRadius: 4, background: `var(--mantine-color-${entry.color}-light)`, borderLeft: `3px solid var(--mantine-color-${entry.color}-filled)` }}
    >
      <Text size="xs" lh={1.3} c={`${entry.color}.9`} td={entry.struck ? 'line-through' : undefined}>
        {detailed ? entry.long : entry.short}
      </Text>
    </UnstyledButton>
  );
}

/** 일정: guide shifts, trainings, healing programs and interpretation bookings on one calendar. */
export function SchedulePage() {
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(deskToday);
  const [kinds, setKinds] = useState<string[]>([...SCHEDULE_KINDS]);
  const [dayMenu, setDayMenu] = useState<string | null>(null);
  const [shiftDialog, setShiftDialog] = useState<ShiftDialogState>(null);
  const helpers = useChannel('guides.helpers', { includeInactive: true });

  const month = monthOf(anchor);
  const dates = view === 'month' ? monthGrid(month) : weekGrid(anchor);
  const { entries, shifts, errors } = useScheduleData(dates[0], dates[dates.length - 1]);
  const shown = entries.filter((e) => kinds.includes(e.kind));
  const title = view === 'month' ? monthTitle(month) : `${dayTitle(dates[0])} ~ ${dayTitle(dates[6])}`;
  const step = (n: number) => setAnchor(view === 'month' ? `${addMonths(month, n)}-01` : addDays(anchor, 7 * n));

  const open = (entry: ScheduleEntry) => {
    if (entry.shift) setShiftDialog({ kind: 'actions', shift: entry.shift });
    else window.location.hash = scheduleKindArea[entry.kind];
  };

  return (
    <Stack>
      <Title order={2}>일정</Title>
      <Group justify="space-between">
        <PeriodNav title={title} unit={view === 'month' ? '달' : '주'} onPrevious={() => step(-1)} onNext={() => step(1)} onToday={() => setAnchor(deskToday())} />
        <SegmentedControl
          aria-label="보기"
          value={view}
          onChange={(v) => setView(v as View)}
          data={[
            { value: 'month', label: '월' },
            { value: 'week', label: '주' },
          ]}
        />
      </Group>
      <Group gap="xs" role="group" aria-label="종류">
        <Chip.Group multiple value={kinds} onChange={setKinds}>
          {SCHEDULE_KINDS.map((k) => (
            <Chip key={k} value={k} color={scheduleKindColor[k]} size="sm">
              {scheduleKindLabel[k]}
            </Chip>
          ))}
        </Chip.Group>
      </Group>
      {errors.map((e) => (
        <Alert key={e.message} color="red">
          {e.message}
        </Alert>
      ))}
      <CalendarGrid
        dates={dates}
        month={view === 'month' ? month : undefined}
        label={`${title} 일정`}
        minCellHeight={view === 'month' ? 110 : 320}
        onDayClick={setDayMenu}
        dayAction="일정 추가"
        renderDay={(date) =>
          shown.filter((e) => e.date === date).map((e) => <EntryChip key={e.key} entry={e} detailed={view === 'week'} onClick={() => open(e)} />)
        }
      />
      <Modal opened={dayMenu !== null} onClose={() => setDayMenu(null)} title={dayMenu ? `${dayTitle(dayMenu)} 일정 추가` : ''} closeButtonProps={{ 'aria-label': '닫기' }}>
        {dayMenu && (
          <DayMenu
            date={dayMenu}
            entries={shown.filter((e) => e.date === dayMenu)}
            onAddShift={() => {
              setShiftDialog({ kind: 'new', date: dayMenu });
              setDayMenu(null);
            }}
            onClose={() => setDayMenu(null)}
          />
        )}
      </Modal>
      <ShiftDialog state={shiftDialog} onState={setShiftDialog} helpers={helpers.data ?? []} shifts={shifts} />
    </Stack>
  );
}

function DayMenu({ date, entries, onAddShift, onClose }: { date: string; entries: ScheduleEntry[]; onAddShift: () => void; onClose: () => void }) {
  const go = (kind: keyof typeof newOnDate) => {
    onClose();
    window.location.hash = newOnDate[kind](date);
  };
  // Trainings and healing programs are registered by a 팀장 (access.ts): not offered to the others.
  const mayRegisterTraining = useCallRefusal('trainings.save') === null;
  const mayRegisterHealing = useCallRefusal('healing.save') === null;
  return (
    <Stack>
      {holidayNames(date).length > 0 && <Text c="red.8">{holidayNames(date).join('·')}</Text>}
      {entries.length > 0 ? entries.map((e) => <Text key={e.key} size="sm">{e.long}</Text>) : <Text c="dimmed">이날 일정이 없습니다.</Text>}
      <Button onClick={onAddShift} data-autofocus>
        안내 도우미 근무 추가
      </Button>
      <Group grow>
        {mayRegisterTraining && (
          <Button variant="light" color={scheduleKindColor.training} onClick={() => go('training')}>
            교육 등록
          </Button>
        )}
        {mayRegisterHealing && (
          <Button variant="light" color={scheduleKindColor.healing} onClick={() => go('healing')}>
            힐링프로그램 등록
          </Button>
        )}
        <Button variant="light" color={scheduleKindColor.interpretation} onClick={() => go('interpretation')}>
          통역 예약
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {mayRegisterTraining ? '교육·힐링프로그램·통역 예약은' : '통역 예약은'} 해당 메뉴로 이동해 {dayTitle(date)} 등록 창을 엽니다.
      </Text>
    </Stack>
  );
}

import { deskToday } from '../../shared/korean/deskClock';
import { Badge, Button, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { addMonths, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import { useEffect, useEffectEvent, useState } from 'react';
import type { InterpretationBooking } from '../../shared/contract/interpretation';
import { datesBetween, holidayNames, isWeekend } from '../../shared/korean/holidays';
import { call } from '../api/client';
import { useChannel } from '../api/useChannel';
import { useAppState } from '../app/SessionContext';
import { dayButtonName } from '../schedule/calendarDates';
import { todayDate } from './dates';
import { RequestModal } from './RequestModal';
import { booking, existing, fetchDefaults, type RequestOpening } from './requestValues';

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];
const STATUS_COLORS = { 예약: 'grape', 완료: 'green', 취소: 'gray' } as const;
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

interface Props {
  /** A day sent from another area (the 일정 view): its month is shown and a booking on it opened. */
  requestedDate?: string | null;
  onRequestTaken?: () => void;
}

/** A month of bookings (sign interpreters and other appointments), holidays marked; a day's number books it. */
export function BookingCalendar({ requestedDate, onRequestTaken }: Props) {
  const { session } = useAppState();
  const [month, setMonth] = useState(() => startOfMonth(todayDate()));
  const [opening, setOpening] = useState<RequestOpening | null>(null);
  const from = iso(startOfWeek(month));
  const to = iso(endOfWeek(endOfMonth(month)));
  const bookings = useChannel('interpretation.bookings', { from, to });
  const days = datesBetween(from, to);
  const byDay = new Map<string, InterpretationBooking[]>();
  for (const b of bookings.data ?? []) byDay.set(b.date, [...(byDay.get(b.date) ?? []), b]);

  const book = async (date: string) => setOpening(booking(date, await fetchDefaults(), session?.staffId ?? null));
  const open = async (b: InterpretationBooking) => {
    const day = await call('interpretation.day', { date: b.date });
    const record = day.ok ? day.value.requests.find((r) => r.id === b.id) : undefined;
    if (record) setOpening(existing(record, record.status === '예약' && record.date <= deskToday()));
  };
  const takeRequest = useEffectEvent((date: string) => {
    setMonth(startOfMonth(parseISO(date)));
    void book(date);
    onRequestTaken?.();
  });
  useEffect(() => {
    if (requestedDate) takeRequest(requestedDate);
  }, [requestedDate]);

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Button variant="default" onClick={() => setMonth(addMonths(month, -1))} aria-label="이전 달">
            ◀
          </Button>
          <Title order={3} size="h4" aria-live="polite">
            {format(month, 'yyyy년 M월')}
          </Title>
          <Button variant="default" onClick={() => setMonth(addMonths(month, 1))} aria-label="다음 달">
            ▶
          </Button>
          <Button variant="subtle" onClick={() => setMonth(startOfMonth(todayDate()))}>
            이번 달
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          날짜를 누르면 그날 예약을 추가합니다. 예약을 누르면 수정·완료 처리합니다.
        </Text>
      </Group>
      <Table withTableBorder withColumnBorders layout="fixed" aria-label="예약 달력">
        <Table.Thead>
          <Table.Tr>
            {WEEKDAYS.map((w, i) => (
              <Table.Th key={w} ta="center" c={i === 0 ? 'red.8' : i === 6 ? 'blue.8' : undefined}>
                {w}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Array.from({ length: days.length / 7 }, (_, w) => (
            <Table.Tr key={w}>
              {days.slice(w * 7, w * 7 + 7).map((d) => {
                const holiday = holidayNames(d);
                const inMonth = d.slice(0, 7) === iso(month).slice(0, 7);
                const off = holiday.length > 0 || isWeekend(d);
                return (
                  <Table.Td key={d} valign="top" h={96} bg={d === deskToday() ? 'yellow.0' : inMonth ? undefined : 'gray.0'}>
                    <UnstyledButton onClick={() => book(d)} aria-label={`${dayButtonName(d)} 예약 추가`}>
                      {/* A neighbouring month's day is greyed, not faded: a faded number falls below 4.5:1. */}
                      <Text size="sm" fw={inMonth ? 700 : 400} c={!inMonth ? 'dimmed' : off ? 'red.8' : undefined}>
                        {Number(d.slice(8))}
                      </Text>
                    </UnstyledButton>
                    {holiday.length > 0 && (
                      <Text size="xs" c="red.8">
                        {holiday.join(', ')}
                      </Text>
                    )}
                    <Stack gap={2} mt={2}>
                      {(byDay.get(d) ?? []).map((b) => (
                        <UnstyledButton key={b.id} onClick={() => open(b)} aria-label={`${d} ${b.time ?? ''} ${b.languageLabel} ${b.taskLabel} ${b.status}`}>
                          <Badge color={STATUS_COLORS[b.status]} variant={b.status === '예약' ? 'filled' : 'light'} size="sm" radius="sm" fullWidth
                            style={{ textDecoration: b.status === '취소' ? 'line-through' : undefined, textTransform: 'none' }}>
                            {b.time ?? ''} {b.languageLabel} {b.taskLabel}
                          </Badge>
                        </UnstyledButton>
                      ))}
                    </Stack>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RequestModal opening={opening} onClose={() => setOpening(null)} />
    </Stack>
  );
}

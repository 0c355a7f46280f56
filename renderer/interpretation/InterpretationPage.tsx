import { Group, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDateRequest } from '../app/useDateRequest';
import { BookingCalendar } from './BookingCalendar';
import { BOOK_ON } from './bookingLink';
import { InterpretationStats } from './InterpretationStats';
import { InterpreterRosterTab } from './InterpreterRosterTab';
import { MethodSettings } from './MethodSettings';
import { RequestList } from './RequestList';
import { TodayBoard } from './TodayBoard';

/** 외국어 및 수어 통역지원: the day's board, the list, bookings, the roster, the counts and the ways of service. */
export function InterpretationPage() {
  const [tab, setTab] = useState<string | null>('today');
  const [bookOn, setBookOn] = useState<string | null>(null);
  useDateRequest(BOOK_ON, (date) => {
    setTab('calendar');
    setBookOn(date);
  });
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>통역 지원</Title>
        <Text size="sm" c="dimmed">
          어느 화면에서나 F3: 통역 요청 바로 기록
        </Text>
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="today">오늘</Tabs.Tab>
          <Tabs.Tab value="list">요청 목록</Tabs.Tab>
          <Tabs.Tab value="calendar">예약 달력</Tabs.Tab>
          <Tabs.Tab value="roster">특약관 명단</Tabs.Tab>
          <Tabs.Tab value="stats">통계</Tabs.Tab>
          <Tabs.Tab value="settings">설정</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="today">
          <TodayBoard />
        </Tabs.Panel>
        <Tabs.Panel value="list">
          <RequestList />
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <BookingCalendar requestedDate={bookOn} onRequestTaken={() => setBookOn(null)} />
        </Tabs.Panel>
        <Tabs.Panel value="roster">
          <InterpreterRosterTab />
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <InterpretationStats />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <MethodSettings />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

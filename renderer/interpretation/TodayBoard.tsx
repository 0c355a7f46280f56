import { deskToday } from '../../shared/korean/deskClock';
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { isCalendarDate } from '../../shared/dateRange';
import { DateField } from '../forms/DateField';
import { useState } from 'react';
import { fullDate } from '../../shared/korean/reportFormat';
import { useChannel } from '../api/useChannel';
import { useAppState } from '../app/SessionContext';
import { StatTile } from '../app/StatTile';
import { openInterpretationQuickEntry } from '../app/deskEntryRequests';
import { RequestModal } from './RequestModal';
import { RequestTable } from './RequestTable';
import { booking, fetchDefaults } from './requestValues';
import { useRequestActions } from './useRequestActions';

const BOARD_COLUMNS = ['시각', '언어', '지원 방법', '민원 업무', '인원(명)', '처리 직원', '특약관'];

/** The day at the desk: what was served, what is booked, one key (F3) to log the next visitor. */
export function TodayBoard() {
  const [date, setDate] = useState(deskToday());
  const { session } = useAppState();
  const day = useChannel('interpretation.day', { date });
  const actions = useRequestActions();
  const isToday = date === deskToday();

  return (
    <Stack>
      <Group align="flex-end">
        <DateField label="날짜" value={date} onChange={(d) => isCalendarDate(d) && setDate(d)} w={200} />
        {!isToday && (
          <Button variant="default" onClick={() => setDate(deskToday())}>
            오늘로
          </Button>
        )}
        <Button onClick={openInterpretationQuickEntry}>새 통역 요청 (F3)</Button>
        <Button variant="light" onClick={async () => actions.setOpening(booking(date < deskToday() ? deskToday() : date, await fetchDefaults(), session?.staffId ?? null))}>
          예약 추가
        </Button>
      </Group>
      {day.error && <Alert color="red">{day.error.message}</Alert>}
      {day.data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <StatTile
              aria-label={`${isToday ? '오늘' : fullDate(date)} 실적`}
              label={`${isToday ? '오늘' : fullDate(date)} 실적(처리 완료·다른 기관 안내)`}
              value={`${day.data.served.cases}건 · ${day.data.served.people}명`}
            />
            <StatTile label="예약" value={`${day.data.booked}건`} />
            <StatTile label="전체 기록" value={`${day.data.requests.length}건`} />
          </SimpleGrid>
          {day.data.requests.length === 0 ? (
            <Text c="dimmed">이 날의 통역 기록이 없습니다. F3을 눌러 방문자의 통역 요청을 기록하세요.</Text>
          ) : (
            <RequestTable label="이 날의 통역 요청" rows={day.data.requests} columns={BOARD_COLUMNS} onEdit={actions.edit} onClose={actions.close} onCancel={actions.cancel} />
          )}
        </>
      )}
      <RequestModal opening={actions.opening} onClose={() => actions.setOpening(null)} />
    </Stack>
  );
}

import { deskToday } from '../../shared/korean/deskClock';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { call } from '../api/client';
import { saveFile } from '../api/saveFile';
import { useChannel } from '../api/useChannel';
import { monthOf, monthTitle } from '../schedule/calendarDates';
import { addMonths } from '../../shared/dateRange';
import { PeriodNav } from '../schedule/PeriodNav';
import { hoursText } from './guideFormat';
import { QuotaTable } from './QuotaTable';

/** 근무 실적: a month's hours and days per helper, for volunteer-hour certificates, exportable to XLSX. */
export function HelperTotals() {
  const [month, setMonth] = useState(() => monthOf(deskToday()));
  const [exportError, setExportError] = useState<string | null>(null);
  const summary = useChannel('guides.monthSummary', { month });
  const totals = summary.data?.totals ?? [];
  const done = totals.reduce((a, t) => ({ days: a.days + t.doneDays, minutes: a.minutes + t.doneMinutes }), { days: 0, minutes: 0 });

  const exportXlsx = async () => {
    const result = await call('guides.exportMonth', { month });
    if (!result.ok) return setExportError(result.error.message);
    setExportError(null);
    saveFile(result.value);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <PeriodNav title={monthTitle(month)} unit="달" onPrevious={() => setMonth(addMonths(month, -1))} onNext={() => setMonth(addMonths(month, 1))} onToday={() => setMonth(monthOf(deskToday()))} />
        <Button variant="light" onClick={() => void exportXlsx()}>
          XLSX 내보내기
        </Button>
      </Group>
      {(summary.error || exportError) && <Alert color="red">{summary.error?.message ?? exportError}</Alert>}
      <Text>
        {monthTitle(month)} 근무 인정 합계: 연인원 {done.days}명 · {hoursText(done.minutes)} (완료·대체 근무 기준, 대체 근무는 대신 선 도우미에게 인정)
      </Text>
      <QuotaTable totals={totals} label={`${monthTitle(month)} 도우미별 근무 실적`} />
    </Stack>
  );
}

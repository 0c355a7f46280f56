import { Alert, SimpleGrid, Stack, Title } from '@mantine/core';
import { deskNow } from '../../shared/korean/deskClock';
import { useChannel } from '../api/useChannel';
import { FigureChart } from '../charts/FigureChart';
import { yearOverYear } from '../charts/yearOverYear';

/**
 * This year's months against last year's for the three services counted every day. Each series comes
 * from the area's own figures channel, the one the pledge card counts with, so a chart and the card
 * cannot disagree.
 */
export function YearOverYearCharts() {
  const today = deskNow().date;
  const year = Number(today.slice(0, 4));
  const through = today.slice(0, 7);
  const range = { from: `${year - 1}-01-01`, to: today };
  const loans = useChannel('loans.figures', range);
  const interpretation = useChannel('interpretation.figures', range);
  const guides = useChannel('guides.monthlyFigures', { from: `${year - 1}-01`, to: through });
  const error = loans.error ?? interpretation.error ?? guides.error;
  const options = { year, through };

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        올해와 지난해 (월별)
      </Title>
      {error && <Alert color="red">{error.message}</Alert>}
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        {loans.data && (
          <FigureChart
            kind="line"
            titleOrder={4}
            figure={yearOverYear(new Map(loans.data.monthly.map((m) => [m.period, m.loans])), { ...options, title: '휠체어 대여 건수', unit: '건' })}
            note="대여를 시작한 달에 셉니다."
          />
        )}
        {interpretation.data && (
          <FigureChart
            kind="line"
            titleOrder={4}
            figure={yearOverYear(new Map(interpretation.data.monthly.map((m) => [m.period, m.cases])), { ...options, title: '통역 지원 건수', unit: '건' })}
            note="외국어·수어, 처리 완료·다른 기관 안내만 셉니다."
          />
        )}
        {guides.data && (
          <FigureChart
            kind="line"
            titleOrder={4}
            figure={yearOverYear(new Map(guides.data.map((m) => [m.month, m.days])), { ...options, title: '안내 도우미 운영일', unit: '일' })}
            note="도우미가 근무를 마친(또는 대체한) 날을 셉니다."
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
